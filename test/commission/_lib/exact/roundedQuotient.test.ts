import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODES, roundedQuotient } from '../../../../src/commission/_lib/exact/roundedQuotient';
import { Decimal } from '../../../../src/money';
import { rAdd, rCmp } from '../../../../src/money/_lib/scaled/Register';

const DECIMAL_MODES = {
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  ceiling: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  'half-even': Decimal.ROUND_HALF_EVEN,
} as const;

describe('roundedQuotient', () => {
  it('rounds u ÷ 10^k as decimal.js does, in every mode', () => {
    fc.assert(
      fc.property(
        fc.maxSafeInteger(),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: MODES.length - 1 }),
        (u, k, mode) => {
          const expected = new Decimal(u)
            .div(new Decimal(10).pow(k))
            .toDecimalPlaces(0, DECIMAL_MODES[MODES[mode] as keyof typeof DECIMAL_MODES]);
          // Callers write `+ 0` (no negative zero); compare as they do.
          expect(roundedQuotient(u, 10 ** k, mode) + 0).toBe(expected.toNumber() + 0);
        },
      ),
    );
  });

  it('rounds exactly next to multiples of 10^k and at the ends of the safe range', () => {
    // Where a float division u ÷ 10^k rounds across an integer, the quotient must be corrected.
    const near = fc
      .tuple(fc.integer({ min: 1, max: 15 }), fc.maxSafeInteger(), fc.integer({ min: -3, max: 3 }))
      .map(([k, n, delta]) => {
        const d = 10 ** k;
        const u = Math.trunc(n / d) * d + delta;
        return [Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, u)), k];
      });
    const edge = fc.tuple(
      fc
        .integer({ min: 0, max: 1000 })
        .chain((i) =>
          fc.constantFrom(
            Number.MAX_SAFE_INTEGER - i,
            -Number.MAX_SAFE_INTEGER + i,
            2 ** 52 + i - 500,
          ),
        ),
      fc.integer({ min: 1, max: 15 }),
    );
    fc.assert(
      fc.property(
        fc.oneof(near, edge),
        fc.integer({ min: 0, max: MODES.length - 1 }),
        ([u, k], mode) => {
          const expected = new Decimal(u as number)
            .div(new Decimal(10).pow(k as number))
            .toDecimalPlaces(0, DECIMAL_MODES[MODES[mode] as keyof typeof DECIMAL_MODES]);
          expect(roundedQuotient(u as number, 10 ** (k as number), mode) + 0).toBe(
            expected.toNumber() + 0,
          );
        },
      ),
    );
  });

  it('rounds ties by the mode: 25 ÷ 10 and −25 ÷ 10', () => {
    const at = (name: string) => MODES.indexOf(name as (typeof MODES)[number]);
    expect(roundedQuotient(25, 10, at('half-even'))).toBe(2);
    expect(roundedQuotient(35, 10, at('half-even'))).toBe(4);
    expect(roundedQuotient(-25, 10, at('half-up'))).toBe(-3);
    expect(roundedQuotient(-25, 10, at('half-down'))).toBe(-2);
    expect(roundedQuotient(-21, 10, at('floor'))).toBe(-3);
    expect(roundedQuotient(-29, 10, at('ceiling'))).toBe(-2);
  });
});

describe('rAdd and rCmp (aligned sums and orders of scaled integers)', () => {
  it('add and compare exactly at the larger scale, and refuse only past 2^53', () => {
    const value = fc.tuple(fc.maxSafeInteger(), fc.integer({ min: 0, max: 12 }));
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    const abs = (v: bigint) => (v < 0n ? -v : v);
    fc.assert(
      fc.property(value, value, ([au, as], [bu, bs]) => {
        const s = Math.max(as, bs);
        // Both aligned to the larger scale, exactly.
        const x = BigInt(au) * 10n ** BigInt(s - as);
        const y = BigInt(bu) * 10n ** BigInt(s - bs);
        const out = { u: 0, s: 0 };
        const added = rAdd(out, { u: au, s: as }, { u: bu, s: bs });
        if (au === 0 || bu === 0)
          expect([added, out.u, out.s]).toEqual(au === 0 ? [true, bu, bs] : [true, au, as]);
        else {
          const fits = abs(x) <= max && abs(y) <= max && abs(x + y) <= max;
          expect(added).toBe(fits);
          if (fits) expect([BigInt(out.u), out.s]).toEqual([x + y, s]);
        }
        const order = rCmp({ u: au, s: as }, { u: bu, s: bs });
        if (abs(x) <= max && abs(y) <= max) expect(order).toBe(x > y ? 1 : x < y ? -1 : 0);
        else expect(order).toBeNaN();
      }),
    );
  });
});
