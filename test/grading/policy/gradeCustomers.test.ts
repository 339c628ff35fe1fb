import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradingFacts } from '../../../src/grading/facts';
import { type GradeResult, gradeCustomers } from '../../../src/grading/policy';
import { summariseTransactions } from '../../../src/grading/summary';
import { money } from '../../../src/money';
import { limitExceeded, nestedAll } from '../../_support/limits';
import { thrown, transactionsArb } from '../_support';

const cny = (amount: string) => ({ amount, currency: 'CNY' });

/**
 * The seed article's 客户分级管理: grade by purchase frequency, amount and years of cooperation
 * into key, ordinary and potential customers — plus dormant for customers gone quiet.
 */
const policy = {
  effectiveFrom: '2026-01-01',
  id: '2026 客户分级',
  rules: [
    {
      id: 'key',
      grade: 'key',
      when: {
        all: [
          { fact: 'amount', operator: 'gte', value: cny('1000000') },
          { fact: 'purchases', operator: 'gte', value: 12 },
          { fact: 'tenureYears', operator: 'gte', value: 3 },
        ],
      },
    },
    { grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: 180 } },
    { grade: 'ordinary', when: { fact: 'purchases', operator: 'gte', value: 2 } },
  ],
  default: 'potential',
  hysteresis: { demoteAfterPeriods: 2 },
};

const facts = {
  star: { amount: money('2500000', 'CNY'), purchases: 40, tenureYears: 5, recencyDays: 12 },
  slipping: { amount: money('900000', 'CNY'), purchases: 40, tenureYears: 5, recencyDays: 12 },
  quiet: { amount: money('50000', 'CNY'), purchases: 3, tenureYears: 1, recencyDays: 400 },
  prospect: { purchases: 0 },
};

describe('gradeCustomers', () => {
  it('grades by the first rule that holds, else the default, each grade with its reasons', () => {
    const rows = Object.entries(facts).map(([customerId, f]) => ({ customerId, facts: f }));
    const result = gradeCustomers(policy, rows, { asOf: '2026-06-30', period: '2026-H1' });
    expect(result.grades.map((g) => [g.customerId, g.grade, g.rule, g.change])).toEqual([
      ['prospect', 'potential', null, 'new'],
      ['quiet', 'dormant', 2, 'new'],
      ['slipping', 'ordinary', 3, 'new'],
      ['star', 'key', 1, 'new'],
    ]);
    expect(result.counts).toEqual([
      { grade: 'key', customers: 1 },
      { grade: 'ordinary', customers: 1 },
      { grade: 'potential', customers: 1 },
      { grade: 'dormant', customers: 1 },
    ]);
    expect(result.policy).toEqual({ effectiveFrom: '2026-01-01', id: '2026 客户分级' });
    const star = result.grades[3] as GradeResult;
    expect(star.trace.slice(0, 3)).toEqual([
      { code: 'grading.grade.key', params: {} },
      { code: 'grading.policy.rule.named', params: { rule: 1, name: 'key', grade: 'key' } },
      { code: 'rules.all', params: { outcome: true, met: 3, total: 3, depth: 1 } },
    ]);
    expect(result.grades[0]?.trace[1]).toEqual({
      code: 'grading.policy.default',
      params: { grade: 'potential', rules: 3 },
    });
  });

  describe('hysteresis: demoteAfterPeriods 2 — no demotion on one bad period', () => {
    const grade = (f: Record<string, unknown>, history: object[], period: string) =>
      gradeCustomers(policy, [{ customerId: 'c', facts: f }], {
        asOf: '2026-12-31',
        period,
        history: history as never,
      }).grades[0] as GradeResult;

    it('holds a key customer through one bad period', () => {
      const q3 = grade(
        facts.slipping,
        [{ customerId: 'c', period: '2026-Q2', grade: 'key', computed: 'key' }],
        '2026-Q3',
      );
      expect([q3.grade, q3.computed, q3.change, q3.previous]).toEqual([
        'key',
        'ordinary',
        'held',
        'key',
      ]);
      expect(q3.trace[1]).toEqual({
        code: 'grading.policy.hold.demotion',
        params: { held: 'key', computed: 'ordinary', periods: 1, needed: 2 },
      });
    });

    it('demotes after a second bad period, to the best grade both periods support', () => {
      const history = [
        { customerId: 'c', period: '2026-Q2', grade: 'key', computed: 'key' },
        { customerId: 'c', period: '2026-Q3', grade: 'key', computed: 'ordinary' },
      ];
      const q4 = grade(facts.quiet, history, '2026-Q4'); // the rules now say dormant
      expect([q4.grade, q4.computed, q4.change]).toEqual(['ordinary', 'dormant', 'demoted']);
      expect(q4.trace[1]).toEqual({
        code: 'grading.policy.demoted',
        params: { from: 'key', to: 'ordinary', periods: 2 },
      });
    });

    it('a good period in between resets the count', () => {
      const history = [
        { customerId: 'c', period: '2026-Q2', grade: 'key', computed: 'ordinary' },
        { customerId: 'c', period: '2026-Q3', grade: 'key', computed: 'key' },
      ];
      expect(grade(facts.slipping, history, '2026-Q4').change).toBe('held');
    });

    it('promotes at once (promoteAfterPeriods defaults to 1), and ignores unknown past grades', () => {
      const up = grade(
        facts.star,
        [{ customerId: 'c', period: '2026-Q3', grade: 'ordinary', computed: 'ordinary' }],
        '2026-Q4',
      );
      expect([up.grade, up.change]).toEqual(['key', 'promoted']);
      const unknown = grade(
        facts.star,
        [{ customerId: 'c', period: '2026-Q3', grade: 'vip', computed: 'vip' }],
        '2026-Q4',
      );
      expect([unknown.grade, unknown.change, unknown.trace[1]?.code]).toEqual([
        'key',
        'new',
        'grading.policy.previous-unknown',
      ]);
    });

    it('delays promotions too when asked', () => {
      const slow = { ...policy, hysteresis: { promoteAfterPeriods: 2 } };
      const [g] = gradeCustomers(slow, [{ customerId: 'c', facts: facts.star }], {
        asOf: '2026-12-31',
        period: '2026-Q4',
        history: [{ customerId: 'c', period: '2026-Q3', grade: 'ordinary', computed: 'ordinary' }],
      }).grades;
      expect([g?.grade, g?.change, g?.trace[1]?.code]).toEqual([
        'ordinary',
        'held',
        'grading.policy.hold.promotion',
      ]);
    });
  });

  it('applies the version in force on asOf', () => {
    const v2 = { ...policy, effectiveFrom: '2027-01-01', rules: [], default: 'ordinary' };
    const rows = [{ customerId: 'a', facts: facts.star }];
    expect(gradeCustomers([v2, policy], rows, { asOf: '2026-12-31' }).grades[0]?.grade).toBe('key');
    expect(gradeCustomers([v2, policy], rows, { asOf: '2027-01-01' }).grades[0]?.grade).toBe(
      'ordinary',
    );
  });

  describe('bad input → coded errors', () => {
    const rows = [{ customerId: 'a', facts: facts.star }];
    const cases: Array<[string, unknown, string, Array<string | number>]> = [
      [
        'a rule grade not declared',
        {
          ...policy,
          rules: [{ grade: 'vip', when: { fact: 'purchases', operator: 'gt', value: 0 } }],
        },
        'INVALID_RULE',
        ['policy', 0, 'rules', 0, 'grade'],
      ],
      [
        'a default not declared',
        { ...policy, default: 'none' },
        'INVALID_RULE',
        ['policy', 0, 'default'],
      ],
      [
        'a duplicate grade',
        { ...policy, grades: [{ id: 'key' }, { id: 'key' }] },
        'INVALID_INPUT',
        ['policy', 0, 'grades', 1, 'id'],
      ],
      [
        'an unknown fact',
        {
          ...policy,
          rules: [{ grade: 'key', when: { fact: 'revenue', operator: 'gt', value: 0 } }],
        },
        'UNKNOWN_FACT',
        ['policy', 0, 'rules', 0, 'when', 'fact'],
      ],
      [
        'a money fact compared with a number',
        {
          ...policy,
          rules: [{ grade: 'key', when: { fact: 'amount', operator: 'gt', value: '5' } }],
        },
        'FACT_TYPE_MISMATCH',
        ['policy', 0, 'rules', 0, 'when', 'value'],
      ],
      [
        'a bad hysteresis',
        { ...policy, hysteresis: { demoteAfterPeriods: 0 } },
        'INVALID_INPUT',
        ['policy', 0, 'hysteresis', 'demoteAfterPeriods'],
      ],
      [
        'a bad date',
        { ...policy, effectiveFrom: '2026-13-01' },
        'INVALID_DATE',
        ['policy', 0, 'effectiveFrom'],
      ],
    ];
    it.each(cases)('%s', (_, bad, code, path) => {
      const error = thrown(() => gradeCustomers(bad, rows, { asOf: '2026-06-30' }));
      expect([error.code, error.path]).toEqual([code, path]);
    });

    it('overlapping versions, no version in force, a bad asOf', () => {
      expect(
        thrown(() => gradeCustomers([policy, policy], rows, { asOf: '2026-06-30' })).code,
      ).toBe('OVERLAPPING_VERSIONS');
      expect(thrown(() => gradeCustomers(policy, rows, { asOf: '2025-06-30' })).code).toBe(
        'NO_VERSION_IN_FORCE',
      );
      expect(thrown(() => gradeCustomers(policy, rows, { asOf: '30/06/2026' })).path).toEqual([
        'options',
        'asOf',
      ]);
    });

    it('a customer twice, money in another currency, history not before the period', () => {
      const twice = thrown(() =>
        gradeCustomers(policy, [...rows, ...rows], { asOf: '2026-06-30' }),
      );
      expect([twice.code, twice.path]).toEqual(['INVALID_INPUT', ['rows', 1, 'customerId']]);
      const usd = thrown(() =>
        gradeCustomers(
          policy,
          [{ customerId: 'a', facts: { ...facts.star, amount: money('1', 'USD') } }],
          { asOf: '2026-06-30' },
        ),
      );
      expect([usd.code, usd.path]).toEqual(['CURRENCY_MISMATCH', ['rows', 0, 'facts', 'amount']]);
      const late = thrown(() =>
        gradeCustomers(policy, rows, {
          asOf: '2026-06-30',
          period: '2026-Q2',
          history: [{ customerId: 'a', period: '2026-Q2', grade: 'key', computed: 'key' }],
        }),
      );
      expect([late.code, late.path]).toEqual(['INVALID_INPUT', ['history', 0, 'period']]);
    });
  });

  describe('properties', () => {
    const usdPolicy = {
      effectiveFrom: '2026-01-01',
      rules: [
        {
          grade: 'key',
          when: {
            all: [
              { fact: 'amount', operator: 'gte', value: { amount: '500', currency: 'USD' } },
              { fact: 'purchases', operator: 'gte', value: 3 },
            ],
          },
        },
        { grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: 30 } },
        { grade: 'ordinary', when: { fact: 'purchases', operator: 'gte', value: 2 } },
      ],
      default: 'potential',
    };

    it('grading is deterministic and independent of the order of transactions and rows', () => {
      fc.assert(
        fc.property(
          transactionsArb().chain((txs) =>
            fc.tuple(fc.constant(txs), fc.shuffledSubarray(txs, { minLength: txs.length })),
          ),
          ([txs, shuffled]) => {
            const grade = (rows: typeof txs, reverse: boolean) => {
              const result = summariseTransactions(rows, { currency: 'USD', end: '2026-03-31' });
              const factRows = gradingFacts(result);
              return gradeCustomers(usdPolicy, reverse ? [...factRows].reverse() : factRows, {
                asOf: '2026-03-31',
              });
            };
            expect(grade(shuffled, true)).toEqual(grade(txs, false));
          },
        ),
      );
    });

    it('with hysteresis, a demotion needs that many consecutive lower grades', () => {
      const grades = ['key', 'ordinary', 'potential', 'dormant'];
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...grades), { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 1, max: 4 }),
          (computedPerPeriod, needed) => {
            // Run period by period, feeding each result back as history.
            const h = { ...usdPolicy, rules: [], hysteresis: { demoteAfterPeriods: needed } };
            const history: GradeResult[] = [];
            computedPerPeriod.forEach((computed, p) => {
              const [g] = gradeCustomers(
                { ...h, default: computed },
                [{ customerId: 'c', facts: {} }],
                {
                  asOf: '2026-06-30',
                  period: `P${String(p).padStart(2, '0')}`,
                  history,
                },
              ).grades;
              const result = g as GradeResult;
              const held = history[history.length - 1]?.grade;
              if (held !== undefined && grades.indexOf(result.grade) > grades.indexOf(held)) {
                // demoted: the last `needed` computed grades were all below the held grade
                const window = [...history.map((r) => r.computed), computed].slice(-needed);
                expect(window).toHaveLength(needed);
                for (const c of window)
                  expect(grades.indexOf(c)).toBeGreaterThan(grades.indexOf(held));
                expect(result.grade).toBe(
                  window.reduce((a, b) => (grades.indexOf(a) < grades.indexOf(b) ? a : b)),
                );
              }
              history.push(result);
            });
          },
        ),
      );
    });
  });

  it('a rule nested 2,000 deep → LIMIT_EXCEEDED at the rule, not a stack overflow (issue 13)', async () => {
    const leaf = { fact: 'purchases', operator: 'gte', value: 1 };
    const policy = {
      effectiveFrom: '2026-01-01',
      rules: [{ grade: 'key', when: nestedAll(2_000, leaf) }],
      default: 'ordinary',
    };
    const error = await limitExceeded(() => gradeCustomers(policy, [], { asOf: '2026-06-30' }));
    expect(error.path.slice(0, 5)).toEqual(['policy', 0, 'rules', 0, 'when']);
  });
});
