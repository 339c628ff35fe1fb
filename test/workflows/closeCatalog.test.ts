import { findUnrenderable, renderStep } from 'crm-rules';
import { closeCatalog } from 'crm-rules/workflows';
import { describe, expect, it } from 'vitest';

describe('closeCatalog', () => {
  it('has every report line in English and Chinese, with the same placeholders', () => {
    const codes = [...closeCatalog.messages.keys()];
    expect(codes.every((code) => code.startsWith('workflow.close.'))).toBe(true);
    for (const code of codes) {
      const templates = closeCatalog.messages.get(code);
      expect(Object.keys(templates ?? {}).sort()).toEqual(['en', 'zh-CN']);
    }
  });

  it('renders a report line in both languages', () => {
    const step = {
      code: 'workflow.close.payable',
      params: { payeeId: 'AM-07', name: 'Zhou Jie', amount: '72591.67', currency: 'CNY' },
    };
    expect(renderStep(step, { locale: 'en', catalog: closeCatalog })).toBe(
      'AM-07 Zhou Jie: payable 72,591.67 CNY',
    );
    expect(renderStep(step, { locale: 'zh-CN', catalog: closeCatalog })).toBe(
      'AM-07 Zhou Jie：应付 72,591.67 CNY',
    );
    expect(findUnrenderable([step], closeCatalog)).toEqual([]);
  });
});
