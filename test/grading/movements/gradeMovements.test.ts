import { describe, expect, it } from 'vitest';
import { gradeMovements } from '../../../src/grading/movements';
import { gradeCustomers } from '../../../src/grading/policy';
import { money } from '../../../src/money';
import { thrown } from '../_support';

describe('gradeMovements', () => {
  it('says who moved up or down between two periods, and why', () => {
    const policy = {
      effectiveFrom: '2026-01-01',
      rules: [
        {
          id: 'big',
          grade: 'key',
          when: { fact: 'amount', operator: 'gte', value: { amount: '1000', currency: 'USD' } },
        },
        { id: 'quiet', grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: 90 } },
      ],
      default: 'ordinary',
    };
    const row = (customerId: string, amount: string, recencyDays: number) => ({
      customerId,
      facts: { amount: money(amount, 'USD'), recencyDays },
    });
    const q1 = gradeCustomers(
      policy,
      [row('A', '5000', 3), row('B', '200', 10), row('C', '100', 200)],
      {
        asOf: '2026-03-31',
        period: '2026-Q1',
      },
    );
    const q2 = gradeCustomers(
      policy,
      [row('A', '800', 20), row('B', '1500', 5), row('D', '50', 1)],
      {
        asOf: '2026-06-30',
        period: '2026-Q2',
        history: q1.grades,
      },
    );
    const report = gradeMovements(q1.grades, q2.grades);
    expect(report.movements.map((m) => [m.customerId, m.from, m.to, m.direction])).toEqual([
      ['A', 'key', 'ordinary', 'down'],
      ['B', 'ordinary', 'key', 'up'],
      ['C', 'dormant', null, 'gone'],
      ['D', null, 'ordinary', 'new'],
    ]);
    expect(report.totals).toEqual({ up: 1, down: 1, same: 0, changed: 0, new: 1, gone: 1 });
    // why B moved up: the movement, then the new grade's reasons (rule "big" with B's amount)
    expect(report.movements[1]?.trace.slice(0, 3)).toEqual([
      { code: 'grading.movement.up', params: { from: 'ordinary', to: 'key' } },
      { code: 'grading.grade.key', params: {} },
      { code: 'grading.policy.promoted', params: { from: 'ordinary', to: 'key', periods: 1 } },
    ]);
    expect(report.movements[1]?.trace).toContainEqual({
      code: 'rules.leaf.gte',
      params: {
        fact: 'amount',
        operator: 'gte',
        outcome: true,
        depth: 1,
        expected: '1,000.00 USD',
        actual: '1,500.00 USD',
      },
    });
    expect(report.matrix).toEqual([
      { from: 'key', to: 'ordinary', customers: 1 },
      { from: 'ordinary', to: 'key', customers: 1 },
      { from: 'dormant', to: null, customers: 1 },
      { from: null, to: 'ordinary', customers: 1 },
    ]);
  });

  it('uses the given grade order; grades outside it only change', () => {
    const report = gradeMovements(
      [
        { customerId: 'a', grade: 'silver' },
        { customerId: 'b', grade: 'x' },
        { customerId: 'c', grade: 'gold' },
      ],
      [
        { customerId: 'a', grade: 'gold' },
        { customerId: 'b', grade: 'gold' },
        { customerId: 'c', grade: 'gold' },
      ],
      { grades: ['gold', 'silver'] },
    );
    expect(report.movements.map((m) => m.direction)).toEqual(['up', 'changed', 'same']);
  });

  it('refuses a customer listed twice', () => {
    const error = thrown(() =>
      gradeMovements(
        [
          { customerId: 'a', grade: 'key' },
          { customerId: 'a', grade: 'key' },
        ],
        [],
      ),
    );
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['before', 1, 'customerId']]);
  });
});
