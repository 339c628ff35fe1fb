import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ledgerOf,
  ledgerToJson,
  safeLedgerOf,
  summarise,
  summariseTransactions,
} from '../../../src/grading';
import { hasSharedData, readSharedCsv } from '../../_support/sharedData';

const code = (run: () => unknown): unknown => {
  try {
    run();
    return null;
  } catch (error) {
    const { code, path } = error as { code: string; path: unknown };
    return [code, path];
  }
};

describe('ledgerOf: dates as they come, through a stated option', () => {
  it('stays strict by default: YYYYMMDD and date-times are refused', () => {
    expect(
      code(() =>
        ledgerOf([{ customerId: 'A', date: '20260301', amount: '1' }], { currency: 'USD' }),
      ),
    ).toEqual(['INVALID_DATE', [0, 'date']]);
    expect(
      code(() =>
        ledgerOf([{ customerId: 'A', date: '2026-03-01T10:00:00Z', amount: '1' }], {
          currency: 'USD',
        }),
      ),
    ).toEqual(['INVALID_DATE', [0, 'date']]);
  });

  it('reads YYYYMMDD with dateFormat basic-date, and only that', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'A', date: '20260301', amount: '10' },
        { customerId: 'A', date: '20260315', amount: '5' },
      ],
      { currency: 'USD', dateFormat: 'basic-date' },
    );
    const iso = ledgerOf(
      [
        { customerId: 'A', date: '2026-03-01', amount: '10' },
        { customerId: 'A', date: '2026-03-15', amount: '5' },
      ],
      { currency: 'USD' },
    );
    expect(ledgerToJson(ledger)).toEqual(ledgerToJson(iso));
    for (const date of ['2026-03-01', '20260230', '2026031', 20260301])
      expect(
        code(() =>
          ledgerOf([{ customerId: 'A', date, amount: '1' }], {
            currency: 'USD',
            dateFormat: 'basic-date',
          }),
        )?.toString(),
      ).toMatch(/INVALID_(DATE|INPUT),0,date/);
  });

  it('reads ISO date-times with dateFormat iso-date-time: the day as written, never shifted to another zone', () => {
    const ledger = ledgerOf(
      [
        { customerId: 'A', date: '2026-03-01T23:30:00-05:00', amount: '10' },
        { customerId: 'A', date: '2026-03-01 08:00', amount: '5' },
        { customerId: 'A', date: '2026-03-02T00:00:00.123Z', amount: '1' },
        { customerId: 'A', date: '2026-03-03', amount: '1' },
      ],
      { currency: 'USD', dateFormat: 'iso-date-time' },
    );
    expect(ledgerToJson(ledger).customers[0]?.days.map((d) => d.date)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    for (const date of [
      '2026-03-01T24:00',
      '2026-02-30T10:00',
      '2026-03-01T10:60',
      '2026-03-01T10:00+25:00',
      '2026-03-01X10:00',
    ])
      expect(
        code(() =>
          ledgerOf([{ customerId: 'A', date, amount: '1' }], {
            currency: 'USD',
            dateFormat: 'iso-date-time',
          }),
        ),
      ).toEqual(['INVALID_DATE', [0, 'date']]);
  });

  it('refuses an unknown format at the option', () => {
    const result = safeLedgerOf([], { currency: 'USD', dateFormat: 'DD/MM/YYYY' as 'iso-date' });
    expect(result.success ? null : result.error.path).toEqual(['options', 'dateFormat']);
  });
});

describe('ledgerOf: numeric customer ids, with numericIds', () => {
  it('are refused by default', () => {
    expect(
      code(() =>
        ledgerOf([{ customerId: 7, date: '2026-03-01', amount: '1' }], { currency: 'USD' }),
      ),
    ).toEqual(['INVALID_INPUT', [0, 'customerId']]);
  });

  it('read a safe integer ≥ 0 as its decimal text, the same customer as that string, sorted as text', () => {
    const ledger = ledgerOf(
      [
        { customerId: 9, date: '2026-03-01', amount: '1' },
        { customerId: 10, date: '2026-03-01', amount: '1' },
        { customerId: '9', date: '2026-03-02', amount: '1' },
        { customerId: 0, date: '2026-03-02', amount: '1' },
        { customerId: 'B-1', date: '2026-03-02', amount: '1' },
      ],
      { currency: 'USD', numericIds: true },
    );
    expect(ledger.customerIds).toEqual(['0', '10', '9', 'B-1']);
    expect(ledger.offsets[3]! - ledger.offsets[2]!).toBe(2); // customer '9': two days
  });

  it('refuse negative, fractional and unsafe numbers at the id', () => {
    for (const customerId of [-1, 1.5, 2 ** 53, Number.NaN])
      expect(
        code(() =>
          ledgerOf([{ customerId, date: '2026-03-01', amount: '1' }], {
            currency: 'USD',
            numericIds: true,
          }),
        ),
      ).toEqual(['INVALID_INPUT', [0, 'customerId']]);
  });

  it('pass through summariseTransactions', () => {
    const result = summariseTransactions(
      [
        { customerId: 3, date: '20260301', amount: '10' },
        { customerId: 3, date: '20260308', amount: '10' },
      ],
      { currency: 'USD', end: '2026-03-31', dateFormat: 'basic-date', numericIds: true },
    );
    expect(result.summaries.map((s) => [s.customerId, s.frequency])).toEqual([['3', 1]]);
  });
});

describe.skipIf(!hasSharedData)(
  'lifetimes example_transactions.csv as it comes (shared data)',
  () => {
    it('reads its date-times and numeric ids into the summary of the same transactions written strictly', {
      timeout: 10_000,
    }, () => {
      const rows = readSharedCsv('lifetimes-extra/example_transactions.csv');
      const asItComes = rows.map((row) => ({
        customerId: Number(row.id),
        date: row.date as string,
        amount: '1',
      }));
      const strict = rows.map((row) => ({
        customerId: row.id as string,
        date: (row.date as string).slice(0, 10),
        amount: '1',
      }));
      expect(asItComes[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2} 00:00:00$/);
      const options = { end: '2014-12-31', unit: 'days' } as const;
      const a = summarise(
        ledgerOf(asItComes, { currency: 'USD', dateFormat: 'iso-date-time', numericIds: true }),
        options,
      );
      const b = summarise(ledgerOf(strict, { currency: 'USD' }), options);
      expect(a.summaries).toEqual(b.summaries);
      expect([rows.length, a.summaries.length]).toEqual([15_273, 5_000]);
    });
  },
);

describe('properties', () => {
  it('a day written as YYYYMMDD or as a date-time is the day written as YYYY-MM-DD', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2199-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const time = fc.tuple(
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('', 'Z', '+08:00', '-0530', '.5Z'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, time, fc.constantFrom('A', 'B')), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const iso = ledgerOf(
            rows.map(([date, , customerId]) => ({ customerId, date, amount: '1' })),
            { currency: 'USD' },
          );
          const basic = ledgerOf(
            rows.map(([date, , customerId]) => ({
              customerId,
              date: date.replaceAll('-', ''),
              amount: '1',
            })),
            { currency: 'USD', dateFormat: 'basic-date' },
          );
          const timed = ledgerOf(
            rows.map(([date, [h, m, zone], customerId]) => ({
              customerId,
              date: `${date}T${pad(h)}:${pad(m)}:00${zone}`,
              amount: '1',
            })),
            { currency: 'USD', dateFormat: 'iso-date-time' },
          );
          expect(ledgerToJson(basic)).toEqual(ledgerToJson(iso));
          expect(ledgerToJson(timed)).toEqual(ledgerToJson(iso));
        },
      ),
      { numRuns: 50 },
    );
  });
});
