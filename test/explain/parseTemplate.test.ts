import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { parseTemplate, templateParams } from '../../src/explain';

describe('parseTemplate', () => {
  it('splits text and placeholders with their formats', () => {
    expect(
      parseTemplate('{fact} ≥ {amount:money:currency} at {rate:percent} {ok:check} ({n:number})'),
    ).toEqual([
      { kind: 'param', name: 'fact', format: 'raw' },
      { kind: 'text', text: ' ≥ ' },
      { kind: 'param', name: 'amount', format: 'money', currencyParam: 'currency' },
      { kind: 'text', text: ' at ' },
      { kind: 'param', name: 'rate', format: 'percent' },
      { kind: 'text', text: ' ' },
      { kind: 'param', name: 'ok', format: 'check' },
      { kind: 'text', text: ' (' },
      { kind: 'param', name: 'n', format: 'number' },
      { kind: 'text', text: ')' },
    ]);
  });

  it('reads {{ and }} as literal braces', () => {
    expect(parseTemplate('{{x}} = {x}')).toEqual([
      { kind: 'text', text: '{x} = ' },
      { kind: 'param', name: 'x', format: 'raw' },
    ]);
  });

  it('handles Chinese text and an empty template', () => {
    expect(parseTemplate('（实际为 {actual}）')).toHaveLength(3);
    expect(parseTemplate('')).toEqual([]);
  });

  it.each([
    '{',
    'a } b',
    '{}',
    '{1x}',
    '{x:currency}',
    '{x:money}',
    '{x:money:}',
    '{ x }',
    '{x:percent:y}',
  ])('rejects %o with INVALID_INPUT and the path given', (template) => {
    try {
      parseTemplate(template, ['rules.leaf.eq', 'en']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CrmRulesError);
      expect(error).toMatchObject({
        code: 'INVALID_INPUT',
        path: ['rules.leaf.eq', 'en'],
        value: template,
      });
    }
  });

  it('templateParams lists every param read, money currencies included, sorted', () => {
    expect(templateParams(parseTemplate('{b} {a:money:cur} {b:number}'))).toEqual([
      'a',
      'b',
      'cur',
    ]);
  });

  describe('properties', () => {
    it('text without braces is one text part (or none)', () => {
      fc.assert(
        fc.property(
          fc.string().filter((s) => !/[{}]/.test(s)),
          (text) => {
            expect(parseTemplate(text)).toEqual(text === '' ? [] : [{ kind: 'text', text }]);
          },
        ),
      );
    });

    it('escaping any text and parsing it gives the text back', () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const escaped = text.replace(/[{}]/g, (brace) => brace + brace);
          const parts = parseTemplate(escaped);
          expect(parts.map((part) => (part.kind === 'text' ? part.text : '?')).join('')).toBe(text);
        }),
      );
    });
  });
});
