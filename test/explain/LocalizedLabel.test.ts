import { describe, expect, it } from 'vitest';
import { coreCatalog, defineCatalog, LocalizedLabel, renderStep } from '../../src/explain';

const catalog = defineCatalog({
  'kpi.score': {
    en: '{kpi} scored {score:number} of {max:percent}',
    'zh-CN': '{kpi} 得分 {score:number}，上限 {max:percent}',
  },
});
const step = { code: 'kpi.score', params: { kpi: 'nps', score: '1000', max: '1' } };
const labels = {
  kpi: { nps: { en: 'net promoter score', 'zh-CN': '净推荐值' } },
  score: { '1000': { en: 'a thousand' } },
};

describe('LocalizedLabel', () => {
  it('is strict: en and zh-CN only, neither empty', () => {
    expect(LocalizedLabel.safeParse({ en: 'a' }).success).toBe(true);
    expect(LocalizedLabel.safeParse({}).success).toBe(true);
    expect(LocalizedLabel.safeParse({ fr: 'a' }).success).toBe(false);
    expect(LocalizedLabel.safeParse({ 'zh-CN': '' }).success).toBe(false);
  });
});

describe('renderStep with labels', () => {
  it('shows the label of a raw placeholder’s value in the locale, else the value', () => {
    expect(renderStep(step, { locale: 'zh-CN', catalog, labels })).toBe(
      '净推荐值 得分 1,000，上限 100%',
    );
    expect(renderStep(step, { locale: 'en', catalog, labels })).toBe(
      'net promoter score scored 1,000 of 100%',
    );
  });

  it('never labels a formatted placeholder (numbers, money, percentages)', () => {
    expect(renderStep(step, { locale: 'en', catalog, labels })).not.toContain('a thousand');
  });

  it('ignores labels of other parameters and prototype keys', () => {
    const other = { fact: { nps: { 'zh-CN': '不用' } }, kpi: { constructor: { en: 'x' } } };
    expect(renderStep(step, { locale: 'zh-CN', catalog, labels: other })).toBe(
      'nps 得分 1,000，上限 100%',
    );
  });

  it('refuses labels that are not an object', () => {
    expect(() =>
      renderStep(step, { locale: 'en', catalog: coreCatalog, labels: 5 as never }),
    ).toThrow(/INVALID_INPUT at options\.labels/);
  });
});
