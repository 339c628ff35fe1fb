import { describe, expect, it } from 'vitest';
import type { CommissionInput } from '../../src/commission';
import {
  emptyCommissionState,
  safeClosePeriod,
  safeComputeStatements,
  safeParseCommissionPlan,
} from '../../src/commission';
import { evaluateCondition } from '../../src/rules';
import { nestedAll } from '../_support/limits';
import { input as fixtureInput, plan as fixturePlan } from '../commission/fixtures';

/** Issue 13, "every fallible entry point keeps the error contract": the reproducers. */
const plan = fixturePlan();
const input = fixtureInput({ invoices: [] });
const leaf = { fact: 'product.category', operator: 'eq', value: 'PUMPS' };
const nested = (depth: number) => nestedAll(depth + 1, leaf);

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
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['invoices'],
    ]);
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
            rows: [{ id: 'r', when: nested(10_000), rate: { kind: 'rate', value: '0.05' } }],
            noMatch: { kind: 'error' },
          },
        },
      ],
    };
    const result = safeParseCommissionPlan(deepPlan);
    expect(result.success).toBe(false);
    expect(codeOf(result)).toBe('LIMIT_EXCEEDED');
  });

  it('a raw JSON rule passed to evaluateCondition throws INVALID_INPUT naming the argument', () => {
    expect(() =>
      evaluateCondition(nested(1) as never, { 'product.category': 'PUMPS' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT', path: ['condition'] }));
  });
});
