import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AccountAssignment, assignAccounts } from '../../src/assignment';

const AS_OF = '2026-06-30';
const SENIOR_FOR_KEY = {
  id: 'senior-for-key',
  when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
  require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 },
};

/**
 * Tiny instances for an exhaustive search: up to 4 managers (juniors, seniors, a leaver) with
 * capacities in customers and in grade-A customers, up to 6 customers of grade A or B, some
 * with a current owner; the senior-for-key rule or none; tolerance 1 or 2. No value capacity:
 * the exact guarantees are over counts (see docs/assignment.md §2).
 */
const instanceArb = fc
  .record({
    managers: fc.array(
      fc.record({
        senior: fc.boolean(),
        left: fc.boolean(),
        max: fc.option(fc.nat(4), { nil: undefined }),
        maxA: fc.option(fc.nat(2), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    customers: fc.array(
      fc.record({
        grade: fc.constantFrom('A', 'B'),
        value: fc.nat(9),
        owner: fc.integer({ min: -1, max: 3 }),
      }),
      { maxLength: 6 },
    ),
    rule: fc.boolean(),
    tolerance: fc.integer({ min: 1, max: 2 }),
  })
  .map(({ managers, customers, rule, tolerance }) => {
    const capacity: Record<string, object> = {};
    managers.forEach((m, i) => {
      const own = {
        ...(m.max === undefined ? {} : { maxCustomers: m.max }),
        ...(m.maxA === undefined ? {} : { byGrade: { A: m.maxA } }),
      };
      if (Object.keys(own).length > 0) capacity[`M-${i}`] = own;
    });
    return {
      policy: {
        effectiveFrom: '2026-01-01',
        currency: 'USD',
        rules: rule ? [SENIOR_FOR_KEY] : [],
        capacity: { managers: capacity },
        tolerance: { customers: tolerance } as { customers: number; valuePercent?: string },
      },
      book: {
        managers: managers.map((m, i) => ({
          id: `M-${i}`,
          hireDate: m.senior ? '2015-01-01' : '2025-01-01',
          ...(m.left && i > 0 ? { leaveDate: '2026-01-31' } : {}),
        })),
        customers: customers.map((c, i) => ({
          id: `C-${i}`,
          grade: c.grade,
          value: { amount: `${c.value}.00`, currency: 'USD' },
        })),
        current: customers.flatMap((c, i) =>
          c.owner < 0 || c.owner >= managers.length
            ? []
            : [{ customerId: `C-${i}`, managerId: `M-${c.owner}` }],
        ),
      },
    };
  });

type Instance = typeof instanceArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Placed, spread and moves of one assignment: a move is a customer whose current owner is active
 * and eligible (an owner the policy keeps) and that does not stay with it — placed elsewhere or
 * not placed. Customers whose owner left or may not serve them move anyway and are not counted.
 */
interface Score {
  readonly placed: number;
  readonly spread: number;
  readonly moves: number;
}

/**
 * Every assignment of the instance (each customer to an eligible manager or nowhere) that
 * honours the capacities, scored; eligibility is read from the result's candidate verdicts (its
 * own tests are elsewhere), everything else is counted here.
 */
function everyFeasible(instance: Instance, result: AccountAssignment): Score[] {
  const managers = result.managers.map((m) => m.managerId);
  const active = result.managers.flatMap((m, i) => (m.status === 'active' ? [i] : []));
  const caps = managers.map((id) => {
    const own = (
      instance.policy.capacity.managers as Record<
        string,
        { maxCustomers?: number; byGrade?: { A: number } }
      >
    )[id];
    return { max: own?.maxCustomers ?? Infinity, maxA: own?.byGrade?.A ?? Infinity };
  });
  const rows = result.customers;
  const options = rows.map((row) => [
    -1,
    ...row.candidates.flatMap((v, m) => (v.eligible ? [m] : [])),
  ]);
  const scores: Score[] = [];
  const pick = new Array<number>(rows.length).fill(-1);
  const walk = (k: number) => {
    if (k === rows.length) {
      const count = managers.map(() => 0);
      const countA = managers.map(() => 0);
      let moves = 0;
      pick.forEach((m, c) => {
        if (m < 0) return;
        count[m] = (count[m] as number) + 1;
        if (rows[c]?.grade === 'A') countA[m] = (countA[m] as number) + 1;
      });
      rows.forEach((row, c) => {
        const owner = managers.indexOf(row.previousManagerId ?? '');
        if (owner >= 0 && row.candidates[owner]?.eligible && pick[c] !== owner) moves += 1;
      });
      if (
        count.some(
          (n, m) =>
            n > (caps[m]?.max as number) || (countA[m] as number) > (caps[m]?.maxA as number),
        )
      )
        return;
      const loads = active.map((m) => count[m] as number);
      scores.push({
        placed: pick.filter((m) => m >= 0).length,
        spread: loads.length === 0 ? 0 : Math.max(...loads) - Math.min(...loads),
        moves,
      });
      return;
    }
    for (const m of options[k] as number[]) {
      pick[k] = m;
      walk(k + 1);
    }
  };
  walk(0);
  return scores;
}

const run = (instance: Instance) => assignAccounts(instance.policy, instance.book, { asOf: AS_OF });

describe('balanced mode: hand-computed', () => {
  it('reaches the tolerance through a chain of managers, with the fewest owners lost', () => {
    // A customers may go to teams T-1 or T-2, B customers to T-2 or T-3. M-1 (T-1) owns A1–A4,
    // M-2 (T-2) owns B1, B2, M-3 (T-3) none. Six customers over three managers within 1: every
    // load must be 2. M-1 can keep 2 A; the other 2 A can only go to M-2, which must then pass
    // both B on to M-3: 4 owners lost, and no fewer will do. (The greedy balancing of the
    // previous release moved A4 to M-2 and B2 to M-3 and stopped at 3/2/1: spread 2.)
    const team = (value: string[]) => ({ fact: 'manager.team', operator: 'in', value });
    const customers = ['A1', 'A2', 'A3', 'A4', 'B1', 'B2'].map((id) => ({ id, grade: id[0] }));
    const result = assignAccounts(
      {
        effectiveFrom: '2026-01-01',
        currency: 'USD',
        rules: [
          {
            id: 'a-team',
            when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
            require: team(['T-1', 'T-2']),
          },
          {
            id: 'b-team',
            when: { fact: 'customer.grade', operator: 'eq', value: 'B' },
            require: team(['T-2', 'T-3']),
          },
        ],
      },
      {
        customers,
        managers: [1, 2, 3].map((i) => ({
          id: `M-${i}`,
          teamId: `T-${i}`,
          hireDate: '2020-01-01',
        })),
        current: customers.map((c) => ({
          customerId: c.id,
          managerId: c.grade === 'A' ? 'M-1' : 'M-2',
        })),
      },
      { asOf: AS_OF },
    );
    expect(result.customers.map((r) => [r.customerId, r.managerId, r.owner, r.why])).toEqual([
      ['A1', 'M-1', 'kept', 'kept'],
      ['A2', 'M-1', 'kept', 'kept'],
      ['A3', 'M-2', 'rebalanced', 'rebalanced'],
      ['A4', 'M-2', 'rebalanced', 'rebalanced'],
      ['B1', 'M-3', 'rebalanced', 'rebalanced'],
      ['B2', 'M-3', 'rebalanced', 'rebalanced'],
    ]);
    expect(result.moved).toBe(4);
    expect(result.balance.customers).toEqual({ spread: 0, tolerance: 1, within: true });
  });
});

describe('balanced mode: the plan is optimal (exhaustive search on tiny instances)', () => {
  it('places as many customers as any assignment within the capacities can', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = run(instance);
        const best = Math.max(...everyFeasible(instance, result).map((s) => s.placed));
        const placed = result.customers.filter((r) => r.managerId !== null).length;
        expect(placed).toBe(best);
        for (const row of result.unplaceable) expect(row.unplaceable).not.toBeNull();
      }),
      { numRuns: 80 },
    );
  });

  it('honours every capacity in customers and in customers by grade', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = run(instance);
        const caps = instance.policy.capacity.managers as Record<
          string,
          { maxCustomers?: number; byGrade?: { A: number } }
        >;
        for (const m of result.managers) {
          const rows = result.customers.filter((r) => r.managerId === m.managerId);
          expect(rows.length).toBeLessThanOrEqual(caps[m.managerId]?.maxCustomers ?? Infinity);
          expect(rows.filter((r) => r.grade === 'A').length).toBeLessThanOrEqual(
            caps[m.managerId]?.byGrade?.A ?? Infinity,
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the count spread within the tolerance whenever an assignment placing as many does', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = run(instance);
        const scores = everyFeasible(instance, result);
        const best = Math.max(...scores.map((s) => s.placed));
        const tightest = Math.min(...scores.filter((s) => s.placed === best).map((s) => s.spread));
        const target = Math.max(instance.policy.tolerance.customers, tightest);
        expect(result.balance.customers.spread).toBeLessThanOrEqual(target);
        expect(result.balance.customers.within).toBe(
          tightest <= instance.policy.tolerance.customers,
        );
      }),
      { numRuns: 80 },
    );
  });

  it('moves the fewest customers off their owners among assignments meeting the above', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = run(instance);
        const scores = everyFeasible(instance, result);
        const best = Math.max(...scores.map((s) => s.placed));
        const full = scores.filter((s) => s.placed === best);
        const target = Math.max(
          instance.policy.tolerance.customers,
          Math.min(...full.map((s) => s.spread)),
        );
        const fewest = Math.min(...full.filter((s) => s.spread <= target).map((s) => s.moves));
        const lost = result.customers.filter(
          (r) => r.owner === 'rebalanced' || r.owner === 'capacity',
        ).length;
        expect(lost).toBe(fewest);
      }),
      { numRuns: 80 },
    );
  });

  it('does not depend on the order of customers, managers or owners', () => {
    fc.assert(
      fc.property(instanceArb, fc.nat(20), (instance, by) => {
        const turn = <T>(list: readonly T[], k: number) =>
          list.length === 0
            ? []
            : [...list.slice(k % list.length), ...list.slice(0, k % list.length)].reverse();
        const shuffled = {
          policy: instance.policy,
          book: {
            customers: turn(instance.book.customers, by),
            managers: turn(instance.book.managers, by + 1),
            current: turn(instance.book.current, by + 2),
          },
        };
        expect(run(shuffled)).toEqual(run(instance));
      }),
      { numRuns: 60 },
    );
  });
});

describe('balanced mode: the value pass', () => {
  it('changes no placement and loses no owner, keeps counts in the window, never widens the value spread', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const withPercent = (valuePercent: string) =>
          run({
            ...instance,
            policy: {
              ...instance.policy,
              tolerance: { ...instance.policy.tolerance, valuePercent },
            },
          });
        const plan = withPercent('100000000'); // the plan as the flow left it: no value step
        const even = withPercent('0');
        const lost = (r: AccountAssignment) =>
          r.customers.filter((c) => c.owner === 'rebalanced' || c.owner === 'capacity').length;
        expect(even.unplaceable.map((r) => r.customerId)).toEqual(
          plan.unplaceable.map((r) => r.customerId),
        );
        expect(lost(even)).toBe(lost(plan));
        expect(even.balance.customers.spread).toBeLessThanOrEqual(
          Math.max(instance.policy.tolerance.customers, plan.balance.customers.spread),
        );
        expect(Number(even.balance.value.spread.amount)).toBeLessThanOrEqual(
          Number(plan.balance.value.spread.amount),
        );
      }),
      { numRuns: 60 },
    );
  });
});
