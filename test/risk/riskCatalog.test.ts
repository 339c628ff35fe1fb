import { describe, expect, it } from 'vitest';
import { coreCatalog, findUnrenderable, mergeCatalogs } from '../../src/explain';
import {
  ageReceivables,
  buildExposureIndex,
  checkOrder,
  type Finding,
  measureConcentration,
  riskCatalog,
} from '../../src/risk';
import { AS_OF, invoice, order, POLICY } from './_support/facts';

const catalog = mergeCatalogs(coreCatalog, riskCatalog);

/** One finding of every code the credit, aging and concentration checks emit. */
function everyFinding(): Finding[] {
  const policy = { ...POLICY, check: 'dynamic', horizonDays: 30 } as const;
  const index = buildExposureIndex(
    {
      invoices: [
        invoice('I-1', 'C-1', '9000.00', { dueDate: '2026-01-31', issueDate: '2026-01-01' }),
        invoice('I-2', 'C-2', '100.00', { dueDate: '2026-05-15' }),
      ],
    },
    { asOf: AS_OF, baseCurrency: 'USD', policy },
  );
  const credit = [
    ['C-2', '1.00'],
    ['C-1', '500.00'],
    ['C-1', '5000.00'],
  ].map(([customerId, unitPrice]) =>
    checkOrder(
      order('O-1', customerId as string, [
        { quantity: '1', unitPrice: unitPrice as string },
      ]) as never,
      index,
    ),
  );
  const aging = ageReceivables(index, { effectiveFrom: '2026-01-01' }).findings;
  const concentration = measureConcentration(
    [
      { customerId: 'A', managerId: 'M-1', amount: '90' },
      { customerId: 'B', managerId: 'M-1', amount: '10' },
      { customerId: 'C', managerId: 'M-2', amount: '5' },
    ],
    {
      effectiveFrom: '2026-01-01',
      topN: 1,
      topShareWarnPercent: '50',
      hhiWarn: '1000',
      hhiBlock: '9000',
      managerShareWarnPercent: '50',
      maxCustomersPerManager: 1,
    },
    { currency: 'USD' },
  ).findings;
  return [...credit, ...aging, ...concentration];
}

describe('riskCatalog', () => {
  const findings = everyFinding();

  it('covers every finding code the checks emit', () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set([
        'credit.limit.ok',
        'credit.limit.warning',
        'credit.limit.exceeded',
        'receivables.overdue.block',
        'receivables.overdue.warning',
        'concentration.hhi.high',
        'concentration.top-share.high',
        'concentration.manager.share',
        'concentration.manager.capacity',
      ]),
    );
  });

  it('renders every message and trace step in en and zh-CN', () => {
    for (const finding of findings) {
      const steps = [{ code: finding.code, params: finding.evidence }, ...(finding.trace ?? [])];
      expect(findUnrenderable(steps, catalog)).toEqual([]);
      for (const locale of ['en', 'zh-CN'] as const)
        expect(riskCatalog.messages.get(finding.code)?.[locale]).toBeTruthy();
    }
  });
});
