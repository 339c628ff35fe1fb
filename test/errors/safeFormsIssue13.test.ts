import { describe, expect, it } from 'vitest';
import type { CommissionInput } from '../../src/commission';
import {
  emptyCommissionState,
  safeClosePeriod,
  safeComputeStatements,
  safeParseCommissionPlan,
} from '../../src/commission';
import { evaluateCondition } from '../../src/rules';

/** Issue 13, "every fallible entry point keeps the error contract": the reproducers. */
const plan = {
  id: 'p',
  version: 1,
  name: 'Plan',
  effectiveFrom: '2026-01-01',
  currency: 'USD',
  crediting: { base: 'invoiced' },
  components: [
    {
      id: 'base',
      name: 'Base',
      calculation: { kind: 'flat', rate: { kind: 'percent', value: '0.04' } },
    },
  ],
};
const input = {
  period: '2026-03',
  plans: [plan],
  assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
  invoices: [],
} as unknown as CommissionInput;

function nested(depth: number): unknown {
  let rule: unknown = { fact: 'product.category', operator: 'eq', value: 'PUMPS' };
  for (let i = 0; i < depth; i += 1) rule = { all: [rule] };
  return rule;
}

const codeOf = (result: { success: boolean; error?: { code: string } }) =>
  result.success ? 'success' : result.error?.code;

describe('safe forms never throw (issue 13)', () => {
  it('safeComputeStatements(null) fails with INVALID_INPUT at input', () => {
    const result = safeComputeStatements(null as unknown as CommissionInput);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['input'],
    ]);
  });

  it('safeClosePeriod(state, null) fails with INVALID_INPUT', () => {
    expect(
      codeOf(safeClosePeriod(emptyCommissionState(), null as unknown as CommissionInput)),
    ).toBe('INVALID_INPUT');
  });

  it('safeComputeStatements with invoices: 5 fails, coded', () => {
    const result = safeComputeStatements({
      ...input,
      invoices: 5,
    } as unknown as CommissionInput);
    expect(result.success).toBe(false);
    expect(codeOf(result)).toMatch(/^[A-Z_]+$/);
  });

  it('safeParseCommissionPlan of a rule nested 10,000 deep fails, coded', () => {
    const deepPlan = {
      ...plan,
      components: [
        {
          id: 'base',
          name: 'Base',
          calculation: {
            kind: 'rate-table',
            rows: [{ id: 'r', when: nested(10_000), rate: { kind: 'percent', value: '0.05' } }],
            noMatch: { kind: 'error' },
          },
        },
      ],
    };
    const result = safeParseCommissionPlan(deepPlan);
    expect(result.success).toBe(false);
    expect(codeOf(result)).toMatch(/^(INVALID_INPUT|INVALID_RULE|LIMIT_EXCEEDED)$/);
  });

  it('a raw JSON rule passed to evaluateCondition throws INVALID_INPUT naming the argument', () => {
    expect(() =>
      evaluateCondition(nested(1) as never, { 'product.category': 'PUMPS' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['condition'] }));
  });
});
