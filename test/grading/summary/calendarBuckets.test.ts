import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerOf, summarise, summariseTransactions } from '../../../src/grading/summary';

const usd = { currency: 'USD' } as const;
const tx = (customerId: string, date: string, amount: string) => ({ customerId, date, amount });

// Worked example, computed by hand with the documented semantics of lifetimes'
// `summary_data_from_transaction_data(..., freq="W" | "M")` (lifetimes/utils.py,
// CamDavidsonPilon/lifetimes): each date becomes its period (`to_period(freq).to_timestamp()`,
// pandas' "W" = weeks ending Sunday, i.e. Monday–Sunday), the observation end likewise; the
// purchases of one period are one purchase (amounts summed); frequency = periods − 1; recency and
// T = whole periods from the first period to the last period / the end's period. (For "M"
// lifetimes divides by numpy's mean month, 30.436875 days, giving fractions; we count whole
// calendar months, as the periods themselves are counted.)
const book = [
  // C-1: Thu 1 Jan + Sun 4 Jan 2026 share the ISO week of Mon 29 Dec 2025 (10 + 20 = 30);
  // Mon 5 Jan (30) the next week; Tue 20 Jan (40) the week of Mon 19 Jan.
  tx('C-1', '2026-01-01', '10'),
  tx('C-1', '2026-01-04', '20'),
  tx('C-1', '2026-01-05', '30'),
  tx('C-1', '2026-01-20', '40'),
  // C-2: Sun 30 Nov 2025 (week of Mon 24 Nov; November), Mon 1 Dec (week of 1 Dec; December),
  // Wed 31 Dec (week of 29 Dec; December), Sat 31 Jan 2026 (week of 26 Jan; January).
  tx('C-2', '2025-11-30', '5'),
  tx('C-2', '2025-12-01', '7'),
  tx('C-2', '2025-12-31', '8'),
  tx('C-2', '2026-01-31', '9'),
];
const end = '2026-01-31'; // a Saturday: its ISO week starts Mon 26 Jan 2026

function fields(unit: 'iso-weeks' | 'calendar-months' | 'weeks', convention?: 'rfm') {
  return summariseTransactions(book, { ...usd, end, unit, convention }).summaries.map((s) => [
    s.customerId,
    s.frequency,
    s.recency,
    s.T,
    s.monetaryValue,
  ]);
}

describe('calendar buckets (iso-weeks, calendar-months)', () => {
  it('ISO weeks: one purchase per Monday–Sunday week, durations in whole weeks', () => {
    // C-1: weeks 29 Dec, 5 Jan, 19 Jan; end week 26 Jan → frequency 2, recency 3, T 4,
    //      monetary mean(30, 40) = 35.
    // C-2: weeks 24 Nov, 1 Dec, 29 Dec, 26 Jan (indices 0, 1, 5, 9); end week 26 Jan →
    //      frequency 3, recency 9, T 9, monetary mean(7, 8, 9) = 8.
    expect(fields('iso-weeks')).toEqual([
      ['C-1', 2, 3, 4, 35],
      ['C-2', 3, 9, 9, 8],
    ]);
  });

  it('calendar months: one purchase per month, durations in whole months', () => {
    // C-1: all in January → frequency 0, recency 0, T 0.
    // C-2: Nov (5), Dec (7 + 8 = 15), Jan (9) → frequency 2, recency 2, T 2, mean(15, 9) = 12.
    expect(fields('calendar-months')).toEqual([
      ['C-1', 0, 0, 0, 0],
      ['C-2', 2, 2, 2, 12],
    ]);
  });

  it('differs from fixed 7-day weeks, which keep day fractions', () => {
    // C-1 as fixed weeks: 4 purchase days, recency 19/7, T 30/7.
    expect(fields('weeks')[0]).toEqual(['C-1', 3, 19 / 7, 30 / 7, 30]);
  });

  it('RFM recency is whole buckets from the last purchase bucket to the end bucket', () => {
    // C-1 RFM: 3 purchase weeks, last week 19 Jan, end week 26 Jan → recency 1.
    expect(fields('iso-weeks', 'rfm')[0]?.slice(0, 3)).toEqual(['C-1', 3, 1]);
  });

  it('keeps the actual first and last purchase days and the day tenure', () => {
    const [c1] = summariseTransactions(book, { ...usd, end, unit: 'iso-weeks' }).summaries;
    expect(c1).toMatchObject({
      firstPurchase: '2026-01-01',
      lastPurchase: '2026-01-20',
      purchases: 3,
      transactions: 4,
      tenureDays: 30,
    });
  });

  it('nets returns within a bucket by the same-day rule', () => {
    const result = summariseTransactions(
      [
        tx('A', '2026-01-05', '50'),
        tx('A', '2026-01-12', '40'), // Mon
        tx('A', '2026-01-16', '-40'), // Fri, same week: the week nets to 0 with a return
        tx('A', '2026-01-20', '25'),
      ],
      { ...usd, end: '2026-01-25', unit: 'iso-weeks', periodStart: '2026-01-14' },
    );
    expect(result.summaries[0]).toMatchObject({
      purchases: 2,
      frequency: 1,
      recency: 2,
      T: 2,
      monetaryValue: 25,
      // From 14 Jan: the week of 12 Jan holds only the return (no purchase), the week of 19 Jan 25.
      periodPurchases: 1,
    });
    expect(result.summaries[0]?.periodValue?.amount.toString()).toBe('-15');
  });

  it('refuses mergeSameDay: false with a calendar unit (buckets always merge)', () => {
    expect(() =>
      summarise(ledgerOf(book, usd), { end, unit: 'iso-weeks', mergeSameDay: false }),
    ).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['options', 'mergeSameDay'] }),
    );
  });
});

/** Independent of the library: the Monday of a date's ISO week, via JavaScript's UTC calendar. */
function mondayOf(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return ms / 86_400_000 - weekday;
}

describe('properties', () => {
  const dayArb = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const historyArb = fc.array(dayArb, { minLength: 1, maxLength: 12 });

  it('ISO-week buckets never merge two purchases of different weeks, nor split one week', () => {
    fc.assert(
      fc.property(historyArb, (dates) => {
        const sorted = [...dates].sort();
        const last = sorted[sorted.length - 1] as string;
        const [s] = summariseTransactions(
          dates.map((date) => tx('A', date, '1')),
          { ...usd, end: last, unit: 'iso-weeks' },
        ).summaries;
        const mondays = [...new Set(sorted.map(mondayOf))].sort((a, b) => a - b);
        const first = mondays[0] as number;
        const lastMonday = mondays[mondays.length - 1] as number;
        expect(s?.purchases).toBe(mondays.length);
        expect(s?.frequency).toBe(mondays.length - 1);
        expect(s?.recency).toBe((lastMonday - first) / 7);
        expect(s?.T).toBe((mondayOf(last) - first) / 7);
      }),
      { numRuns: 60 },
    );
  });

  it('calendar-month buckets are the distinct year-months', () => {
    fc.assert(
      fc.property(historyArb, (dates) => {
        const sorted = [...dates].sort();
        const [s] = summariseTransactions(
          dates.map((date) => tx('A', date, '1')),
          { ...usd, end: sorted[sorted.length - 1] as string, unit: 'calendar-months' },
        ).summaries;
        const months = [...new Set(sorted.map((d) => d.slice(0, 7)))].sort();
        const index = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
        expect(s?.purchases).toBe(months.length);
        expect(s?.recency).toBe(
          index(months[months.length - 1] as string) - index(months[0] as string),
        );
      }),
      { numRuns: 60 },
    );
  });
});
