import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerOf, ledgerToJson, parseLedgerJson, summarise } from '../../../src/grading/summary';
import { thrown, transactionsArb } from '../_support';

const day = (
  date: string,
  purchases: string,
  purchaseCount: number,
  returns = '0',
  returnCount = 0,
) => ({
  date,
  purchases,
  purchaseCount,
  returns,
  returnCount,
});

describe('ledgerToJson / parseLedgerJson', () => {
  it('reads the rows a database returns for GROUP BY customer_id, date', () => {
    const ledger = parseLedgerJson({
      kind: 'purchase-ledger',
      currency: 'CNY',
      customers: [
        { customerId: 'B', days: [day('2026-01-05', '10.5', 1)] },
        {
          customerId: 'A',
          days: [day('2026-01-01', '100', 2), day('2026-01-09', '0', 0, '-20', 1)],
        },
      ],
    });
    expect(ledger.customerIds).toEqual(['A', 'B']);
    const [a] = summarise(ledger, { end: '2026-01-31', convention: 'rfm' }).summaries;
    expect([a?.purchases, a?.transactions, a?.totalValue.amount.toFixed(2)]).toEqual([
      1,
      3,
      '80.00',
    ]);
  });

  const bad: Array<[string, unknown, string, Array<string | number>]> = [
    [
      'days out of order',
      [day('2026-01-09', '1', 1), day('2026-01-01', '1', 1)],
      'INVALID_INPUT',
      ['customers', 0, 'days', 1, 'date'],
    ],
    [
      'a day twice',
      [day('2026-01-01', '1', 1), day('2026-01-01', '1', 1)],
      'INVALID_INPUT',
      ['customers', 0, 'days', 1, 'date'],
    ],
    [
      'negative purchases',
      [day('2026-01-01', '-1', 1)],
      'INVALID_INPUT',
      ['customers', 0, 'days', 0, 'purchases'],
    ],
    [
      'positive returns',
      [day('2026-01-01', '0', 0, '5', 1)],
      'INVALID_INPUT',
      ['customers', 0, 'days', 0, 'returns'],
    ],
    [
      'an empty day',
      [day('2026-01-01', '0', 0)],
      'INVALID_INPUT',
      ['customers', 0, 'days', 0, 'purchaseCount'],
    ],
    [
      'a float amount',
      [{ ...day('2026-01-01', '1', 1), purchases: 1.5 }],
      'INVALID_AMOUNT',
      ['customers', 0, 'days', 0, 'purchases'],
    ],
    [
      'a bad date',
      [day('2026-02-30', '1', 1)],
      'INVALID_DATE',
      ['customers', 0, 'days', 0, 'date'],
    ],
  ];
  it.each(bad)('refuses %s', (_, days, code, path) => {
    const error = thrown(() =>
      parseLedgerJson({
        kind: 'purchase-ledger',
        currency: 'USD',
        customers: [{ customerId: 'A', days }],
      }),
    );
    expect([error.code, error.path]).toEqual([code, path]);
  });

  it('refuses a customer twice', () => {
    const customer = { customerId: 'A', days: [day('2026-01-01', '1', 1)] };
    const error = thrown(() =>
      parseLedgerJson({
        kind: 'purchase-ledger',
        currency: 'USD',
        customers: [customer, customer],
      }),
    );
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['customers', 1, 'customerId']]);
  });

  describe('properties', () => {
    it('round-trips: parse(toJson(ledger)) is the same ledger', () => {
      fc.assert(
        fc.property(transactionsArb(), (txs) => {
          const ledger = ledgerOf(txs, { currency: 'USD' });
          const back = parseLedgerJson(JSON.parse(JSON.stringify(ledgerToJson(ledger))));
          expect(ledgerToJson(back)).toEqual(ledgerToJson(ledger));
          expect(back.scale).toBe(ledger.scale);
        }),
      );
    });
  });
});
