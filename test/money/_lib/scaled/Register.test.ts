import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../src/money';
import {
  rAdd,
  rCmp,
  register,
  regSum,
  rMul,
  rNeg,
  rParse,
} from '../../../../src/money/_lib/scaled/Register';

/** A register's value as decimal.js. */
const decimalOf = (r: { u: number; s: number }) => new Decimal(r.u).div(new Decimal(10).pow(r.s));
const reg = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.maxSafeInteger(),
      fc.integer({ min: 0, max: 1000 }).map((i) => Number.MAX_SAFE_INTEGER - i),
      fc.integer({ min: 0, max: 1000 }).map((i) => -Number.MAX_SAFE_INTEGER + i),
    ),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(([u, s]) => ({ u, s }));

describe('Register (internal allocation-free scaled integers)', () => {
  it('reads decimal text of at most 15 digits; longer is 0, malformed −1', () => {
    const r = register();
    expect(rParse(r, '-12.50')).toBe(1);
    expect(r).toEqual({ u: -1250, s: 2 });
    expect(rParse(r, '1234567890123456')).toBe(0);
    expect(rParse(r, '1.')).toBe(-1);
    expect(rParse(r, 'x')).toBe(-1);
  });

  it('leaves the register untouched past 2^53 − 1', () => {
    const r = { u: 7, s: 0 };
    expect(rAdd(r, { u: Number.MAX_SAFE_INTEGER, s: 0 }, { u: 1, s: 0 })).toBe(false);
    expect(rMul(r, { u: 2 ** 27, s: 0 }, { u: 2 ** 27, s: 1 })).toBe(false);
    expect(r).toEqual({ u: 7, s: 0 });
  });

  describe('properties', () => {
    it('+, × and order are exact whenever they answer, and answer within the safe range', () => {
      fc.assert(
        fc.property(reg, reg, (a, b) => {
          const out = register();
          const sum = decimalOf(a).plus(decimalOf(b));
          if (rAdd(out, a, b)) expect(decimalOf(out).eq(sum)).toBe(true);
          else {
            // Refused only when an aligned operand or the sum leaves the safe integers.
            const scale = new Decimal(10).pow(Math.max(a.s, b.s));
            const parts = [decimalOf(a), decimalOf(b), sum].map((v) => v.times(scale).abs());
            expect(parts.some((v) => v.gt(Number.MAX_SAFE_INTEGER))).toBe(true);
          }
          const product = decimalOf(a).times(decimalOf(b));
          if (rMul(out, a, b)) expect(decimalOf(out).eq(product)).toBe(true);
          else expect(new Decimal(a.u).times(b.u).abs().gt(Number.MAX_SAFE_INTEGER)).toBe(true);
          const order = rCmp(a, b);
          if (!Number.isNaN(order)) expect(order).toBe(decimalOf(a).cmp(decimalOf(b)));
          rNeg(out, a);
          expect(decimalOf(out).eq(decimalOf(a).neg())).toBe(true);
        }),
      );
    });

    it('regSum on a register file writes the aligned sum, or nothing', () => {
      fc.assert(
        fc.property(reg, reg, (a, b) => {
          const regs = Float64Array.of(a.u, a.s, b.u, b.s, 3, 1);
          const ok = regSum(regs, 4, 0, 2);
          const out = { u: regs[4] as number, s: regs[5] as number };
          if (ok) expect(decimalOf(out).eq(decimalOf(a).plus(decimalOf(b)))).toBe(true);
          else expect(out).toEqual({ u: 3, s: 1 });
        }),
      );
    });
  });
});
