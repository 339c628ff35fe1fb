import { describe, expect, it } from 'vitest';
import { isTraceCode, TraceCode, TraceParam, TraceStep } from '../../src/explain';

describe('TraceStep', () => {
  it.each(['rules.leaf', 'commission.tier.slice', 'money.round.half-up', 'kpi.curve_2.point'])(
    'accepts the code %s',
    (code) => {
      expect(isTraceCode(code)).toBe(true);
      expect(TraceCode.safeParse(code).success).toBe(true);
    },
  );

  it.each([
    'rules',
    'Rules.leaf',
    'rules..leaf',
    'rules.leaf.',
    '.rules',
    'rules.Leaf',
    'rules.leaf-',
    '__proto__',
    'constructor',
    'rules leaf',
    3,
  ])('refuses the code %o', (code) => {
    expect(isTraceCode(code)).toBe(false);
  });

  it('params are JSON scalars with integers only', () => {
    expect(TraceParam.safeParse(null).success).toBe(true);
    expect(TraceParam.safeParse(12).success).toBe(true);
    expect(TraceParam.safeParse(0.5).success).toBe(false);
    expect(TraceParam.safeParse(Number.NaN).success).toBe(false);
    expect(TraceParam.safeParse(['a']).success).toBe(false);
    expect(TraceParam.safeParse({ amount: '1' }).success).toBe(false);
  });

  it('parses a step and refuses prototype param names', () => {
    const step = {
      code: 'commission.tier.slice',
      params: { rate: '0.04', tier: 2, capped: false, note: null },
    };
    expect(TraceStep.parse(step)).toEqual(step);
    expect(
      TraceStep.safeParse({ code: 'a.b', params: JSON.parse('{"__proto__": "x"}') }).success,
    ).toBe(false);
    expect(TraceStep.safeParse({ code: 'a.b', params: { rate: 0.04 } }).success).toBe(false);
  });
});
