import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundRatio } from '../../../../src/kpi/_lib/scoring/roundRatio';
import { Decimal, RoundingMode, roundDecimal } from '../../../../src/money';

const MODES = RoundingMode.options;
const d = (x: string) => new Decimal(x);

describe('roundRatio', () => {
  it('rounds a quotient once: 2.99…9667 is 2 rounded down, never 3', () => {
    // 8.99…9 (43 nines after the point) ÷ 3 = 2.99…9666…: rounding it first to 40 significant
    // digits would give 3.
    const numerator = d(`8.${'9'.repeat(43)}`);
    expect(roundRatio(numerator, d('3'), 0, 'down').toFixed()).toBe('2');
    expect(roundRatio(numerator, d('3'), 0, 'half-up').toFixed()).toBe('3');
    expect(roundRatio(d('1'), d('3'), 2, 'up').toFixed()).toBe('0.34');
    expect(roundRatio(d('-1'), d('3'), 2, 'floor').toFixed()).toBe('-0.34');
    expect(roundRatio(d('-1'), d('3'), 2, 'ceiling').toFixed()).toBe('-0.33');
    expect(roundRatio(d('5'), d('-2'), 0, 'half-even').toFixed()).toBe('-2');
    expect(roundRatio(d('7'), d('2'), 0, 'half-even').toFixed()).toBe('4');
    expect(roundRatio(d('5'), d('2'), 0, 'half-down').toFixed()).toBe('2');
  });

  it('agrees with rounding the quotient computed to 400 digits, for every mode', () => {
    const Wide = DecimalJs.clone({ precision: 400 });
    const decimal = fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, s]) => new Decimal(n).div(10 ** s));
    fc.assert(
      fc.property(
        decimal,
        decimal.filter((x) => !x.isZero()),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...MODES),
        (n, m, places, mode) => {
          const wide = new Wide(n.toFixed()).div(m.toFixed());
          const expected = roundDecimal(new Decimal(wide.toFixed()), places, mode);
          expect(roundRatio(n, m, places, mode).toFixed()).toBe(expected.toFixed());
        },
      ),
      { numRuns: 200 },
    );
  });
});
