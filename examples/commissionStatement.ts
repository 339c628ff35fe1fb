/**
 * A month of commission for an export sales team: a plan stored as JSON, a few invoices in two
 * currencies, one deal split between two account managers, a manager override — and statements
 * that show every step, in English and Chinese.
 */

import { formatMoney, type Locale, money, renderTrace } from 'crm-rules';
import {
  type CommissionPlanInput,
  commissionCatalog,
  computeStatements,
  isZeroRateLine,
} from 'crm-rules/commission';

/** The plan, as a CRM would store it: versioned by date, validated on the way in. */
export const plan: CommissionPlanInput = {
  id: 'export-am',
  version: 1,
  name: 'Export account managers 2026',
  effectiveFrom: '2026-01-01',
  currency: 'USD',
  periodGrain: 'month',
  fx: { policy: 'document-date' },
  crediting: {
    base: 'invoiced',
    rollUp: { levels: 1, overrideRates: [{ level: 1, rate: '0.01' }] },
  },
  components: [
    {
      id: 'product',
      name: 'Product commission',
      calculation: {
        kind: 'rate-table',
        rows: [
          {
            id: 'pumps',
            when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
            rate: { kind: 'rate', value: '0.05' },
          },
          {
            id: 'valves',
            when: { fact: 'product.category', operator: 'eq', value: 'VALVES' },
            rate: { kind: 'rate', value: '0.03' },
          },
          {
            id: 'pumps-new-customer',
            when: {
              all: [
                { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
                { fact: 'customer.isNew', operator: 'eq', value: true },
              ],
            },
            rate: { kind: 'rate', value: '0.07' },
          },
        ],
        noMatch: {
          kind: 'rate',
          rate: { kind: 'none' },
          reason: 'spare parts and services carry no commission',
        },
      },
      modifiers: [{ kind: 'cap', per: 'period', amount: { amount: '20000', currency: 'USD' } }],
    },
    {
      id: 'volume',
      name: 'Volume bonus',
      calculation: {
        kind: 'tiers',
        mode: 'marginal',
        measure: 'period-to-date',
        tiers: [
          { from: '0', to: '50000', rate: '0' },
          { from: '50000', to: '150000', rate: '0.01' },
          { from: '150000', to: null, rate: '0.02' },
        ],
      },
    },
  ],
};

const invoice = (
  id: string,
  customerId: string,
  ownerId: string,
  issueDate: string,
  currency: string,
  lines: Array<[string, string]>,
) => ({
  id,
  orderId: id.replace('INV', 'SO'),
  customerId,
  ownerId,
  issueDate,
  dueDate: issueDate,
  currency,
  total: lines.reduce((sum, [, amount]) => sum.plus(amount), money('0', currency).amount).toFixed(),
  lines: lines.map(([categoryId, amount], i) => ({
    lineId: String(i + 1),
    categoryId,
    productId: `${categoryId}-STD`,
    amount,
  })),
});

/** How {@link commissionExample} renders the statements. */
export interface RenderStatementOptions {
  /**
   * Leave out the lines that pay nothing by the plan's own terms: commission-free items (a
   * `none` rate, such as spare parts) and 0 % lines (a 0 % rate, or tier slices all at 0 %, such
   * as volume below the first paying tier). A line that pays nothing for another reason (a cap,
   * a clawback netting to zero) is kept. Default `false`: every line is shown.
   */
  readonly omitZeroRateLines?: boolean;
}

export function commissionExample(
  locale: Locale = 'en',
  options: RenderStatementOptions = {},
): string[] {
  const statements = computeStatements({
    period: '2026-07',
    plans: [plan],
    assignments: [
      { payeeId: 'AM-LI', planId: 'export-am', effectiveFrom: '2026-01-01', currency: 'CNY' },
      { payeeId: 'AM-ANNA', planId: 'export-am', effectiveFrom: '2026-01-01', currency: 'EUR' },
      { payeeId: 'MGR-ZHANG', planId: 'export-am', effectiveFrom: '2026-01-01', currency: 'CNY' },
    ],
    payees: [
      {
        id: 'AM-LI',
        name: 'Li Wei',
        teamId: 'EXPORT',
        managerId: 'MGR-ZHANG',
        hireDate: '2021-03-01',
        payCurrency: 'CNY',
      },
      {
        id: 'AM-ANNA',
        name: 'Anna Schmidt',
        teamId: 'EXPORT',
        managerId: 'MGR-ZHANG',
        hireDate: '2024-09-01',
        payCurrency: 'EUR',
      },
      {
        id: 'MGR-ZHANG',
        name: 'Zhang Min',
        teamId: 'EXPORT',
        hireDate: '2015-05-01',
        payCurrency: 'CNY',
      },
    ],
    customers: [
      {
        id: 'DE-MH',
        name: 'Müller Handel GmbH',
        country: 'DE',
        ownerId: 'AM-ANNA',
        firstDealDate: '2026-03-02',
      },
      {
        id: 'US-AO',
        name: 'Austin Outfitters',
        country: 'US',
        ownerId: 'AM-LI',
        firstDealDate: '2019-06-11',
      },
    ],
    invoices: [
      invoice('INV-2607-01', 'US-AO', 'AM-LI', '2026-07-03', 'USD', [
        ['PUMPS', '60000.00'],
        ['SPARES', '2500.00'],
      ]),
      invoice('INV-2607-02', 'DE-MH', 'AM-ANNA', '2026-07-14', 'EUR', [['PUMPS', '40000.00']]),
      invoice('INV-2607-03', 'US-AO', 'AM-LI', '2026-07-21', 'USD', [['VALVES', '80000.00']]),
    ],
    // The German deal was won together: 60 % Anna, 40 % Li.
    splits: [
      {
        orderId: 'SO-2607-02',
        splits: [
          { payeeId: 'AM-ANNA', percent: '60' },
          { payeeId: 'AM-LI', percent: '40' },
        ],
      },
    ],
    fxRates: [
      {
        base: 'EUR',
        quote: 'USD',
        rate: '1.0850',
        date: '2026-07-14',
        source: 'ECB reference rate',
      },
      {
        base: 'USD',
        quote: 'CNY',
        rate: '7.1405',
        date: '2026-07-01',
        source: 'PBOC central parity',
      },
      {
        base: 'USD',
        quote: 'CNY',
        rate: '7.1520',
        date: '2026-07-21',
        source: 'PBOC central parity',
      },
      {
        base: 'EUR',
        quote: 'USD',
        rate: '1.0790',
        date: '2026-07-01',
        source: 'ECB reference rate',
      },
    ],
  });
  const out: string[] = [];
  for (const statement of statements) {
    const payable = formatMoney(money(statement.totals.payable, statement.currency));
    const label = locale === 'en' ? 'payable' : '应付';
    out.push(`${statement.payeeId} — ${statement.period}: ${label} ${payable}`);
    for (const line of statement.lines) {
      if (options.omitZeroRateLines && isZeroRateLine(line)) continue;
      out.push(`  · ${formatMoney(money(line.amount, statement.currency))}`);
      for (const text of renderTrace(line.trace, {
        locale,
        catalog: commissionCatalog,
        indent: '  ',
      }))
        out.push(`      ${text}`);
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(commissionExample(process.argv[2] === 'zh-CN' ? 'zh-CN' : 'en').join('\n'));
}
