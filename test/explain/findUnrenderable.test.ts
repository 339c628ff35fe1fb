import { describe, expect, it } from 'vitest';
import { defineCatalog, findUnrenderable, type MessageCatalog } from '../../src/explain';

const catalog = defineCatalog({
  'commission.tier.slice': {
    en: '{base:money:currency} at {rate:percent}',
    'zh-CN': '{base:money:currency} 按 {rate:percent}',
  },
  'kpi.gate': { en: 'gate {passed:check}', 'zh-CN': '门槛 {passed:check}' },
});

describe('findUnrenderable', () => {
  it('is empty when every step renders', () => {
    expect(
      findUnrenderable(
        [
          {
            code: 'commission.tier.slice',
            params: { base: '1', currency: 'USD', rate: '0.04', extra: 1 },
          },
          { code: 'kpi.gate', params: { passed: true } },
        ],
        catalog,
      ),
    ).toEqual([]);
  });

  it('reports unknown codes, missing params and bad formats with the step index', () => {
    expect(
      findUnrenderable(
        [
          { code: 'kpi.gate', params: { passed: true } },
          { code: 'kpi.missing', params: {} },
          { code: 'commission.tier.slice', params: { base: '1', rate: '4%' } },
          { code: 'kpi.gate', params: { passed: 'yes' } },
        ],
        catalog,
      ),
    ).toEqual([
      { index: 1, code: 'kpi.missing', reason: 'unknown-code', params: [] },
      { index: 2, code: 'commission.tier.slice', reason: 'missing-param', params: ['currency'] },
      { index: 2, code: 'commission.tier.slice', reason: 'bad-format', params: ['rate'] },
      { index: 3, code: 'kpi.gate', reason: 'bad-format', params: ['passed'] },
    ]);
  });

  it('treats a hand-built catalog with a broken template as unknown, without throwing', () => {
    const broken: MessageCatalog = {
      messages: new Map([['kpi.gate', { en: '{passed', 'zh-CN': '{passed}' }]]),
    };
    expect(findUnrenderable([{ code: 'kpi.gate', params: { passed: true } }], broken)).toEqual([
      { index: 0, code: 'kpi.gate', reason: 'unknown-code', params: [] },
    ]);
  });
});
