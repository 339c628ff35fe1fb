import { describe, expect, it } from 'vitest';
import { coreCatalog, mergeCatalogs, renderStep } from '../../../src/explain';
import { lifetimeCatalog, TIME_UNITS } from '../../../src/grading/lifetime';

describe('lifetimeCatalog', () => {
  it('has every code in English and Chinese, and merges with the core catalog', () => {
    const codes = [...lifetimeCatalog.messages.keys()];
    for (const unit of TIME_UNITS) {
      expect(codes).toContain(`grading.clv.history.${unit}`);
      expect(codes).toContain(`grading.clv.expected-purchases.${unit}`);
    }
    expect(codes.every((code) => code.startsWith('grading.clv.'))).toBe(true);
    expect(() => mergeCatalogs(coreCatalog, lifetimeCatalog)).not.toThrow();
  });

  it('renders P(alive) as a percentage and money with its currency', () => {
    expect(
      renderStep(
        { code: 'grading.clv.palive', params: { probability: '0.7266' } },
        { locale: 'en', catalog: lifetimeCatalog },
      ),
    ).toBe('probability the customer is still active: 72.66%');
    expect(
      renderStep(
        {
          code: 'grading.clv.total',
          params: { months: 12, rate: '0.01', amount: '1234.5678', currency: 'USD' },
        },
        { locale: 'zh-CN', catalog: lifetimeCatalog },
      ),
    ).toBe('12 个月的客户终身价值（月贴现率 1%）：1,234.5678 USD');
  });
});
