import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCatalog, LOCALES, renderStep, renderTrace, type TraceStep } from '../../src/explain';

const catalog = defineCatalog({
  'commission.tier.slice': {
    en: '{base:money:currency} at {rate:percent} = {amount:money:currency}',
    'zh-CN': '{base:money:currency} 按 {rate:percent} 计提 {amount:money:currency}',
  },
  'kpi.gate': {
    en: 'gate {passed:check}, {n:number} lines, note {note}',
    'zh-CN': '门槛 {passed:check}，{n:number} 行，备注 {note}',
  },
  'kpi.literal': { en: 'set {{a, b}} is {x}', 'zh-CN': '集合 {{a, b}} 为 {x}' },
});

const slice: TraceStep = {
  code: 'commission.tier.slice',
  params: { base: '20000.00', currency: 'USD', rate: '0.06', amount: '1200.00' },
};

describe('renderStep', () => {
  it('fills placeholders with their formats', () => {
    expect(renderStep(slice, { locale: 'en', catalog })).toBe('20,000.00 USD at 6% = 1,200.00 USD');
    expect(renderStep(slice, { locale: 'zh-CN', catalog })).toBe(
      '20,000.00 USD 按 6% 计提 1,200.00 USD',
    );
  });

  it('shows booleans as ✓/✗, groups numbers, shows null as —, keeps literal braces', () => {
    const gate = { code: 'kpi.gate', params: { passed: false, n: '12500', note: null } };
    expect(renderStep(gate, { locale: 'en', catalog })).toBe('gate ✗, 12,500 lines, note —');
    expect(renderStep({ code: 'kpi.literal', params: { x: 2 } }, { locale: 'en', catalog })).toBe(
      'set {a, b} is 2',
    );
  });

  it('renders an unknown code as a visible fallback with sorted params', () => {
    const step = { code: 'risk.unknown.step', params: { z: 1, a: 'x', m: null } };
    expect(renderStep(step, { locale: 'zh-CN', catalog })).toBe(
      'risk.unknown.step {"a":"x","m":null,"z":1}',
    );
  });

  it('renders a step missing a param as the fallback, never with a hole', () => {
    const { rate: _rate, ...params } = slice.params;
    expect(renderStep({ code: slice.code, params }, { locale: 'en', catalog })).toBe(
      'commission.tier.slice {"amount":"1200.00","base":"20000.00","currency":"USD"}',
    );
  });

  it('treats a missing currency param as a missing param', () => {
    const { currency: _c, ...params } = slice.params;
    expect(renderStep({ code: slice.code, params }, { locale: 'en', catalog })).toMatch(
      /^commission\.tier\.slice \{/,
    );
  });

  it('shows a param that does not fit its format raw', () => {
    const step = { code: slice.code, params: { ...slice.params, rate: 'six percent' } };
    expect(renderStep(step, { locale: 'en', catalog })).toBe(
      '20,000.00 USD at six percent = 1,200.00 USD',
    );
  });

  it('reads own params only', () => {
    const params = Object.create({ x: 'inherited' }) as Record<string, string>;
    expect(renderStep({ code: 'kpi.literal', params }, { locale: 'en', catalog })).toBe(
      'kpi.literal {}',
    );
  });
});

describe('renderTrace', () => {
  it('renders one line per step, indented by depth when asked', () => {
    const steps: TraceStep[] = [
      { code: 'kpi.literal', params: { x: 'a', depth: 0 } },
      { code: 'kpi.literal', params: { x: 'b', depth: 2 } },
      { code: 'nope.nope', params: { depth: 1 } },
    ];
    expect(renderTrace(steps, { locale: 'en', catalog, indent: '. ' })).toEqual([
      'set {a, b} is a',
      '. . set {a, b} is b',
      '. nope.nope {"depth":1}',
    ]);
    expect(renderTrace(steps, { locale: 'en', catalog })[1]).toBe('set {a, b} is b');
  });

  describe('properties', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const step = fc.record({
      code: fc.constantFrom('commission.tier.slice', 'kpi.gate', 'kpi.literal', 'unknown.code'),
      params: fc.dictionary(
        fc.constantFrom('base', 'currency', 'rate', 'amount', 'passed', 'n', 'note', 'x', 'depth'),
        scalar,
      ),
    });

    it('never throws, never returns an empty line, and keeps one line per step', () => {
      fc.assert(
        fc.property(
          fc.array(step, { maxLength: 5 }),
          fc.constantFrom(...LOCALES),
          (steps, locale) => {
            const lines = renderTrace(steps, { locale, catalog, indent: ' ' });
            expect(lines).toHaveLength(steps.length);
            for (const line of lines) expect(line.trim()).not.toBe('');
          },
        ),
      );
    });

    it('a rendered step either shows every raw param value or is the fallback', () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (x, note) => {
          const line = renderStep(
            { code: 'kpi.gate', params: { passed: true, n: '1', note } },
            { locale: 'en', catalog },
          );
          expect(line).toBe(`gate ✓, 1 lines, note ${note}`);
          const literal = renderStep(
            { code: 'kpi.literal', params: { x } },
            { locale: 'zh-CN', catalog },
          );
          expect(literal).toBe(`集合 {a, b} 为 ${x}`);
        }),
      );
    });
  });
});
