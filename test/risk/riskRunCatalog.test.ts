import { describe, expect, it } from 'vitest';
import { coreCatalog, LOCALES, mergeCatalogs, renderTrace } from '../../src/explain';
import { riskCatalog, riskRunCatalog, runRiskChecks } from '../../src/risk';

describe('riskRunCatalog', () => {
  it('renders the layers step of a run in every locale', () => {
    const report = runRiskChecks(
      {
        effectiveFrom: '2026-01-01',
        checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' } },
        byGrade: { A: { credit: { warnAtPercent: '50' } } },
      },
      {
        customers: [
          {
            id: 'C-1',
            name: 'Acme',
            country: 'DE',
            ownerId: 'M-1',
            grade: 'A',
            creditLimit: { amount: '100', currency: 'USD' },
          },
        ],
      },
      { asOf: '2026-06-30', baseCurrency: 'USD' },
    );
    const catalog = mergeCatalogs(coreCatalog, riskCatalog, riskRunCatalog);
    const trace = report.findings[0]?.trace ?? [];
    expect(renderTrace(trace, { locale: 'en', catalog })[0]).toBe(
      'check credit under the risk policy of 2026-01-01: base → grade:A',
    );
    expect(renderTrace(trace, { locale: 'zh-CN', catalog })[0]).toBe(
      '按 2026-01-01 起生效的风险政策执行 credit 检查：base → grade:A',
    );
    for (const locale of LOCALES)
      expect(riskRunCatalog.messages.get('risk.policy.layers')?.[locale]).toBeTruthy();
  });
});
