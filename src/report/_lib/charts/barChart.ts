import { element, textElement } from '../markup/element';
import { axisScale } from './axisScale';
import { pixel } from './pixel';

const WIDTH = 640;
const LABEL_WIDTH = 160;
const VALUE_WIDTH = 110;
const ROW = 24;
const TOP = 8;
const AXIS = 24;

/** Internal: what a bar chart draws. */
export interface BarChartInput {
  readonly title: string;
  readonly unit?: string | undefined;
  readonly bars: ReadonlyArray<{
    readonly label: string;
    readonly value: string;
    readonly text?: string | undefined;
  }>;
}

/**
 * Internal: a horizontal bar chart as inline SVG — a bar (`class="mark"`) per value from the zero
 * line (negative values to its left), the label on the left, the value's own text on the right,
 * and a tick axis below.
 */
export function barChart(chart: BarChartInput): string {
  const values = chart.bars.map((bar) => Number(bar.value));
  const height = TOP + chart.bars.length * ROW + AXIS;
  const scale = axisScale(
    Math.min(0, ...values),
    Math.max(0, ...values),
    LABEL_WIDTH + 8,
    WIDTH - VALUE_WIDTH,
  );
  const zero = scale.at(0);
  const bars = chart.bars.map((bar, index) => {
    const y = TOP + index * ROW;
    const end = scale.at(values[index] ?? 0);
    const suffix = chart.unit === undefined ? '' : ` ${chart.unit}`;
    return [
      textElement(
        'text',
        { x: LABEL_WIDTH, y: pixel(y + ROW * 0.65), 'text-anchor': 'end' },
        bar.label,
      ),
      element('rect', {
        class: 'mark',
        x: pixel(Math.min(zero, end)),
        y: pixel(y + 4),
        width: pixel(Math.abs(end - zero)),
        height: ROW - 8,
        fill: '#0072B2',
      }),
      textElement(
        'text',
        { x: WIDTH - VALUE_WIDTH + 6, y: pixel(y + ROW * 0.65) },
        `${bar.text ?? bar.value}${suffix}`,
      ),
    ].join('');
  });
  const axisY = TOP + chart.bars.length * ROW;
  const ticks = scale.ticks.map(({ value, label }) =>
    [
      element('line', {
        x1: pixel(scale.at(value)),
        x2: pixel(scale.at(value)),
        y1: TOP,
        y2: axisY,
        class: 'grid',
      }),
      textElement(
        'text',
        { x: pixel(scale.at(value)), y: axisY + 16, 'text-anchor': 'middle', class: 'tick' },
        label,
      ),
    ].join(''),
  );
  return element(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      'aria-label': chart.title,
    },
    [...ticks, ...bars],
  );
}
