import { element, textElement } from '../markup/element';
import { axisScale } from './axisScale';
import { seriesColour } from './PALETTE';
import { pixel } from './pixel';

const WIDTH = 640;
const HEIGHT = 320;
const LEFT = 84;
const RIGHT = 48;
const TOP = 24;
const BOTTOM = 48;

/** Internal: what a line chart draws. */
export interface LineChartInput {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: ReadonlyArray<{
    readonly name: string;
    readonly points: ReadonlyArray<{ readonly x: string; readonly y: string }>;
  }>;
}

type Xy = readonly [number, number];

/**
 * Internal: a line chart as inline SVG — per series a polyline and a dot per point (each
 * `class="mark"`), points sorted by `x`; axes with ticks, the axis labels, a legend when there
 * is more than one series. The y axis always includes 0.
 */
export function lineChart(chart: LineChartInput): string {
  const series = chart.series.map((one) =>
    one.points.map((point): Xy => [Number(point.x), Number(point.y)]).sort((a, b) => a[0] - b[0]),
  );
  const all = series.flat();
  const xs = all.map(([x]) => x);
  const ys = all.map(([, y]) => y);
  const x = axisScale(Math.min(...xs), Math.max(...xs), LEFT, WIDTH - RIGHT);
  const y = axisScale(Math.min(0, ...ys), Math.max(0, ...ys), HEIGHT - BOTTOM, TOP);
  const marks = series.map((points, index) => seriesMarks(points, x.at, y.at, seriesColour(index)));
  return element(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': chart.title,
    },
    [
      axes(chart, x, y),
      ...marks,
      chart.series.length > 1 ? legend(chart.series.map((s) => s.name)) : '',
    ],
  );
}

function seriesMarks(
  points: readonly Xy[],
  atX: (v: number) => number,
  atY: (v: number) => number,
  colour: string,
): string {
  const coordinates = points.map(([px, py]) => `${pixel(atX(px))},${pixel(atY(py))}`).join(' ');
  const dots = points.map(([px, py]) =>
    element('circle', {
      class: 'mark',
      cx: pixel(atX(px)),
      cy: pixel(atY(py)),
      r: 3,
      fill: colour,
    }),
  );
  return [
    element('polyline', {
      class: 'mark',
      points: coordinates,
      fill: 'none',
      stroke: colour,
      'stroke-width': 2,
    }),
    ...dots,
  ].join('');
}

function axes(
  chart: LineChartInput,
  x: ReturnType<typeof axisScale>,
  y: ReturnType<typeof axisScale>,
): string {
  const base = HEIGHT - BOTTOM;
  const xTicks = x.ticks.map(({ value, label }) =>
    textElement(
      'text',
      { x: pixel(x.at(value)), y: base + 16, 'text-anchor': 'middle', class: 'tick' },
      label,
    ),
  );
  const yTicks = y.ticks.map(({ value, label }) =>
    [
      element('line', {
        x1: LEFT,
        x2: WIDTH - RIGHT,
        y1: pixel(y.at(value)),
        y2: pixel(y.at(value)),
        class: 'grid',
      }),
      textElement(
        'text',
        { x: LEFT - 6, y: pixel(y.at(value) + 4), 'text-anchor': 'end', class: 'tick' },
        label,
      ),
    ].join(''),
  );
  return [
    ...yTicks,
    ...xTicks,
    element('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: base, y2: base, class: 'axis' }),
    element('line', { x1: LEFT, x2: LEFT, y1: TOP, y2: base, class: 'axis' }),
    textElement(
      'text',
      { x: (LEFT + WIDTH - RIGHT) / 2, y: HEIGHT - 8, 'text-anchor': 'middle' },
      chart.xLabel,
    ),
    textElement(
      'text',
      {
        x: 14,
        y: (TOP + base) / 2,
        'text-anchor': 'middle',
        transform: `rotate(-90 14 ${(TOP + base) / 2})`,
      },
      chart.yLabel,
    ),
  ].join('');
}

function legend(names: readonly string[]): string {
  return names
    .map((name, index) => {
      const y = TOP + index * 16;
      return [
        element('rect', {
          x: WIDTH - RIGHT - 150,
          y: y - 9,
          width: 10,
          height: 10,
          fill: seriesColour(index),
        }),
        textElement('text', { x: WIDTH - RIGHT - 134, y }, name),
      ].join('');
    })
    .join('');
}
