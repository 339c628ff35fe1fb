import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoOfDayNumber } from '../../../../src/_lib/civil';
import { Decimal } from '../../../../src/money';
import { safeUnitsOf } from '../../../../src/money/_lib/scaled/unitsToDecimal';
import {
  type AgingLine,
  ageReceivables,
  CreditPolicy,
  type ExposureIndex,
  type OpenItem,
} from '../../../../src/risk';
import { compareFindings } from '../../../../src/risk/_lib/findings/makeFinding';

const AS_OF = '2026-06-30';
const TODAY = dayNumberOf(AS_OF) as number;
const EDGES = [30, 60, 90, 120];

/** An index of the given open items and credit sales, built directly (as the benchmark does). */
function indexOf(
  items: { customer: number; manager: number; days: number; open: Decimal; invoice: number }[],
  sales: { customer: number; manager: number; days: number; amount: Decimal }[],
): ExposureIndex {
  const openItems: OpenItem[] = items.map((item) => {
    const dueDate = isoOfDayNumber(TODAY - item.days);
    return {
      invoiceId: `I-${item.invoice}`,
      customerId: `C-${item.customer}`,
      managerId: `M-${item.manager}`,
      issueDate: dueDate,
      dueDate,
      open: item.open,
      openUnits: safeUnitsOf(item.open, 2),
    };
  });
  return {
    asOf: AS_OF,
    baseCurrency: 'USD',
    policy: CreditPolicy.parse({
      effectiveFrom: '2026-01-01',
      warnAtPercent: '80',
      blockAtPercent: '100',
    }),
    horizonEnd: undefined,
    customers: new Map(),
    orders: new Map(),
    openItems,
    creditSales: sales.map((sale) => ({
      customerId: `C-${sale.customer}`,
      managerId: `M-${sale.manager}`,
      date: isoOfDayNumber(TODAY - sale.days),
      amount: sale.amount,
      amountUnits: safeUnitsOf(sale.amount, 2),
    })),
    rates: new Map(),
    fx: undefined,
  };
}

const text = (d: Decimal) => (d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed());
const ratio = (part: Decimal, whole: Decimal, times: number) =>
  whole.isZero()
    ? null
    : part.times(times).div(whole).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** The simple reference: every line summed with decimals, item by item. */
function referenceLine(
  id: string,
  index: ExposureIndex,
  keep: (item: { customerId: string; managerId: string }) => boolean,
): AgingLine {
  const buckets = Array.from({ length: EDGES.length + 2 }, () => new Decimal(0));
  let open = new Decimal(0);
  let overdue = new Decimal(0);
  let sales = new Decimal(0);
  let oldest: OpenItem | undefined;
  for (const item of index.openItems.filter(keep)) {
    const days = TODAY - (dayNumberOf(item.dueDate) as number);
    const edge = EDGES.findIndex((e) => days <= e);
    const bucket = days <= 0 ? 0 : edge < 0 ? EDGES.length + 1 : edge + 1;
    buckets[bucket] = (buckets[bucket] as Decimal).plus(item.open);
    open = open.plus(item.open);
    if (days > 0) overdue = overdue.plus(item.open);
    if (
      oldest === undefined ||
      item.dueDate < oldest.dueDate ||
      (item.dueDate === oldest.dueDate && item.invoiceId < oldest.invoiceId)
    )
      oldest = item;
  }
  for (const sale of index.creditSales.filter(keep))
    if (TODAY - (dayNumberOf(sale.date) as number) < 365) sales = sales.plus(sale.amount);
  const labels = ['current', '1-30', '31-60', '61-90', '91-120', '121+'];
  return {
    id,
    open: text(open),
    current: text(buckets[0] as Decimal),
    overdue: text(overdue),
    overdueSharePercent: ratio(overdue, open, 100),
    buckets: buckets.map((amount, i) => ({
      label: labels[i] as string,
      fromDays: i === 0 ? null : ([1, 31, 61, 91, 121][i - 1] as number),
      toDays: i === 0 ? 0 : i <= EDGES.length ? (EDGES[i - 1] as number) : null,
      amount: text(amount),
    })),
    oldest:
      oldest === undefined
        ? null
        : {
            invoiceId: oldest.invoiceId,
            customerId: oldest.customerId,
            dueDate: oldest.dueDate,
            daysPastDue: TODAY - (dayNumberOf(oldest.dueDate) as number),
            open: text(oldest.open),
          },
    creditSales: text(sales),
    dso: ratio(open, sales, 365),
    bestPossibleDso: ratio(buckets[0] as Decimal, sales, 365),
  };
}

// Amounts: mostly whole cents (the integer path), some finer than a cent, some near 2^53 cents
// (the decimal fallbacks), some negative.
const amount = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.integer({ min: 1, max: 10_000_000 }).map((c) => new Decimal(c).div(100)),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 1_000_000 }).map((m) => new Decimal(m).div(1000)),
  },
  {
    weight: 1,
    arbitrary: fc
      .bigInt({ min: 2n ** 52n, max: 2n ** 53n })
      .map((c) => new Decimal(c.toString()).div(100)),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: -500_000, max: -1 }).map((c) => new Decimal(c).div(100)),
  },
);

describe('aging: the typed-array tally against a simple decimal reference', () => {
  it('rounds an exact half of the last place up on the integer path', () => {
    // Overdue 0.01 of 8.00 open is 0.125 % exactly; 1 cent open over 800 cents of credit
    // sales × 365 days is 0.45625 days.
    const index = indexOf(
      [
        { customer: 1, manager: 1, days: -5, open: new Decimal('7.99'), invoice: 1 },
        { customer: 1, manager: 1, days: 10, open: new Decimal('0.01'), invoice: 2 },
        { customer: 2, manager: 1, days: 10, open: new Decimal('0.01'), invoice: 3 },
      ],
      [{ customer: 2, manager: 1, days: 5, amount: new Decimal('8.00') }],
    );
    const report = ageReceivables(index, { effectiveFrom: '2026-01-01' });
    expect(report.customers.map((line) => [line.overdueSharePercent, line.dso])).toEqual([
      ['0.13', null],
      ['100.00', '0.46'],
    ]);
  });

  it('gives the same lines for customers, managers and the total', { timeout: 20_000 }, () => {
    const item = fc.record({
      customer: fc.integer({ min: 0, max: 5 }),
      manager: fc.integer({ min: 0, max: 2 }),
      days: fc.integer({ min: -40, max: 400 }),
      open: amount,
      invoice: fc.integer({ min: 0, max: 30 }),
    });
    const sale = fc.record({
      customer: fc.integer({ min: 0, max: 7 }),
      manager: fc.integer({ min: 0, max: 3 }),
      days: fc.integer({ min: 0, max: 400 }),
      amount,
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 30 }),
        fc.array(sale, { maxLength: 20 }),
        (items, sales) => {
          const index = indexOf(items, sales);
          const report = ageReceivables(index, { effectiveFrom: '2026-01-01' });
          expect(report.total).toEqual(referenceLine('total', index, () => true));
          const customers = [...new Set(index.openItems.map((i) => i.customerId))].sort();
          expect(report.customers).toEqual(
            customers.map((id) => referenceLine(id, index, (i) => i.customerId === id)),
          );
          const managers = [...new Set(index.openItems.map((i) => i.managerId))].sort();
          expect(report.managers).toEqual(
            managers.map((id) => referenceLine(id, index, (i) => i.managerId === id)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
  it('gives the same lines when the sales follow the open items, as in a built index', () => {
    // buildExposureIndex lists an invoice's sale and its open item in the same order; the
    // tally takes a sale's slots from the next item with the same ids, else looks them up.
    const item = fc.record({
      customer: fc.integer({ min: 0, max: 5 }),
      manager: fc.integer({ min: 0, max: 2 }),
      days: fc.integer({ min: -40, max: 400 }),
      open: amount,
      invoice: fc.integer({ min: 0, max: 30 }),
    });
    const extra = fc.record({
      customer: fc.integer({ min: 0, max: 7 }),
      manager: fc.integer({ min: 0, max: 3 }),
      days: fc.integer({ min: 0, max: 400 }),
      amount,
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(item, fc.option(extra), fc.integer({ min: 0, max: 400 })), {
          maxLength: 30,
        }),
        (rows) => {
          const items = rows.map(([open]) => open);
          const sales = rows.flatMap(([open, settled, issued]) => [
            ...(settled === null ? [] : [settled]),
            { customer: open.customer, manager: open.manager, days: issued, amount: open.open },
          ]);
          const index = indexOf(items, sales);
          const report = ageReceivables(index, { effectiveFrom: '2026-01-01' });
          expect(report.total).toEqual(referenceLine('total', index, () => true));
          const customers = [...new Set(index.openItems.map((i) => i.customerId))].sort();
          expect(report.customers).toEqual(
            customers.map((id) => referenceLine(id, index, (i) => i.customerId === id)),
          );
          const managers = [...new Set(index.openItems.map((i) => i.managerId))].sort();
          expect(report.managers).toEqual(
            managers.map((id) => referenceLine(id, index, (i) => i.managerId === id)),
          );
          // Taken in line order, blocks first: the order compareFindings gives.
          expect(report.findings).toEqual([...report.findings].sort(compareFindings));
          expect(report.findings.map((f) => f.subject.id).sort()).toEqual(
            report.customers
              .filter((line) => line.oldest !== null && line.oldest.daysPastDue > 30)
              .map((line) => line.id),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
