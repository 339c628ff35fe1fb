import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../src/errors';
import {
  abs,
  add,
  allocate,
  convert,
  createFxTable,
  Decimal,
  DecimalString,
  divide,
  type Money,
  MoneyJson,
  money,
  multiply,
  negate,
  parseMoney,
  ratio,
  round,
  safeParseMoney,
  subtract,
  sum,
  toDecimal,
  toMoneyJson,
} from '../../src/money';
import { limitProblem, textLimitProblem } from '../../src/money/_lib/amountLimits';
import { thrown, unitsToText } from '../_support/money';

const { maxSignificantDigits: DIGITS, maxDecimalExponent: EXPONENT, maxScale } = INPUT_LIMITS;
const usd = (amount: string) => money(amount, 'USD');
const limit = (run: () => unknown) => thrown(run);

// The reproducers of issue 13: 42 significant digits were rounded to 40 without a word.
const TOO_PRECISE = '1234567890123456789012345678901234567890.55';

describe('amount limits', () => {
  it('refuses an amount with more significant digits than the arithmetic carries', () => {
    expect(limit(() => money(TOO_PRECISE, 'USD'))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['amount'],
      value: TOO_PRECISE,
    });
    expect(
      limit(() => parseMoney({ amount: TOO_PRECISE, currency: 'USD' }, ['lines', 2])),
    ).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['lines', 2, 'amount'],
    });
    const parsed = safeParseMoney({ amount: TOO_PRECISE, currency: 'USD' });
    expect(parsed.success ? null : parsed.error.code).toBe('LIMIT_EXCEEDED');
    expect(limit(() => toDecimal(TOO_PRECISE, ['rate']))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['rate'],
    });
    expect(limit(() => toDecimal(new Decimal(TOO_PRECISE)))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
    expect(limit(() => toDecimal(10n ** 40n))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
  });

  it('the zod schemas of amounts and rates refuse it with the same code', () => {
    for (const schema of [DecimalString, MoneyJson.shape.amount]) {
      const result = schema.safeParse(TOO_PRECISE);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ params: { code: 'LIMIT_EXCEEDED' } });
    }
    expect(DecimalString.safeParse('12.5').success).toBe(true);
  });

  it.each([
    ['40 significant digits', '1234567890123456789012345678901234567.891', true],
    ['41 significant digits', '1234567890123456789012345678901234567.8912', false],
    ['the largest magnitude', `${'9'.repeat(40)}`, true],
    ['1e40', `1${'0'.repeat(40)}`, false],
    ['the finest place', `0.${'0'.repeat(39)}1`, true],
    ['finer than 1e-40', `0.${'0'.repeat(40)}1`, false],
    ['trailing zeros do not count', `1.${'0'.repeat(60)}`, true],
    ['leading zeros do not count', `${'0'.repeat(60)}1`, true],
  ])('%s: accepted %s', (_name, text, accepted) => {
    const result = DecimalString.safeParse(text);
    expect(result.success).toBe(accepted);
    if (accepted) expect(money(text, 'USD').amount.eq(new Decimal(text))).toBe(true);
    else expect(limit(() => money(text, 'USD'))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
  });

  it('keeps a computed decimal.js amount down to 1e-40, and refuses one with too many digits', () => {
    // 1 ÷ 300 at 40 significant digits reaches 1e-42: the tail below 1e-40 is rounded off.
    const third = money(new Decimal(1).div(300), 'USD');
    expect(third.amount.toFixed()).toBe(`0.00${'3'.repeat(38)}`);
    expect(money(new Decimal('1e-9000000000000000'), 'USD').amount.isZero()).toBe(true);
    expect(limit(() => money(new Decimal(`0.${'1'.repeat(45)}`), 'USD'))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
    // Text is never rounded.
    expect(limit(() => money(`0.00${'3'.repeat(40)}`, 'USD'))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('reads the limits from the text exactly as from the decimal', () => {
    const digit = fc.constantFrom('0', '0', '0', '1', '5', '9');
    const text = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.array(digit, { minLength: 1, maxLength: 50 }),
        fc.option(fc.array(digit, { minLength: 1, maxLength: 50 }), { nil: undefined }),
      )
      .map(([sign, whole, fraction]) =>
        fraction === undefined
          ? `${sign}${whole.join('')}`
          : `${sign}${whole.join('')}.${fraction.join('')}`,
      );
    fc.assert(
      fc.property(text, (value) => {
        expect(textLimitProblem(value)).toBe(limitProblem(new Decimal(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('states the limits it enforces', () => {
    expect([DIGITS, EXPONENT, maxScale]).toEqual([40, 40, 40]);
  });
});

describe('exact arithmetic or LIMIT_EXCEEDED', () => {
  // Built per test (not when the file loads), so that mutation testing sees which tests use it.
  let big: Money;
  beforeEach(() => {
    big = usd('1234567890123456789012345678901234567.89');
  });

  it('never rounds a sum past the 40 digits it carries', () => {
    expect(toMoneyJson(add(big, usd('0'))).amount).toBe('1234567890123456789012345678901234567.89');
    expect(toMoneyJson(add(big, usd('0.001'))).amount).toBe(
      '1234567890123456789012345678901234567.891',
    );
    expect(limit(() => add(big, usd('0.0001')))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(limit(() => subtract(big, usd('0.0001')))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(limit(() => sum([big, usd('0.0001')], 'USD'))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: [1],
    });
    const huge = usd('9'.repeat(40));
    expect(limit(() => add(huge, usd('1')))).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(toMoneyJson(subtract(huge, huge)).amount).toBe('0.00');
  });

  it('never rounds a product', () => {
    expect(multiply(usd('1234567.89'), '0.0725').amount.toString()).toBe('89506.172025');
    expect(limit(() => multiply(big, '1.25', ['rate']))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['rate'],
    });
    expect(
      limit(() => multiply(usd(`0.${'0'.repeat(29)}1`), `0.${'0'.repeat(29)}1`)),
    ).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('rounds quotients to 40 significant digits and 40 places, as documented', () => {
    expect(divide(usd('10'), 3).amount.toString()).toBe(`3.${'3'.repeat(39)}`);
    expect(divide(usd('0.01'), 3).amount.decimalPlaces()).toBe(40);
    expect(ratio(usd('0.01'), usd('3')).decimalPlaces()).toBe(40);
    expect(limit(() => divide(usd('9'.repeat(30)), `0.${'0'.repeat(20)}1`))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('rounds to a cash increment exactly, even where the quotient has more than 40 digits', () => {
    // 99…99.98 ÷ 0.03 = 33…32.67 (40 whole digits): rounded to 40 digits first it became 33…33.
    const value = usd('99999999999999999999999999999999999999.98');
    expect(toMoneyJson(round(value, { increment: '0.03', mode: 'down' })).amount).toBe(
      '99999999999999999999999999999999999999.96',
    );
    expect(round(usd('1.03'), { increment: '0.03', mode: 'half-even' }).amount.toString()).toBe(
      '1.02',
    );
    expect(round(usd('1.035'), { increment: '0.03' }).amount.toString()).toBe('1.05');
    expect(round(usd('-1.035'), { increment: '0.03', mode: 'floor' }).amount.toString()).toBe(
      '-1.05',
    );
    expect(limit(() => round(usd('9'.repeat(40)), { increment: '8' }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('converts exactly, or rounds only below the minor unit of the target currency', () => {
    const table = createFxTable([{ base: 'CNY', quote: 'USD', rate: '7.1', date: '2026-06-30' }]);
    const at = { method: 'exact', date: '2026-06-30' } as const;
    // 123.45 × (1 ÷ 7.1 to 40 digits) has 44 digits: rounded in the 38th decimal place only.
    const small = convert(usd('123.45'), 'CNY', table, at).to;
    expect(small.amount.sd()).toBe(40);
    expect(toMoneyJson(round(small)).amount).toBe('17.39');
    // 99…9 × 0.14…: the 40th digit is a whole yuan; rounding it would change the amount.
    expect(limit(() => convert(usd('9'.repeat(40)), 'CNY', table, at))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it('negates and takes absolute values without change of digits', () => {
    expect(negate(big).amount.neg().eq(big.amount)).toBe(true);
    expect(abs(negate(big)).amount.eq(big.amount)).toBe(true);
  });
});

describe('allocate bounds', () => {
  it('refuses a ratio beyond the exponent limit instead of hanging', () => {
    const tiny = new Decimal('1e-9000000000000000');
    expect(limit(() => allocate(usd('100'), [1, tiny], { path: ['split'] }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['split', 'ratios', 1],
    });
  });

  it('refuses a scale beyond maxScale, and a scale that is not a whole number', () => {
    expect(limit(() => allocate(usd('100'), [1, 1], { scale: 1e6 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['scale'],
      value: 1e6,
    });
    expect(allocate(usd('0.1'), [1, 2], { scale: maxScale })[0]?.amount.decimalPlaces()).toBe(40);
    for (const scale of [-1, 1.5, Number.NaN, '2' as unknown as number])
      expect(limit(() => allocate(usd('1'), [1], { scale }))).toMatchObject({
        code: 'INVALID_INPUT',
        path: ['scale'],
      });
  });

  it('refuses an amount whose units at the scale need more than 40 digits', () => {
    // 37 whole digits and one decimal: 38 significant digits, but 41 digits at scale 4.
    const amount = usd('1234567890123456789012345678901234567.8');
    expect(limit(() => allocate(amount, [1, 1, 1], { scale: 4 }))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['amount'],
    });
  });

  it('the 39-digit reproducer: parts sum to the whole, or the amount is refused', () => {
    const amount = usd('12345678901234567890123456789012345678.9');
    const parts = allocate(amount, [1, 1, 1]);
    expect(parts.map((part) => toMoneyJson(part).amount)).toEqual([
      '4115226300411522630041152263004115226.30',
      '4115226300411522630041152263004115226.30',
      '4115226300411522630041152263004115226.30',
    ]);
    expect(sum(parts, 'USD').amount.eq(amount.amount)).toBe(true);
    // 39 whole digits and cents are 41 digits of cents: the parts could not be exact.
    const whole = usd('123456789012345678901234567890123456789');
    expect(limit(() => allocate(whole, [1, 1, 1]))).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      path: ['amount'],
    });
  });

  describe('properties', () => {
    // Any amount within the limits: up to 40 significant digits, below 1e40, at most 40 places.
    const amountAndScale = fc
      .record({
        digits: fc.integer({ min: 1, max: DIGITS }),
        places: fc.integer({ min: 0, max: EXPONENT }),
      })
      .chain(({ digits, places }) =>
        fc.record({
          units: fc.bigInt({ min: -(10n ** BigInt(digits)) + 1n, max: 10n ** BigInt(digits) - 1n }),
          places: fc.constant(Math.min(places, DIGITS)),
          scale: fc.integer({ min: Math.min(places, DIGITS), max: maxScale }),
        }),
      )
      .filter(({ units, places }) => units.toString().replace('-', '').length - places <= EXPONENT);
    const ratios = fc.array(
      fc.oneof(
        fc.nat({ max: 1_000_000 }),
        fc.bigInt({ min: 0n, max: 10n ** 39n }).map(String),
        fc.bigInt({ min: 0n, max: 10n ** 20n }).map((n) => unitsToText(n, 40)),
      ),
      { minLength: 1, maxLength: 8 },
    );

    it('parts sum exactly to the whole for every amount up to the limit (or LIMIT_EXCEEDED)', () => {
      fc.assert(
        fc.property(amountAndScale, ratios, ({ units, places, scale }, weights) => {
          fc.pre(weights.some((ratio) => !new Decimal(ratio).isZero()));
          const amount = money(unitsToText(units, places), 'XOF');
          const atScale = units * 10n ** BigInt(scale - places);
          const fits = (atScale < 0n ? -atScale : atScale) < 10n ** BigInt(DIGITS);
          if (!fits) {
            expect(limit(() => allocate(amount, weights, { scale }))).toMatchObject({
              code: 'LIMIT_EXCEEDED',
            });
            return;
          }
          let total = 0n;
          for (const part of allocate(amount, weights, { scale })) {
            const scaled = part.amount.times(new Decimal(10).pow(scale));
            expect(scaled.isInteger()).toBe(true);
            total += BigInt(scaled.toFixed(0));
            expect(toDecimal(toMoneyJson(part).amount).eq(part.amount)).toBe(true);
          }
          expect(total).toBe(atScale);
        }),
        { numRuns: 300 },
      );
    });
  });
});
