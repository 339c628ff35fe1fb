import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../../../src/money';
import {
  add,
  cmp,
  div,
  Fixed,
  isZero,
  max,
  min,
  mul,
  ONE,
  parseFixed,
  parseScaled,
  type Scaled,
  sign,
  sub,
  toDec,
} from '../../../../src/money/_lib/scaled/Fixed';
import { MAX_EXACT_SCALE } from '../../../../src/money/_lib/scaled/Register';
import { scaledFixedText, scaledText } from '../../../../src/money/_lib/scaled/scaledText';
import { decimalText } from '../../../_support/money';

/** Decimal text of every size and sign: small values stay on the fast path, large ones leave it. */
const text = fc.oneof(
  decimalText({ scale: 2, digits: 6 }),
  decimalText({ scale: 6, digits: 4 }),
  decimalText({ scale: 0, digits: 15 }),
  decimalText({ scale: 0, digits: 17 }),
  decimalText({ scale: 10, digits: 12 }),
  fc.constantFrom('9007199254740991', '-9007199254740991', '90071992547409.91', '0', '-0.00'),
);
/** A value on whichever path it reads to, and the decimal.js reference. */
const read = (value: string): [Scaled, Decimal] => [
  parseFixed(value) ?? new Decimal(value),
  new Decimal(value),
];
const same = (a: Scaled, b: Decimal) => expect(toDec(a).eq(b)).toBe(true);

describe('Fixed (internal scaled safe integers)', () => {
  it('reads up to 15 digits as a scaled integer at the text’s own scale; anything else is refused', () => {
    expect(parseFixed('-12.50')).toEqual(new Fixed(-1250, 2));
    expect(Object.is(parseFixed('-0')?.u, 0)).toBe(true);
    expect(parseFixed('+5')).toEqual(new Fixed(5, 0));
    expect(parseFixed('1234567890.12345')).toEqual(new Fixed(123456789012345, 5));
    for (const bad of ['1234567890.123456', '1.', '.5', '1e3', '', '-', '1.2.3', ' 1'])
      expect(parseFixed(bad)).toBeUndefined();
  });

  it('parseScaled reads any length, and decimal.js short forms only when asked', () => {
    expect(parseScaled('-12.50')).toEqual(new Fixed(-1250, 2));
    expect(parseScaled('1.', true)).toEqual(new Fixed(1, 0));
    expect(parseScaled('-.5', true)).toEqual(new Fixed(-5, 1));
    expect(parseScaled('1.')).toBeUndefined();
    expect(parseScaled('.5')).toBeUndefined();
    const long = parseScaled('.12345678901234567', true);
    expect(long).not.toBeInstanceOf(Fixed);
    expect(scaledText(long as Scaled)).toBe('0.12345678901234567');
    expect(scaledText(parseScaled('-1234567890123456789.5') as Scaled)).toBe(
      '-1234567890123456789.5',
    );
    for (const bad of ['', '-', '.', '1e3', '1.2.3', ' 1', 'NaN'])
      expect(parseScaled(bad, true)).toBeUndefined();
    expect(ONE).toEqual(new Fixed(1, 0));
  });

  it('multiplies on the fast path within a scale limit when given one, exact either way', () => {
    const a = new Fixed(3, 12);
    const b = new Fixed(-2, 11);
    expect(mul(a, b)).toEqual(new Fixed(-6, 23));
    const capped = mul(a, b, MAX_EXACT_SCALE);
    expect(capped).not.toBeInstanceOf(Fixed);
    expect(scaledText(capped)).toBe('-0.00000000000000000000006');
    expect(mul(a, new Fixed(-2, 10), MAX_EXACT_SCALE)).toEqual(new Fixed(-6, 22));
  });

  it('never writes a negative zero: "-0.00" and decimal.js −0 print as "0" (as decimal.js toFixed)', () => {
    for (const zero of [new Fixed(-0, 2), new Decimal('-0.00'), parseScaled('-0.00') as Scaled]) {
      expect(scaledText(zero)).toBe('0');
      expect(scaledText(zero)).toBe(toDec(zero).toFixed());
    }
    expect(scaledText(mul(new Decimal('-0'), new Decimal('5')))).toBe('0');
  });

  it('leaves the fast path for decimal.js past 2^53 − 1, and stays exact', () => {
    const big = mul(new Fixed(9490626562, 2), new Fixed(9490626562, 2));
    expect(big).not.toBeInstanceOf(Fixed);
    expect(scaledText(big)).toBe('9007199253933993.9844');
    const sum = add(new Fixed(Number.MAX_SAFE_INTEGER, 0), new Fixed(2, 0));
    expect(sum).not.toBeInstanceOf(Fixed);
    expect(scaledText(sum)).toBe('9007199254740993');
    expect(scaledText(sub(sum, new Fixed(2, 0)))).toBe('9007199254740991');
  });

  it('writes text as decimal.js does: no exponent, no trailing zeros, minimum places on request', () => {
    expect(scaledText(new Fixed(-1250, 2))).toBe('-12.5');
    expect(scaledText(new Fixed(5, 8))).toBe('0.00000005');
    expect(scaledText(new Fixed(0, 3))).toBe('0');
    expect(scaledFixedText(new Fixed(5, 0), 2)).toBe('5.00');
    expect(scaledFixedText(new Fixed(-12345, 4), 2)).toBe('-1.2345');
    expect(scaledFixedText(new Decimal('-0'), 2)).toBe('0.00');
  });

  describe('properties', () => {
    it('+, −, ×, ÷, order, sign, min and max equal decimal.js, negatives and past 2^53 alike', () => {
      fc.assert(
        fc.property(text, text, (x, y) => {
          const [a, da] = read(x);
          const [b, db] = read(y);
          same(add(a, b), da.plus(db));
          same(sub(a, b), da.minus(db));
          same(mul(a, b), da.times(db));
          if (!db.isZero()) expect(div(a, b).eq(da.div(db))).toBe(true);
          expect(Math.sign(cmp(a, b))).toBe(da.cmp(db));
          expect(sign(a)).toBe(da.isZero() ? 0 : da.isNeg() ? -1 : 1);
          expect(isZero(a)).toBe(da.isZero());
          same(min(a, b), Decimal.min(da, db));
          same(max(a, b), Decimal.max(da, db));
        }),
      );
    });

    it('× within a scale limit equals decimal.js, and stays on the fast path within it', () => {
      fc.assert(
        fc.property(text, text, fc.integer({ min: 0, max: 24 }), (x, y, limit) => {
          const [a, da] = read(x);
          const [b, db] = read(y);
          const product = mul(a, b, limit);
          same(product, da.times(db));
          if (product instanceof Fixed) expect(product.s).toBeLessThanOrEqual(limit);
          const free = mul(a, b);
          if (free instanceof Fixed && free.s <= limit) expect(product).toEqual(free);
        }),
      );
    });

    it('parseScaled reads every decimal string to its decimal.js value, negatives and long ones', () => {
      fc.assert(
        fc.property(text, fc.boolean(), (x, shortForms) => {
          const value = parseScaled(x, shortForms) as Scaled;
          same(value, new Decimal(x));
          expect(value instanceof Fixed).toBe(parseFixed(x) !== undefined);
          expect(scaledText(value)).toBe(toDec(value).toFixed());
        }),
      );
    });

    it('reads text back to the value it wrote, and writes what decimal.js writes', () => {
      fc.assert(
        fc.property(text, fc.integer({ min: 0, max: 12 }), (x, places) => {
          const [a, da] = read(x);
          expect(scaledText(a)).toBe(da.isZero() ? '0' : da.toFixed());
          expect(scaledFixedText(a, places)).toBe(da.toFixed(Math.max(da.decimalPlaces(), places)));
          const back = parseFixed(scaledText(a));
          if (back !== undefined) same(back, da);
        }),
      );
    });
  });
});
