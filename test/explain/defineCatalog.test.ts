import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { type CatalogEntries, defineCatalog } from '../../src/explain';

function errorOf(entries: unknown): CrmRulesError {
  try {
    defineCatalog(entries as CatalogEntries);
  } catch (error) {
    if (error instanceof CrmRulesError) return error;
    throw error;
  }
  throw new Error('expected defineCatalog to throw');
}

describe('defineCatalog', () => {
  it('keeps the templates by code, frozen', () => {
    const catalog = defineCatalog({
      'commission.tier.slice': {
        en: '{base:money:currency} at {rate:percent}',
        'zh-CN': '{base:money:currency} 按 {rate:percent} 计提',
      },
    });
    expect(catalog.messages.get('commission.tier.slice')?.['zh-CN']).toBe(
      '{base:money:currency} 按 {rate:percent} 计提',
    );
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.messages.get('commission.tier.slice'))).toBe(true);
  });

  it('allows placeholders in another order and repeated', () => {
    expect(() =>
      defineCatalog({ 'a.b': { en: '{x} then {y}', 'zh-CN': '先 {y} 后 {x}，再 {x}' } }),
    ).not.toThrow();
  });

  it.each([
    [
      'a placeholder only in English',
      { 'kpi.score': { en: '{score} of {max}', 'zh-CN': '得分 {score}' } },
      ['kpi.score', 'zh-CN'],
    ],
    [
      'a different format',
      { 'kpi.rate': { en: '{rate:percent}', 'zh-CN': '{rate}' } },
      ['kpi.rate', 'zh-CN'],
    ],
    [
      'a different currency param',
      { 'kpi.m': { en: '{a:money:c}', 'zh-CN': '{a:money:d}' } },
      ['kpi.m', 'zh-CN'],
    ],
    ['a missing locale', { 'kpi.x': { en: 'x' } }, ['kpi.x', 'zh-CN']],
    ['an extra locale', { 'kpi.x': { en: 'x', 'zh-CN': 'x', 'zh-TW': 'x' } }, ['kpi.x', 'zh-TW']],
    ['a non-string template', { 'kpi.x': { en: 1, 'zh-CN': 'x' } }, ['kpi.x', 'en']],
    ['a malformed template', { 'kpi.x': { en: '{x', 'zh-CN': '{x}' } }, ['kpi.x', 'en']],
    ['a bad code', { KPI: { en: 'x', 'zh-CN': 'x' } }, ['KPI']],
    ['an entry that is not an object', { 'kpi.x': 'x' }, ['kpi.x']],
  ])('rejects %s with INVALID_INPUT at the code', (_, entries, path) => {
    const error = errorOf(entries);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });

  it('names the template at fault in the error', () => {
    const error = errorOf({ 'kpi.score': { en: '{score}', 'zh-CN': '得分' } });
    expect(error.value).toBe('得分');
    expect(error.message).toContain('{score}');
  });

  it('rejects prototype placeholder names with UNSAFE_KEY', () => {
    expect(errorOf({ 'a.b': { en: '{constructor}', 'zh-CN': '{constructor}' } }).code).toBe(
      'UNSAFE_KEY',
    );
  });

  it('rejects input that is not an object', () => {
    expect(errorOf(null).code).toBe('INVALID_INPUT');
    expect(errorOf([]).code).toBe('INVALID_INPUT');
  });
});
