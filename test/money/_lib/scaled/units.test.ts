import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../src/money';
import { fastUnits, parseUnits } from '../../../../src/money/_lib/scaled/parseUnits';
import { addUnits, scaleUnits, unitsToText } from '../../../../src/money/_lib/scaled/units';
import { unitsToDecimal } from '../../../../src/money/_lib/scaled/unitsToDecimal';
import { unitsToText as centsText } from '../../../_support/money';

/** The exact-integer path of the ledger, checked against bigint and decimal.js arithmetic. */
describe('units (internal exact amounts)', () => {
  const units = fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map(BigInt),
    fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
  );
  const canonical = (value: bigint) =>
    value >= -BigInt(Number.MAX_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;

  it('writes -0 as 0 and keeps big values exact', () => {
    expect(parseUnits('-0.00', 2)).toBe(0);
    expect(Object.is(fastUnits('-0.00', 2), 0)).toBe(true);
    expect(parseUnits('90071992547409.93', 2)).toBe(9007199254740993n);
    expect(fastUnits('90071992547409.93', 2)).toBeNaN();
    expect(parseUnits('1.005', 2)).toBeNull();
    expect(parseUnits('1.500', 1)).toBe(15);
  });

  describe('properties', () => {
    it('addUnits is bigint addition, in canonical form', () => {
      fc.assert(
        fc.property(units, units, (a, b) => {
          expect(addUnits(canonical(a), canonical(b))).toEqual(canonical(a + b));
        }),
      );
    });

    it('parseUnits reads decimal text exactly; fastUnits agrees whenever it answers', () => {
      fc.assert(
        fc.property(
          units,
          fc.integer({ min: 0, max: 6 }),
          fc.integer({ min: 0, max: 3 }),
          (value, scale, extra) => {
            const text = centsText(value, scale);
            expect(parseUnits(text, scale + extra)).toEqual(
              canonical(value * 10n ** BigInt(extra)),
            );
            const fast = fastUnits(text, scale + extra);
            if (!Number.isNaN(fast)) expect(fast).toEqual(canonical(value * 10n ** BigInt(extra)));
            if (scale > 0 && value % 10n !== 0n) expect(parseUnits(text, scale - 1)).toBeNull();
          },
        ),
      );
    });

    it('unitsToDecimal and unitsToText are exact; scaleUnits multiplies by powers of ten', () => {
      fc.assert(
        fc.property(units, fc.integer({ min: 0, max: 8 }), (value, scale) => {
          const text = centsText(value, scale);
          expect(unitsToText(canonical(value), scale)).toBe(text);
          expect(unitsToDecimal(canonical(value), scale).eq(new Decimal(text))).toBe(true);
          expect(scaleUnits(canonical(value), 3)).toEqual(canonical(value * 1000n));
        }),
      );
    });
  });
});
