import { describe, expect, it } from 'vitest';
import { findUnrenderable, renderStep } from '../../src/explain';
import { checkContract, checkPricing, documentChecksCatalog, Finding } from '../../src/risk';

describe('documentChecksCatalog', () => {
  it('holds every document-check finding code in en and zh-CN', () => {
    const codes = [...documentChecksCatalog.messages.keys()];
    expect(codes.every((code) => /^(terms|pricing|contract|fx|churn)\./.test(code))).toBe(true);
    for (const [, templates] of documentChecksCatalog.messages) {
      expect(Object.keys(templates).sort()).toEqual(['en', 'zh-CN']);
    }
  });

  it('renders a finding in Chinese from its evidence', () => {
    expect(
      renderStep(
        {
          code: 'terms.days.too-long',
          params: { days: '90', maxCreditDays: '30', excess: '60', rule: '2' },
        },
        { locale: 'zh-CN', catalog: documentChecksCatalog },
      ),
    ).toBe('信用期 90 天超过规则 2 允许的 30 天，超出 60 天');
  });

  it('gives findings of the Finding shape whose evidence renders in both locales', () => {
    const findings = [
      ...checkPricing(
        {
          id: 'SO-1',
          customerId: 'C-1',
          ownerId: 'AM-1',
          orderDate: '2026-03-02',
          currency: 'USD',
          status: 'open',
          lines: [
            {
              lineId: '1',
              productId: 'P',
              categoryId: 'K',
              quantity: '1',
              unitPrice: '10',
              unitCost: '2',
              discount: { kind: 'rate', rate: '1' },
            },
          ],
        },
        { effectiveFrom: '2026-01-01', discount: {}, margin: { floorPercent: '10' } },
      ),
      ...checkContract(
        {
          contract: {
            id: 'K-1',
            customerId: 'C-1',
            startDate: '2026-01-01',
            incoterm: 'FAS',
            governingLaw: 'US',
            disputeResolution: { kind: 'court', seat: 'New York' },
            currency: 'USD',
            paymentTerms: { method: 'OA', days: 30 },
          },
          transportMode: 'road',
          categoryIds: ['SW'],
        },
        { id: 'C-1', name: 'Acme Inc.', country: 'US', ownerId: 'AM-1' },
        {
          effectiveFrom: '2026-01-01',
          baseCurrency: 'CNY',
          governingLaws: ['CN'],
          requireArbitration: true,
          currencies: ['CNY'],
          ipClauseCategories: ['SW'],
        },
      ),
    ];
    expect(findings.length).toBeGreaterThan(8);
    for (const finding of findings) expect(Finding.parse(finding)).toEqual(finding);
    const steps = findings.map((f) => ({
      code: f.code,
      params: f.evidence as Record<string, string>,
    }));
    expect(findUnrenderable(steps, documentChecksCatalog)).toEqual([]);
  });
});
