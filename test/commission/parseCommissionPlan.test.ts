import { describe, expect, it } from 'vitest';
import {
  CommissionPlan,
  type CommissionPlanInput,
  parseCommissionPlan,
  safeParseCommissionPlan,
} from '../../src/commission';
import { INPUT_LIMITS } from '../../src/errors';
import { formatError } from '../../src/explain';
import { limitExceeded, nestedAll } from '../_support/limits';
import { thrown } from '../_support/money';
import { flat, plan, tiers } from './fixtures';

describe('parseCommissionPlan', () => {
  it('fills in the defaults and keeps the plan as JSON', () => {
    const parsed = parseCommissionPlan(plan());
    expect([
      parsed.periodGrain,
      parsed.rounding,
      parsed.fx,
      parsed.payout.timing,
      parsed.clawback,
    ]).toEqual([
      'month',
      { at: 'line', mode: 'half-up' },
      { policy: 'document-date', lookup: 'on-or-before' },
      'earned',
      { returns: true, cancellations: true },
    ]);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    expect(CommissionPlan.parse(parsed)).toEqual(parsed);
  });

  it('reports every kind of bad tier table at the tier', () => {
    const bad = (bounds: Array<[string, string | null, string]>) =>
      thrown(() =>
        parseCommissionPlan(plan({ components: [tiers('marginal', 'line', bounds)] }), [
          'plans',
          2,
        ]),
      ).path;
    expect(
      bad([
        ['0', '100', '0.1'],
        ['150', null, '0.2'],
      ]),
    ).toEqual(['plans', 2, 'components', 0, 'calculation', 'tiers', 1, 'from']);
    expect(
      bad([
        ['0', null, '0.1'],
        ['100', null, '0.2'],
      ]),
    ).toEqual(['plans', 2, 'components', 0, 'calculation', 'tiers', 0, 'to']);
  });

  it('checks multiplier bands like tiers, and ids, currencies and conditions', () => {
    const accelerator = {
      ...flat('0.1'),
      modifiers: [
        {
          kind: 'multiplier',
          basis: 'attainment',
          bands: [
            { from: '0', to: '90', factor: '1' },
            { from: '100', to: null, factor: '2' },
          ],
        },
      ],
    };
    expect(
      thrown(() => parseCommissionPlan(plan({ components: [accelerator as never] }))).path,
    ).toEqual(['components', 0, 'modifiers', 0, 'bands', 1, 'from']);
    expect(
      thrown(() => parseCommissionPlan(plan({ components: [flat('0.1'), flat('0.2')] }))).path,
    ).toEqual(['components', 1, 'id']);
    const euroCap = {
      ...flat('0.1'),
      modifiers: [{ kind: 'cap', per: 'period', amount: { amount: '10', currency: 'EUR' } }],
    };
    expect(thrown(() => parseCommissionPlan(plan({ components: [euroCap as never] }))).code).toBe(
      'CURRENCY_MISMATCH',
    );
    const euroCondition = {
      ...flat('0.1'),
      eligibility: {
        fact: 'line.amount',
        operator: 'gt',
        value: { amount: '10', currency: 'EUR' },
      },
    };
    expect(
      thrown(() => parseCommissionPlan(plan({ components: [euroCondition as never] }))).path,
    ).toEqual(['components', 0, 'eligibility']);
    expect(safeParseCommissionPlan({ ...plan(), extra: 1 }).success).toBe(false);
  });

  describe('limits: refused quickly with LIMIT_EXCEEDED and a path (issue 13)', () => {
    const leaf = { fact: 'product.category', operator: 'eq', value: 'VALVES' };
    const rate = { kind: 'rate', value: '0.05' } as const;
    const table = (rows: unknown[]) =>
      plan({
        components: [
          {
            id: 'c',
            name: 'c',
            calculation: { kind: 'rate-table', noMatch: { kind: 'error' }, rows },
          },
        ],
      } as never);
    const at = ['components', 0, 'calculation', 'rows'];

    it('a rule nested 2,000 deep (a stack overflow before)', async () => {
      const deep = table([{ id: 'r', when: nestedAll(2_000, leaf), rate }]);
      const error = await limitExceeded(() => parseCommissionPlan(deep));
      expect(error.path.slice(0, 6)).toEqual([...at, 0, 'when']);
      expect(safeParseCommissionPlan(deep).success).toBe(false);
    });

    it('a rule of 100,000 leaves, in one list or spread over many', async () => {
      const wide = table([{ id: 'r', when: { any: Array(100_000).fill(leaf) }, rate }]);
      const spread = table([
        {
          id: 'r',
          when: { any: Array.from({ length: 20 }, () => ({ all: Array(5_000).fill(leaf) })) },
          rate,
        },
      ]);
      const error = await limitExceeded(() => parseCommissionPlan(wide));
      expect([error.path, error.value]).toEqual([[...at, 0, 'when', 'any'], 100_000]);
      const spreadError = await limitExceeded(() => parseCommissionPlan(spread));
      expect(spreadError.path).toEqual([...at, 0, 'when', 'any', 1, 'all', 4_997]);
    });

    it('a rate table of 100,000 rows (accepted after 5.7 s before)', async () => {
      const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, when: leaf, rate }));
      const error = await limitExceeded(() => parseCommissionPlan(table(rows), ['plans', 0]));
      expect([error.path, error.value]).toEqual([['plans', 0, ...at], 100_000]);
    });

    it('any list of a plan: at most INPUT_LIMITS.maxTableRows entries', async () => {
      const many = Array.from({ length: INPUT_LIMITS.maxTableRows + 1 }, (_, i) => ({
        from: String(i),
        to: String(i + 1),
        rate: '0.01',
      }));
      const error = await limitExceeded(() =>
        parseCommissionPlan(
          plan({
            components: [
              {
                id: 't',
                name: 't',
                calculation: { kind: 'tiers', mode: 'marginal', measure: 'line', tiers: many },
              },
            ],
          } as never),
        ),
      );
      expect(error.path).toEqual(['components', 0, 'calculation', 'tiers']);
    });
  });
});

describe('unknown keys in a plan (issue 13)', () => {
  it('the calendar key of the old design doc is refused, not dropped (the year would start in January)', () => {
    const result = safeParseCommissionPlan(
      plan({ calendar: { fiscalYearStartMonth: 4 } } as never),
    );
    expect(
      result.success ? null : [result.error.code, result.error.path, result.error.value],
    ).toEqual(['INVALID_INPUT', ['calendar', 'fiscalYearStartMonth'], 4]);
    expect(parseCommissionPlan(plan({ calendar: { startMonth: 4 } })).calendar.startMonth).toBe(4);
  });

  it('is refused at the top and in nested objects, with the path to the key', () => {
    const at = (extra: Partial<CommissionPlanInput>) => {
      const result = safeParseCommissionPlan(plan(extra));
      return result.success ? null : result.error.path;
    };
    expect(at({ typo: 1 } as never)).toEqual(['typo']);
    expect(at({ crediting: { base: 'invoiced', bsae: 'booked' } } as never)).toEqual([
      'crediting',
      'bsae',
    ]);
    expect(
      at({
        components: [
          {
            id: 'c',
            name: 'c',
            calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04', cap: '1' } },
          },
        ],
      } as never),
    ).toEqual(['components', 0, 'calculation', 'rate', 'cap']);
  });
});

describe('errors that say what is missing (issue 18)', () => {
  const refusal = (extra: Partial<CommissionPlanInput>) => {
    const result = safeParseCommissionPlan(plan(extra));
    return result.success ? null : result.error;
  };

  it('a rate table without noMatch names the field and its two choices', () => {
    const error = refusal({
      components: [{ id: 'c', name: 'c', calculation: { kind: 'rate-table', rows: [] } }],
    } as never);
    expect(error?.path).toEqual(['components', 0, 'calculation', 'noMatch']);
    expect(error?.detail).toMatch(/missing key "noMatch"/);
    expect(error?.detail).toContain("{ kind: 'error' }");
    expect(error?.detail).toContain("{ kind: 'rate', rate, reason }");
  });

  it('a misspelt key is named first, with the key it nearly spells', () => {
    const error = refusal({
      components: [
        {
          id: 'c',
          name: 'c',
          calculaton: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } },
        },
      ],
    } as never);
    expect(error?.path).toEqual(['components', 0, 'calculaton']);
    expect(error?.detail).toMatch(/^unknown key "calculaton" \(did you mean "calculation"\?\)/);
    expect(formatError(error, 'zh-CN')).toContain('calculaton');
  });

  it('a missing required key is named', () => {
    const error = refusal({ crediting: {} } as never);
    expect(error?.path).toEqual(['crediting', 'base']);
    expect(error?.detail).toMatch(/^missing key "base"/);
  });
});
