import { describe, expect, it } from 'vitest';
import { renderStep } from '../../src/explain';
import { documentChecksCatalog } from '../../src/risk';

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
});
