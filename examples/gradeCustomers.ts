/**
 * Grading a small book of customers, the way the seed articles ask: by purchase frequency,
 * amount and years of cooperation into key / ordinary / potential / dormant, each with reasons.
 */

import { coreCatalog, type Locale, mergeCatalogs, renderTrace } from 'crm-rules';
import {
  gradeCustomers,
  gradingCatalog,
  gradingFacts,
  rfmScores,
  summariseTransactions,
} from 'crm-rules/grading';

export const transactions = [
  // Hangzhou Silk Co.: a long-standing, frequent buyer.
  { customerId: 'CN-HZ-001', date: '2022-03-14', amount: '18200.00' },
  { customerId: 'CN-HZ-001', date: '2025-06-02', amount: '9400.00' },
  { customerId: 'CN-HZ-001', date: '2025-09-18', amount: '12150.50' },
  { customerId: 'CN-HZ-001', date: '2026-01-20', amount: '15800.00' },
  { customerId: 'CN-HZ-001', date: '2026-04-11', amount: '11020.00' },
  // Müller Handel GmbH: new this year, one sizeable order.
  { customerId: 'DE-MH-014', date: '2026-03-02', amount: '22500.00' },
  // Lyon Textiles: bought twice years ago, quiet since.
  { customerId: 'FR-LT-007', date: '2023-02-10', amount: '4300.00' },
  { customerId: 'FR-LT-007', date: '2023-08-22', amount: '3900.00' },
  // Austin Outfitters: regular, small orders, one returned.
  { customerId: 'US-AO-031', date: '2024-11-05', amount: '2100.00' },
  { customerId: 'US-AO-031', date: '2025-07-19', amount: '1850.00' },
  { customerId: 'US-AO-031', date: '2025-07-30', amount: '-350.00' },
  { customerId: 'US-AO-031', date: '2026-02-27', amount: '2400.00' },
];

/** The grade policy as stored in the CRM: ordered rules, first match wins, plus hysteresis. */
export const policy = {
  effectiveFrom: '2026-01-01',
  rules: [
    {
      grade: 'key',
      when: {
        all: [
          { fact: 'purchases', operator: 'gte', value: '4' },
          { fact: 'amount', operator: 'gte', value: { amount: '40000', currency: 'USD' } },
          { fact: 'tenureYears', operator: 'gte', value: '3' },
        ],
      },
    },
    { grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: '365' } },
    { grade: 'potential', when: { fact: 'tenureYears', operator: 'lt', value: '1' } },
  ],
  default: 'ordinary',
  hysteresis: { demoteAfterPeriods: 2 },
};

export function gradeExample(locale: Locale = 'en'): string[] {
  const summary = summariseTransactions(transactions, {
    currency: 'USD',
    end: '2026-06-30',
    convention: 'rfm',
  });
  const quartiles = { kind: 'quantile', bins: 4 } as const;
  const scores = rfmScores(summary, {
    recency: quartiles,
    frequency: quartiles,
    monetary: quartiles,
  });
  const facts = gradingFacts(
    summary,
    scores.map(({ customerId, r, f, m }) => ({ customerId, facts: { rfmR: r, rfmF: f, rfmM: m } })),
  );
  const { grades } = gradeCustomers(policy, facts, { asOf: '2026-06-30' });
  const catalog = mergeCatalogs(coreCatalog, gradingCatalog);
  return grades.flatMap((result) => [
    `${result.customerId}: ${result.grade}`,
    ...renderTrace(result.trace, { locale, catalog, indent: '  ' }).map((line) => `  ${line}`),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(gradeExample('en').join('\n'));
  console.log();
  console.log(gradeExample('zh-CN').join('\n'));
}
