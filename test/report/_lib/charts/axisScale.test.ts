import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisScale } from '../../../../src/report/_lib/charts/axisScale';

describe('axisScale', () => {
  it('maps the range onto the pixels, ticks inside it on steps of 1, 2 or 5 × 10^k', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (min, span) => {
          const scale = axisScale(min, min + span, 100, 500);
          expect(scale.at(min)).toBeCloseTo(100, 6);
          expect(scale.at(min + span)).toBeCloseTo(500, 6);
          expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
          expect(scale.ticks.length).toBeLessThanOrEqual(11);
          const values = scale.ticks.map((tick) => tick.value);
          for (const value of values) {
            expect(value).toBeGreaterThanOrEqual(min - 1e-9);
            expect(value).toBeLessThanOrEqual(min + span + 1e-9);
          }
          const step = (values[1] ?? 0) - (values[0] ?? 0);
          const mantissa = step / 10 ** Math.floor(Math.log10(step));
          expect([1, 2, 5, 10].some((nice) => Math.abs(mantissa - nice) < 1e-6)).toBe(true);
        },
      ),
    );
  });

  it('labels ticks without float noise and never as -0', () => {
    expect(axisScale(0, 1, 0, 100).ticks.map((t) => t.label)).toEqual([
      '0.0',
      '0.2',
      '0.4',
      '0.6',
      '0.8',
      '1.0',
    ]);
    expect(axisScale(-0.3, 0.3, 0, 100).ticks.map((t) => t.label)).toContain('0.0');
    expect(axisScale(0, 165000, 0, 100).ticks.map((t) => t.label)).toEqual([
      '0',
      '50000',
      '100000',
      '150000',
    ]);
  });

  it('widens an empty range so a single value still has an axis', () => {
    const scale = axisScale(7, 7, 0, 100);
    expect(scale.at(7)).toBe(50);
    expect(scale.ticks.map((t) => t.value)).toContain(7);
  });
});
