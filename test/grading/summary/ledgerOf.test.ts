import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../../src/errors';
import { ledgerOf, ledgerOfAsync, ledgerToJson, Transaction } from '../../../src/grading/summary';
import { money } from '../../../src/money';
import { rejected, thrown, transactionsArb } from '../_support';

describe('ledgerOf', () => {
  it('keeps one slot per customer and day: purchases and returns summed apart, with counts', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'B', date: '2026-01-07', amount: '5' },
        { customerId: 'A', date: '2026-01-05', amount: '120.00' },
        { customerId: 'A', date: '2026-01-05', amount: '30.5' },
        { customerId: 'A', date: '2026-01-05', amount: '-20.25' },
        { customerId: 'A', date: '2026-01-02', amount: 7 },
        { customerId: 'B', date: '2026-01-07', amount: money('0.01', 'USD') },
        {
          customerId: 'B',
          date: '2026-01-08',
          amount: { amount: '-3', currency: 'USD' },
          currency: 'USD',
        },
      ],
      { currency: 'USD' },
    );
    expect(ledgerToJson(ledger)).toEqual({
      kind: 'purchase-ledger',
      currency: 'USD',
      customers: [
        {
          customerId: 'A',
          days: [
            {
              date: '2026-01-02',
              purchases: '7.00',
              purchaseCount: 1,
              returns: '0.00',
              returnCount: 0,
            },
            {
              date: '2026-01-05',
              purchases: '150.50',
              purchaseCount: 2,
              returns: '-20.25',
              returnCount: 1,
            },
          ],
        },
        {
          customerId: 'B',
          days: [
            {
              date: '2026-01-07',
              purchases: '5.01',
              purchaseCount: 2,
              returns: '0.00',
              returnCount: 0,
            },
            {
              date: '2026-01-08',
              purchases: '0.00',
              purchaseCount: 0,
              returns: '-3.00',
              returnCount: 1,
            },
          ],
        },
      ],
    });
  });

  it('keeps amounts finer than the minor unit exactly, and sums beyond 2^53 units', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'A', date: '2026-01-01', amount: '0.1' },
        { customerId: 'A', date: '2026-01-01', amount: '0.005' },
        { customerId: 'A', date: '2026-01-02', amount: '90071992547409.91' },
        { customerId: 'A', date: '2026-01-02', amount: '90071992547409.91' },
      ],
      { currency: 'USD' },
    );
    expect(ledger.scale).toBe(3);
    expect(ledgerToJson(ledger).customers[0]?.days.map((day) => day.purchases)).toEqual([
      '0.105',
      '180143985094819.820',
    ]);
  });

  it('reads async iterables', async () => {
    async function* rows() {
      yield { customerId: 'A', date: '2026-01-01', amount: '1' };
      yield { customerId: 'A', date: '2026-01-01', amount: '2' };
    }
    const ledger = await ledgerOfAsync(rows(), { currency: 'CNY' });
    expect(ledgerToJson(ledger).customers[0]?.days[0]?.purchases).toBe('3.00');
  });

  describe('bad input → coded errors with the path and value', () => {
    const base = { customerId: 'A', date: '2026-01-01', amount: '1' };
    const cases: Array<[string, unknown, string, Array<string | number>, unknown]> = [
      ['a float amount', { ...base, amount: 12.5 }, 'INVALID_AMOUNT', [1, 'amount'], 12.5],
      ['NaN', { ...base, amount: Number.NaN }, 'INVALID_AMOUNT', [1, 'amount'], Number.NaN],
      ['a malformed amount', { ...base, amount: '1e3' }, 'INVALID_AMOUNT', [1, 'amount'], '1e3'],
      ['a trailing dot', { ...base, amount: '12.' }, 'INVALID_AMOUNT', [1, 'amount'], '12.'],
      ['no date', { customerId: 'A', amount: '1' }, 'INVALID_INPUT', [1, 'date'], undefined],
      [
        'no amount',
        { customerId: 'A', date: '2026-01-01' },
        'INVALID_AMOUNT',
        [1, 'amount'],
        undefined,
      ],
      [
        'money JSON with a float',
        { ...base, amount: { amount: 1.5, currency: 'USD' } },
        'INVALID_AMOUNT',
        [1, 'amount', 'amount'],
        1.5,
      ],
      [
        'money JSON in no currency',
        { ...base, amount: { amount: '1', currency: 'XYZ' } },
        'UNKNOWN_CURRENCY',
        [1, 'amount', 'currency'],
        'XYZ',
      ],
      [
        'money in another currency',
        { ...base, amount: money('1', 'EUR') },
        'CURRENCY_MISMATCH',
        [1, 'amount', 'currency'],
        'EUR',
      ],
      [
        'a malformed date',
        { ...base, date: '2026-02-30' },
        'INVALID_DATE',
        [1, 'date'],
        '2026-02-30',
      ],
      [
        'a date with a time',
        { ...base, date: '2026-01-01T10:00:00Z' },
        'INVALID_DATE',
        [1, 'date'],
        '2026-01-01T10:00:00Z',
      ],
      ['a Date object', { ...base, date: new Date(0) }, 'INVALID_INPUT', [1, 'date'], new Date(0)],
      ['an empty id', { ...base, customerId: '' }, 'INVALID_INPUT', [1, 'customerId'], ''],
      ['a numeric id', { ...base, customerId: 42 }, 'INVALID_INPUT', [1, 'customerId'], 42],
      [
        'a prototype id',
        { ...base, customerId: '__proto__' },
        'UNSAFE_KEY',
        [1, 'customerId'],
        '__proto__',
      ],
      [
        'an unknown currency',
        { ...base, currency: 'usd' },
        'UNKNOWN_CURRENCY',
        [1, 'currency'],
        'usd',
      ],
      [
        'another currency',
        { ...base, currency: 'EUR' },
        'CURRENCY_MISMATCH',
        [1, 'currency'],
        'EUR',
      ],
      ['not an object', 'A,2026-01-01,1', 'INVALID_INPUT', [1], 'A,2026-01-01,1'],
    ];
    it.each(cases)('%s', (_, bad, code, path, value) => {
      const error = thrown(() => ledgerOf([base, bad], { currency: 'USD' }));
      expect(error.code).toBe(code);
      expect(error.path).toEqual(path);
      expect(error.value).toEqual(value);
    });

    it('an unknown ledger currency', () => {
      const error = thrown(() => ledgerOf([], { currency: 'ABC' }));
      expect([error.code, error.path, error.value]).toEqual([
        'UNKNOWN_CURRENCY',
        ['options', 'currency'],
        'ABC',
      ]);
    });

    it('rejects from the async reader too', async () => {
      async function* rows() {
        yield base;
        yield { ...base, amount: 0.1 };
      }
      const error = await rejected(() => ledgerOfAsync(rows(), { currency: 'USD' }));
      expect([error.code, error.path]).toEqual(['INVALID_AMOUNT', [1, 'amount']]);
    });
  });

  describe('properties', () => {
    const anything = fc.oneof(
      fc.constantFrom(
        undefined,
        null,
        '',
        '__proto__',
        'A',
        '1.5',
        '-0',
        '+2',
        '1e5',
        '12.',
        '.5',
        '2026-01-01',
        '2026-13-01',
        'USD',
        'EUR',
        'xyz',
        12.5,
        7,
        Number.NaN,
        10n,
      ),
      fc.constant({ amount: '1', currency: 'USD' }),
      fc.constant({ amount: 1, currency: 'USD' }),
      fc.constant({ amount: '1', currency: 'EUR' }),
      fc.constant(money('2.5', 'USD')),
    );
    const row = fc.record(
      { customerId: anything, date: anything, amount: anything, currency: anything },
      { requiredKeys: [] },
    );

    it('validates each transaction as the Transaction schema does (same code and path)', () => {
      fc.assert(
        fc.property(row, (raw) => {
          const schema = safeParseWith(Transaction, raw);
          let error: { code?: unknown; path?: unknown } | undefined;
          try {
            ledgerOf([raw], { currency: 'USD' });
          } catch (caught) {
            error = caught as { code?: unknown; path?: unknown };
          }
          const ledgerOnly =
            // the ledger also checks the currency against its own, which the schema cannot know
            error?.code === 'CURRENCY_MISMATCH';
          if (schema.success) expect(error === undefined || ledgerOnly).toBe(true);
          else if (!ledgerOnly) {
            expect(error?.code).toBe(schema.error.code);
            expect(error?.path).toEqual([0, ...schema.error.path]);
          }
        }),
      );
    });

    it('the ledger does not depend on the order of the transactions', () => {
      fc.assert(
        fc.property(
          transactionsArb().chain((txs) =>
            fc.tuple(fc.constant(txs), fc.shuffledSubarray(txs, { minLength: txs.length })),
          ),
          ([txs, shuffled]) => {
            expect(ledgerToJson(ledgerOf(shuffled, { currency: 'USD' }))).toEqual(
              ledgerToJson(ledgerOf(txs, { currency: 'USD' })),
            );
          },
        ),
      );
    });
  });
});
