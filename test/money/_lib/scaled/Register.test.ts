import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../src/money';
import {
  MAX_EXACT_SCALE,
  rAdd,
  rAddUnits,
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

  it('reads decimal.js short forms ("1.", ".5") only when asked, as the same units', () => {
    const r = register();
    expect([rParse(r, '1.', true), r]).toEqual([1, { u: 1, s: 0 }]);
    expect([rParse(r, '.5', true), r]).toEqual([1, { u: 5, s: 1 }]);
    expect([rParse(r, '-.50', true), r]).toEqual([1, { u: -50, s: 2 }]);
    expect([rParse(r, '-0.', true), Object.is(r.u, 0)]).toEqual([1, true]);
    expect(rParse(r, '.1234567890123456', true)).toBe(0);
    for (const bad of ['.', '-.', '+', '', '1..', '.1.', '1e5', ' 1'])
      expect(rParse(r, bad, true)).toBe(-1);
    for (const short of ['1.', '.5', '-.5']) expect(rParse(r, short)).toBe(-1);
  });

  it('multiplies within a scale limit when given one', () => {
    const r = { u: 7, s: 0 };
    expect(rMul(r, { u: 3, s: 12 }, { u: 2, s: 11 }, MAX_EXACT_SCALE)).toBe(false);
    expect(r).toEqual({ u: 7, s: 0 });
    expect(rMul(r, { u: 3, s: 12 }, { u: 2, s: 10 }, MAX_EXACT_SCALE)).toBe(true);
    expect(r).toEqual({ u: 6, s: 22 });
    expect(rMul(r, { u: 3, s: 12 }, { u: 2, s: 11 })).toBe(true);
    expect(r).toEqual({ u: 6, s: 23 });
  });

  it('rAddUnits keeps the larger scale, a zero operand too, and refuses past 2^53 − 1', () => {
    const acc = { u: 0, s: 2 };
    expect(rAddUnits(acc, 5, 0)).toBe(true);
    expect(acc).toEqual({ u: 500, s: 2 });
    expect(rAddUnits(acc, -5, 0)).toBe(true);
    expect(acc).toEqual({ u: 0, s: 2 });
    expect(Object.is(acc.u, 0)).toBe(true);
    expect(rAddUnits(acc, Number.MAX_SAFE_INTEGER, 0)).toBe(false);
    expect(rAddUnits(acc, 1, 25)).toBe(false);
    expect(acc).toEqual({ u: 0, s: 2 });
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

    it('rAddUnits is exact whenever it answers, and answers while the aligned sum is safe', () => {
      fc.assert(
        fc.property(reg, reg, (a, b) => {
          const acc = { ...a };
          const sum = decimalOf(a).plus(decimalOf(b));
          if (rAddUnits(acc, b.u, b.s)) {
            expect(decimalOf(acc).eq(sum)).toBe(true);
            expect(acc.s).toBe(Math.max(a.s, b.s));
          } else {
            expect(acc).toEqual(a);
            const scale = new Decimal(10).pow(Math.max(a.s, b.s));
            const parts = [decimalOf(a), decimalOf(b), sum].map((v) => v.times(scale).abs());
            expect(parts.some((v) => v.gt(Number.MAX_SAFE_INTEGER))).toBe(true);
          }
        }),
      );
    });

    it('rParse with short forms reads what decimal.js reads, and the canonical forms as without', () => {
      const part = fc.stringMatching(/^\d{0,9}$/);
      const text = fc
        .tuple(fc.constantFrom('', '-', '+'), part, fc.boolean(), part)
        .map(([sign, whole, dot, fraction]) => `${sign}${whole}${dot ? '.' : ''}${fraction}`);
      fc.assert(
        fc.property(text, (t) => {
          const short = register();
          const read = rParse(short, t, true);
          const valid = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t);
          expect(read).toBe(valid ? (t.replace(/\D/g, '').length > 15 ? 0 : 1) : -1);
          if (read === 1) expect(decimalOf(short).eq(new Decimal(t))).toBe(true);
          const strict = register();
          if (/^[+-]?\d+(\.\d+)?$/.test(t)) {
            expect(rParse(strict, t)).toBe(read);
            if (read === 1) expect(strict).toEqual(short);
          } else expect(rParse(strict, t)).toBe(-1);
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
