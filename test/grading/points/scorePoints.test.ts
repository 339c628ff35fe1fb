import { describe, expect, it } from 'vitest';
import { scorePoints } from '../../../src/grading/points';
import { money } from '../../../src/money';
import { limitExceeded, nestedAll } from '../../_support/limits';
import { thrown } from '../_support';

/** Zoho-style scoring: criteria add or subtract points; here with caps per group and in total. */
const rules = {
  effectiveFrom: '2026-01-01',
  groups: [
    { id: 'activity', max: 30 },
    { id: 'risk', min: -25 },
  ],
  rules: [
    {
      id: 'frequent',
      group: 'activity',
      points: 20,
      when: { fact: 'purchases', operator: 'gte', value: 10 },
    },
    {
      id: 'recent',
      group: 'activity',
      points: 15,
      when: { fact: 'recencyDays', operator: 'lte', value: 30 },
    },
    {
      group: 'risk',
      points: -20,
      when: { fact: 'overdueAmount', operator: 'gt', value: { amount: '0', currency: 'USD' } },
    },
    { group: 'risk', points: -10, when: { fact: 'satisfaction', operator: 'lte', value: 2 } },
    {
      points: 25,
      when: { fact: 'amount', operator: 'gte', value: { amount: '100000', currency: 'USD' } },
    },
    { points: 10, when: { fact: 'tenureYears', operator: 'gte', value: 3 } },
  ],
  max: 60,
  bands: [
    { grade: 'key', min: 50 },
    { grade: 'ordinary', min: 10 },
    { grade: 'potential', min: 0 },
  ],
  below: 'dormant',
};

describe('scorePoints', () => {
  it('adds the points of every rule that holds, caps groups and the total, and bands the score', () => {
    const rows = [
      // 20 + 15 = 35 → activity capped at 30; + 25 + 10 = 65 → total capped at 60 → key
      {
        customerId: 'top',
        facts: { purchases: 12, recencyDays: 5, amount: money('250000', 'USD'), tenureYears: 4 },
      },
      // 20; risk −20 − 10 = −30 → capped at −25; total −5 → below 0 → dormant
      {
        customerId: 'risky',
        facts: {
          purchases: 10,
          recencyDays: 90,
          overdueAmount: money('1200', 'USD'),
          satisfaction: 1,
        },
      },
      // 15 → ordinary
      { customerId: 'new', facts: { purchases: 1, recencyDays: 3 } },
    ];
    const scores = scorePoints(rules, rows, { asOf: '2026-06-30' });
    expect(scores.map((s) => [s.customerId, s.score, s.grade, s.matched])).toEqual([
      ['top', 60, 'key', [1, 2, 5, 6]],
      ['risky', -5, 'dormant', [1, 3, 4]],
      ['new', 15, 'ordinary', [2]],
    ]);
    const codes = (scores[0]?.trace ?? []).map((step) => step.code);
    expect(codes.slice(0, 3)).toEqual([
      'grading.grade.key',
      'grading.points.band',
      'grading.points.rule.named',
    ]);
    expect(scores[0]?.trace).toContainEqual({
      code: 'grading.points.cap.group',
      params: { group: 'activity', raw: 35, capped: 30 },
    });
    expect(scores[0]?.trace).toContainEqual({
      code: 'grading.points.cap.total',
      params: { raw: 65, capped: 60 },
    });
    expect(scores[1]?.trace).toContainEqual({
      code: 'grading.points.cap.group',
      params: { group: 'risk', raw: -30, capped: -25 },
    });
    expect(scores[1]?.trace[1]).toEqual({
      code: 'grading.points.below',
      params: { score: -5, lowest: 0 },
    });
  });

  it('scores without bands, and picks the version in force', () => {
    const v1 = {
      effectiveFrom: '2025-01-01',
      rules: [{ points: 1, when: { fact: 'purchases', operator: 'gte', value: 1 } }],
    };
    const v2 = {
      effectiveFrom: '2026-01-01',
      rules: [{ points: 5, when: { fact: 'purchases', operator: 'gte', value: 1 } }],
    };
    const row = [{ customerId: 'a', facts: { purchases: 1 } }];
    expect(scorePoints([v2, v1], row, { asOf: '2025-12-31' })[0]?.score).toBe(1);
    const [late] = scorePoints([v2, v1], row, { asOf: '2026-01-01' });
    expect([late?.score, late?.grade, late?.trace[0]]).toEqual([
      5,
      null,
      { code: 'grading.points.total', params: { score: 5 } },
    ]);
  });

  describe('bad rules → coded errors', () => {
    const cases: Array<[string, unknown, string, Array<string | number>]> = [
      [
        'an undeclared group',
        {
          ...rules,
          rules: [{ group: 'x', points: 1, when: { fact: 'purchases', operator: 'gt', value: 0 } }],
        },
        'INVALID_RULE',
        ['rules', 0, 'rules', 0, 'group'],
      ],
      [
        'bands not descending',
        {
          ...rules,
          bands: [
            { grade: 'a', min: 1 },
            { grade: 'b', min: 5 },
          ],
        },
        'INVALID_RULE',
        ['rules', 0, 'bands', 1, 'min'],
      ],
      [
        'bands without below',
        { ...rules, below: undefined },
        'INVALID_RULE',
        ['rules', 0, 'below'],
      ],
      [
        'fractional points',
        {
          ...rules,
          rules: [{ points: 1.5, when: { fact: 'purchases', operator: 'gt', value: 0 } }],
        },
        'INVALID_INPUT',
        ['rules', 0, 'rules', 0, 'points'],
      ],
      [
        'an unknown fact',
        { ...rules, rules: [{ points: 1, when: { fact: 'revenue', operator: 'gt', value: 0 } }] },
        'UNKNOWN_FACT',
        ['rules', 0, 'rules', 0, 'when', 'fact'],
      ],
      [
        'a float in a condition',
        { ...rules, rules: [{ points: 1, when: { fact: 'pAlive', operator: 'gt', value: 0.5 } }] },
        'FACT_TYPE_MISMATCH',
        ['rules', 0, 'rules', 0, 'when', 'value'],
      ],
      [
        'a standard fact redefined',
        { ...rules, facts: { amount: 'number' } },
        'INVALID_RULE',
        ['rules', 0, 'facts', 'amount'],
      ],
    ];
    it.each(cases)('%s', (_, bad, code, path) => {
      const error = thrown(() => scorePoints(bad, [], { asOf: '2026-06-30' }));
      expect([error.code, error.path]).toEqual([code, path]);
    });

    it('a fact of the wrong type in a row', () => {
      const error = thrown(() =>
        scorePoints(rules, [{ customerId: 'a', facts: { purchases: 1.5 } }], {
          asOf: '2026-06-30',
        }),
      );
      expect([error.code, error.path, error.value]).toEqual([
        'FACT_TYPE_MISMATCH',
        ['rows', 0, 'facts', 'purchases'],
        1.5,
      ]);
    });

    it('no version in force', () => {
      expect(thrown(() => scorePoints(rules, [], { asOf: '2025-06-30' })).code).toBe(
        'NO_VERSION_IN_FORCE',
      );
    });
  });

  it('a rule nested 2,000 deep → LIMIT_EXCEEDED at the rule, not a stack overflow (issue 13)', async () => {
    const leaf = { fact: 'purchases', operator: 'gte', value: 1 };
    const deep = {
      effectiveFrom: '2026-01-01',
      rules: [{ points: 1, when: nestedAll(2_000, leaf) }],
    };
    const error = await limitExceeded(() => scorePoints(deep, [], { asOf: '2026-06-30' }));
    expect(error.path.slice(0, 5)).toEqual(['rules', 0, 'rules', 0, 'when']);
  });
});
