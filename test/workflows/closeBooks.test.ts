import { CrmRulesError, Decimal } from 'crm-rules';
import { createMemoryStore } from 'crm-rules/memory';
import type { CrmStore } from 'crm-rules/ports';
import { type CloseBooksInput, closeBooks, safeCloseBooks } from 'crm-rules/workflows';
import { describe, expect, it } from 'vitest';

/*
 * A two-manager company, worked by hand for 2026-Q3 (asOf 2026-09-30):
 * - C-1 (AM-1) bought 10,000 CNY on 2026-08-10: amount ≥ 5,000 → key; not graded before → new.
 * - C-2 (AM-2), stored grade key, last bought 2025-01-10: 628 days ago > 180 → dormant (down).
 * - AM-1's statement: 1 % of invoice INV-1 (10,000 CNY) = 100.00, plus the scorecard bonus:
 *   teamwork 4 of 5 → score 4 → 4/5 of 1,000 CNY = 800.00. AM-2: no invoice in Q3, teamwork 2 →
 *   bonus 400.00.
 * - Risk: C-2 owes 2,000 CNY against a 1,000 limit (200 % > 100 → block) and is 578 days past
 *   due (> 90 → block); C-1 owes 10,000 of 20,000 (50 % → ok), 21 days past due (< 30: nothing).
 */
const dataset = {
  teams: [{ id: 'T-EU', name: 'Europe' }],
  accountManagers: [
    { id: 'AM-1', name: 'Wang Li', teamId: 'T-EU', hireDate: '2020-01-01', payCurrency: 'CNY' },
    { id: 'AM-2', name: 'Anna Roth', teamId: 'T-EU', hireDate: '2021-01-01', payCurrency: 'CNY' },
  ],
  customers: [
    {
      id: 'C-1',
      name: 'Hamburg Pumpen GmbH',
      country: 'DE',
      ownerId: 'AM-1',
      creditLimit: { amount: '20000', currency: 'CNY' },
    },
    {
      id: 'C-2',
      name: 'Lyon Outils SA',
      country: 'FR',
      ownerId: 'AM-2',
      grade: 'key',
      creditLimit: { amount: '1000', currency: 'CNY' },
    },
  ],
  orders: [
    order('SO-1', 'C-1', 'AM-1', '2026-08-10', '10000'),
    order('SO-2', 'C-2', 'AM-2', '2025-01-10', '2000'),
  ],
  invoices: [
    invoice('INV-1', 'C-1', 'AM-1', '2026-08-10', '2026-09-09', '10000'),
    invoice('INV-2', 'C-2', 'AM-2', '2025-02-01', '2025-03-01', '2000'),
  ],
};

function order(id: string, customerId: string, ownerId: string, date: string, price: string) {
  const line = { lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: price };
  return {
    id,
    customerId,
    ownerId,
    orderDate: date,
    currency: 'CNY',
    status: 'completed' as const,
    lines: [line],
  };
}
function invoice(
  id: string,
  customerId: string,
  ownerId: string,
  issued: string,
  due: string,
  total: string,
) {
  return {
    id,
    customerId,
    ownerId,
    orderId: id.replace('INV', 'SO'),
    issueDate: issued,
    dueDate: due,
    currency: 'CNY',
    total,
  };
}

const linear = {
  kind: 'linear',
  points: [
    { x: '0', y: '0' },
    { x: '5', y: '5' },
  ],
};
const rules = {
  gradePolicy: {
    effectiveFrom: '2026-01-01',
    rules: [
      { grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: 180 } },
      {
        grade: 'key',
        when: { fact: 'amount', operator: 'gte', value: { amount: '5000', currency: 'CNY' } },
      },
    ],
    default: 'ordinary',
  },
  scorecard: {
    id: 'card',
    effectiveFrom: '2026-01-01',
    scale: { min: '0', max: '5' },
    combine: 'weighted-sum',
    kpis: [{ id: 'teamwork', metric: 'manual', weight: '100', curve: linear }],
  },
  commission: {
    plans: [
      {
        id: 'am',
        version: 1,
        name: 'Account managers',
        effectiveFrom: '2026-01-01',
        currency: 'CNY',
        periodGrain: 'quarter' as const,
        crediting: { base: 'invoiced' as const },
        components: [
          {
            id: 'sales',
            name: 'Sales',
            calculation: {
              kind: 'flat' as const,
              rate: { kind: 'rate' as const, value: '0.01' },
            },
          },
        ],
        kpiBonuses: [
          {
            id: 'card-bonus',
            name: 'Scorecard bonus',
            kpi: 'card',
            targetBonus: { amount: '1000', currency: 'CNY' },
            curve: [
              { score: '0', payoutPercent: '0' },
              { score: '5', payoutPercent: '100' },
            ],
          },
        ],
      },
    ],
    assignments: ['AM-1', 'AM-2'].map((payeeId) => ({
      payeeId,
      planId: 'am',
      effectiveFrom: '2026-01-01',
    })),
  },
  riskPolicy: {
    effectiveFrom: '2026-01-01',
    checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' }, aging: {} },
  },
};
const manual = (period: string) =>
  [
    ['AM-1', '4'],
    ['AM-2', '2'],
  ].map(([managerId, value]) => ({
    managerId,
    kpi: 'teamwork',
    value,
    source: `team lead ${period}`,
  }));
const input = (period = '2026-Q3', more: Partial<CloseBooksInput> = {}): CloseBooksInput => ({
  period,
  baseCurrency: 'CNY',
  rules,
  manualKpis: manual(period),
  ...more,
});

async function all(store: CrmStore, kind: string) {
  const out = [];
  for await (const record of store.results.list(kind)) out.push(record);
  return out;
}
const KINDS = ['grade', 'kpi-scorecard', 'commission-statement', 'risk-finding'];

describe('closeBooks', () => {
  it('grades, scores, pays and checks the period, each area by its own rules', async () => {
    const report = await closeBooks(createMemoryStore(dataset), input());
    expect(report.period).toEqual({
      label: '2026-Q3',
      start: '2026-07-01',
      end: '2026-10-01',
      previous: '2026-Q2',
    });
    expect(report.asOf).toBe('2026-09-30');
    expect(report.grading.result.grades.map((g) => [g.customerId, g.grade])).toEqual([
      ['C-1', 'key'],
      ['C-2', 'dormant'],
    ]);
    expect(
      report.grading.movements.movements.map((m) => [m.customerId, m.from, m.to, m.direction]),
    ).toEqual([
      ['C-1', null, 'key', 'new'],
      ['C-2', 'key', 'dormant', 'down'],
    ]);
    expect(report.kpi.leaderboard.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['AM-1', '4', 1],
      ['AM-2', '2', 2],
    ]);
    const lines = (payee: string) =>
      report.commission.statements
        .find((s) => s.payeeId === payee)
        ?.lines.map((l) => [l.kind, l.amount]);
    expect(lines('AM-1')).toEqual([
      ['commission', '100.00'],
      ['kpi-bonus', '800.00'],
    ]);
    expect(lines('AM-2')).toEqual([['kpi-bonus', '400.00']]);
    expect(report.risk.findings.map((f) => `${f.severity} ${f.code} ${f.subject.id}`)).toEqual([
      'block credit.limit.exceeded C-2',
      'block receivables.overdue.block C-2',
      'info credit.limit.ok C-1',
    ]);
  });

  it('feeds the KPI-linked bonus from the scorecard it scored (toKpiScores)', async () => {
    const report = await closeBooks(createMemoryStore(dataset), input());
    for (const { id, score } of report.kpi.leaderboard) {
      expect(report.kpi.kpiScores).toContainEqual({
        payeeId: id,
        kpi: 'card',
        period: '2026-Q3',
        score,
      });
      const bonus = report.commission.statements
        .find((s) => s.payeeId === id)
        ?.lines.find((l) => l.kind === 'kpi-bonus');
      expect(bonus?.amount).toBe(new Decimal('1000').times(score).dividedBy(5).toFixed(2));
    }
  });

  it('stores every result through the result store, keyed by subject and period', async () => {
    const store = createMemoryStore(dataset);
    const report = await closeBooks(store, input());
    const [grades, cards, statements, findings] = await Promise.all(
      KINDS.map((kind) => all(store, kind)),
    );
    expect(grades?.map((r) => [r.key, r.subjectId, (r.value as { grade: string }).grade])).toEqual([
      ['C-1/2026-Q3', 'C-1', 'key'],
      ['C-2/2026-Q3', 'C-2', 'dormant'],
    ]);
    expect(cards?.map((r) => r.key)).toEqual(['AM-1/2026-Q3', 'AM-2/2026-Q3']);
    expect(
      statements?.map((r) => (r.value as { totals: { payable: string } }).totals.payable),
    ).toEqual(['900.00', '400.00']);
    expect(findings).toHaveLength(report.risk.findings.length);
    expect(findings?.every((r) => r.period === '2026-Q3' && !r.closed)).toBe(true);
    const total = [grades, cards, statements, findings].reduce((n, rs) => n + (rs?.length ?? 0), 0);
    expect(report.stored).toEqual({ created: total, replaced: 0, unchanged: 0 });
  });

  it('stores nothing twice: the same close again leaves every record as it was', async () => {
    const store = createMemoryStore(dataset);
    const first = await closeBooks(store, input());
    const before = await Promise.all(KINDS.map((kind) => all(store, kind)));
    const again = await closeBooks(store, input());
    expect(again.stored).toEqual({ created: 0, replaced: 0, unchanged: first.stored.created });
    const after = await Promise.all(KINDS.map((kind) => all(store, kind)));
    expect(after).toEqual(before);
    expect(after.flat().every((r) => r.version === 1)).toBe(true);
  });

  it('stores one by one, with the same outcome, on a store without atomic batches', async () => {
    const supports = {
      readers: Object.fromEntries(
        Object.keys(dataset)
          .concat([
            'products',
            'productCategories',
            'deliveries',
            'payments',
            'creditNotes',
            'surveyResponses',
            'complaints',
            'trainingRecords',
            'contracts',
            'targets',
          ])
          .map((k) => [k, []]),
      ),
      results: { read: true, write: true, atomicBatch: false },
      summaries: { orderDays: false },
    };
    const store = createMemoryStore(dataset, { supports });
    const first = await closeBooks(store, input());
    expect(first.stored.created).toBeGreaterThan(0);
    expect((await closeBooks(store, input())).stored.created).toBe(0);
  });

  it('compares with the grades the previous close stored', async () => {
    const store = createMemoryStore(dataset);
    await closeBooks(store, input('2026-Q3'));
    const q4 = await closeBooks(store, input('2026-Q4'));
    // C-1's last order is now 112 days old: still key, the same as the stored Q3 grade.
    expect(q4.grading.result.grades.map((g) => [g.customerId, g.previous, g.grade])).toEqual([
      ['C-1', 'key', 'key'],
      ['C-2', 'dormant', 'dormant'],
    ]);
    expect(q4.grading.movements.totals.same).toBe(2);
  });

  it('closed records cannot change: a different close of a closed period is a CONFLICT', async () => {
    const store = createMemoryStore(dataset);
    await closeBooks(store, input('2026-Q3', { closed: true }));
    expect((await closeBooks(store, input('2026-Q3', { closed: true }))).stored.created).toBe(0);
    // AM-1's teamwork revised from 4 to 3 after the period was closed: a different scorecard.
    const revised = manual('2026-Q3').map((m) =>
      m.managerId === 'AM-1' ? { ...m, value: '3' } : m,
    );
    const changed = await safeCloseBooks(
      store,
      input('2026-Q3', { closed: true, manualKpis: revised }),
    );
    expect(changed.success ? null : changed.error.code).toBe('CONFLICT');
  });

  it('refuses bad input with a coded error and its path', async () => {
    const store = createMemoryStore(dataset);
    const bad = async (value: CloseBooksInput) => {
      const result = await safeCloseBooks(store, value);
      return result.success ? null : [result.error.code, result.error.path];
    };
    expect(await bad(input('2026-Q5'))).toEqual(['INVALID_PERIOD', ['input', 'period']]);
    expect((await bad({ ...input(), baseCurrency: 'XXY' }))?.[1]).toEqual([
      'input',
      'baseCurrency',
    ]);
    expect(await bad({ ...input(), rules: null as never })).toEqual([
      'INVALID_INPUT',
      ['input', 'rules'],
    ]);
    await expect(closeBooks(store, input('2026-13'))).rejects.toBeInstanceOf(CrmRulesError);
    expect(await all(store, 'grade')).toEqual([]);
  });
});
