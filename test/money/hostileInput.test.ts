import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import * as moneyModule from '../../src/money';
import { createFxTable, Decimal, type Money, money } from '../../src/money';
import { BYPASSING_VALUES } from '../_support/hostile';

const handMade = (amount: string) => ({ amount: new Decimal(amount), currency: 'USD' }) as Money;

/**
 * Values that bypass the types: NaN, infinities, −0, huge and tiny exponents, wrong types. Built
 * per test, not when the file loads, so that mutation testing attributes the money code they run
 * to the tests that use them.
 */
const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      ...BYPASSING_VALUES,
      1,
      'Infinity',
      '-0',
      '1e3',
      '12.50',
      '0.05',
      `1${'0'.repeat(50)}`,
      `0.${'0'.repeat(50)}1`,
      '1234567890123456789012345678901234567890.55',
      'USD',
      'JPY',
      'XYZ',
      'half-even',
      10n ** 50n,
      Symbol('s'),
      [],
      [1, 2],
      ['1', 'NaN'],
      {},
      { amount: '1', currency: 'USD' },
      { scale: 1e6 },
      { scale: Number.NaN },
      { increment: '0' },
      { method: 'exact', date: '2026-06-30' },
      { path: 5 },
      () => 1,
      createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30' }]),
      new Decimal(Number.NaN),
      new Decimal(Number.POSITIVE_INFINITY),
      new Decimal('-0'),
      new Decimal('1e-9000000000000000'),
      new Decimal('1e9000000000000000'),
      money('1234.56', 'USD'),
      money('-0.01', 'USD'),
      money('99999999999999999999999999999999999999.99', 'USD'),
      money('7', 'CNY'),
      handMade('NaN'),
      handMade('1e9000000000000000'),
      handMade('1e-9000000000000000'),
      handMade('1'.repeat(5000)),
    ),
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.string({ maxLength: 8 }),
  );

/** Whether a value holds a NaN or an infinity (decimal.js keeps NaN in `s` or `e` for those). */
function poisoned(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'string') return /NaN|Infinity/.test(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  if (Decimal.isDecimal(value)) return !value.isFinite();
  return Object.values(value).some((item) => poisoned(item, seen));
}

describe('every money export, with hostile arguments, returns a finite value or a CrmRulesError', () => {
  // `Decimal` is decimal.js's own constructor (re-exported), which makes NaN on request.
  const functions = (Object.entries(moneyModule) as Array<[string, unknown]>).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] =>
      typeof entry[1] === 'function' && !('safeParse' in entry[1]) && entry[0] !== 'Decimal',
  );

  it.each(functions)(
    '%s',
    (_name, run) => {
      fc.assert(
        fc.property(fc.array(hostile(), { maxLength: 4 }), (args) => {
          let result: unknown;
          try {
            result = run(...args);
          } catch (error) {
            expect(error).toBeInstanceOf(CrmRulesError);
            return;
          }
          const failed = (result as { success?: unknown } | null)?.success === false;
          if (failed) expect((result as { error: unknown }).error).toBeInstanceOf(CrmRulesError);
          else expect(poisoned(result)).toBe(false);
        }),
        { numRuns: 200 },
      );
    },
    20_000,
  );
});
