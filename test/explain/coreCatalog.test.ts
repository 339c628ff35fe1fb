import { describe, expect, it } from 'vitest';
import {
  coreCatalog,
  findUnrenderable,
  LOCALES,
  parseTemplate,
  renderStep,
  templateParams,
} from '../../src/explain';
import { RoundingMode } from '../../src/money';

describe('coreCatalog', () => {
  it('uses the same placeholders in both locales for every code', () => {
    for (const [code, message] of coreCatalog.messages) {
      const [en, zh] = LOCALES.map((locale) => templateParams(parseTemplate(message[locale])));
      expect(zh, code).toEqual(en);
    }
  });

  it('has Chinese text in every zh-CN template and none in English', () => {
    for (const [code, message] of coreCatalog.messages) {
      expect(message['zh-CN'], code).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en, code).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('names every rounding mode of the money module', () => {
    for (const mode of RoundingMode.options)
      expect(coreCatalog.messages.has(`money.round.${mode}`)).toBe(true);
  });

  it('explains half-up rounding as 四舍五入', () => {
    const step = {
      code: 'money.round.half-up',
      params: { amount: '2.345', currency: 'USD', result: '2.35', scale: 2 },
    };
    expect(renderStep(step, { locale: 'zh-CN', catalog: coreCatalog })).toBe(
      '2.345 USD 按四舍五入保留 2 位小数，得 2.35 USD',
    );
    expect(renderStep(step, { locale: 'en', catalog: coreCatalog })).toBe(
      'rounded 2.345 USD half-up (halves away from zero) to 2 decimals: 2.35 USD',
    );
  });

  it('explains a conversion at a rate on a date from a source', () => {
    // Example rate of the money module's convert() docs: 1 USD = 7.1 CNY on 2026-06-30 (PBOC).
    const step = {
      code: 'money.fx.convert',
      params: {
        amount: '1000.00',
        currency: 'USD',
        result: '7100.00',
        resultCurrency: 'CNY',
        rate: '7.1',
        date: '2026-06-30',
        source: 'PBOC',
      },
    };
    expect(renderStep(step, { locale: 'en', catalog: coreCatalog })).toBe(
      'converted 1,000.00 USD to 7,100.00 CNY at 7.1 on 2026-06-30 (PBOC)',
    );
    expect(renderStep(step, { locale: 'zh-CN', catalog: coreCatalog })).toBe(
      '按 2026-06-30 的汇率 7.1（来源：PBOC）将 1,000.00 USD 折算为 7,100.00 CNY',
    );
  });

  it('renders every money step with complete params in both locales', () => {
    const params = {
      amount: '1',
      currency: 'USD',
      result: '7.1',
      resultCurrency: 'CNY',
      rate: '7.1',
      date: '2026-06-30',
      source: null,
      start: '2026-06-01',
      end: '2026-07-01',
      observations: 21,
      base: 'USD',
      quote: 'CNY',
      inverse: '0.14',
      via: 'EUR',
      scale: 2,
    };
    const steps = [...coreCatalog.messages.keys()]
      .filter((code) => code.startsWith('money.'))
      .map((code) => ({ code, params }));
    expect(steps.length).toBeGreaterThanOrEqual(11);
    expect(findUnrenderable(steps, coreCatalog)).toEqual([]);
  });
});
