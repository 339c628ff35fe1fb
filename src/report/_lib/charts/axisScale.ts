/**
 * Internal: a linear scale from a data range to pixels, with "nice" ticks (steps of 1, 2 or 5
 * times a power of ten). Chart geometry is the one place numbers are floats: a pixel position,
 * never an amount — the labels a chart prints are the caller's exact strings or the ticks below.
 */
export interface AxisScale {
  /** The pixel position of a data value. */
  readonly at: (value: number) => number;
  /** Tick values within the range, with their labels. */
  readonly ticks: ReadonlyArray<{ readonly value: number; readonly label: string }>;
}

const TICK_COUNT = 5;

/** Internal: a scale over `[min, max]` (widened to include `min === max`) onto `[from, to]` pixels. */
export function axisScale(min: number, max: number, from: number, to: number): AxisScale {
  const [low, high] = min === max ? [min - 1, max + 1] : [min, max];
  const step = niceStep((high - low) / TICK_COUNT);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const first = Math.ceil(low / step);
  const last = Math.floor(high / step);
  const ticks = [];
  for (let k = first; k <= last; k++) {
    const value = k * step;
    ticks.push({ value, label: tickLabel(value, decimals) });
  }
  return { at: (value) => from + ((value - low) / (high - low)) * (to - from), ticks };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function tickLabel(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
