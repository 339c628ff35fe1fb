import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  addUnits,
  exactText,
  Fixed,
  mul,
  parseExact,
  parseUnits,
  toDec,
} from '../../../../../src/kpi/_lib/metrics/exact/exact';
import { Decimal } from '../../../../../src/money';

const units = fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 });
const scale = fc.integer({ min: 0, max: 22 });

describe('the exact fast path of the metric sums', () => {
  it('writes the text decimal.js writes', () => {
    expect(exactText(new Fixed(-100, 2))).toBe('-1');
    expect(exactText(new Fixed(5, 3))).toBe('0.005');
    fc.assert(
      fc.property(units, scale, (u, s) => {
        expect(exactText(new Fixed(u, s))).toBe(toDec(new Fixed(u, s)).toFixed());
      }),
    );
  });

  it('adds and multiplies exactly, whichever path runs', () => {
    const text = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
      .map(([u, s]) => new Decimal(u.toString()).div(10 ** s).toFixed());
    fc.assert(
      fc.property(text, text, (a, b) => {
        const x = parseExact(a) as Fixed;
        const y = parseExact(b) as Fixed;
        expect(toDec(add(x, y)).toFixed()).toBe(new Decimal(a).plus(b).toFixed());
        expect(toDec(mul(x, y)).toFixed()).toBe(new Decimal(a).times(b).toFixed());
        const acc = { u: 0, s: 0 };
        const into = { u: 0, s: 0 };
        if (
          parseUnits(a, into) &&
          addUnits(acc, into.u, into.s) &&
          parseUnits(b, into) &&
          addUnits(acc, into.u, into.s)
        )
          expect(toDec(new Fixed(acc.u, acc.s)).toFixed()).toBe(new Decimal(a).plus(b).toFixed());
      }),
    );
  });

  it('refuses what is not a decimal string', () => {
    for (const bad of ['', '-', '1e5', '1.2.3', ' 1', 'NaN'])
      expect(parseExact(bad)).toBeUndefined();
    expect(parseUnits(12, { u: 0, s: 0 })).toBe(false);
  });
});
