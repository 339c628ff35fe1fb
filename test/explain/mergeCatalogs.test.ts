import { describe, expect, it } from 'vitest';
import { coreCatalog, defineCatalog, mergeCatalogs } from '../../src/explain';

describe('mergeCatalogs', () => {
  const a = defineCatalog({ 'area.one': { en: 'one {x}', 'zh-CN': '一 {x}' } });
  const b = defineCatalog({ 'area.two': { en: 'two', 'zh-CN': '二' } });

  it('holds every message of every catalog, sorted by code', () => {
    const merged = mergeCatalogs(b, a, coreCatalog);
    expect(merged.messages.size).toBe(coreCatalog.messages.size + 2);
    const codes = [...merged.messages.keys()];
    expect(codes).toEqual([...codes].sort());
    expect(merged.messages.get('area.one')).toEqual({ en: 'one {x}', 'zh-CN': '一 {x}' });
  });

  it('accepts a code defined twice with the same text', () => {
    const again = defineCatalog({ 'area.one': { en: 'one {x}', 'zh-CN': '一 {x}' } });
    expect(mergeCatalogs(a, again).messages.size).toBe(1);
  });

  it('refuses a code defined twice with different text', () => {
    const clash = defineCatalog({ 'area.one': { en: 'one {x}', 'zh-CN': '壹 {x}' } });
    expect(() => mergeCatalogs(a, b, clash)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['area.one'] }),
    );
  });

  it('gives the same catalog whatever the order', () => {
    expect([...mergeCatalogs(a, b).messages]).toEqual([...mergeCatalogs(b, a).messages]);
    expect(mergeCatalogs().messages.size).toBe(0);
  });
});
