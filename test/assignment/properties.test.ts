import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AccountAssignment, assignAccounts } from '../../src/assignment';

const AS_OF = '2026-06-30';
const SENIOR_FOR_KEY = {
  id: 'senior-for-key',
  when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
  require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 },
};

/** A small book: up to 6 managers (some leavers, some junior), up to 40 customers. */
const bookArb = fc
  .record({
    managers: fc.array(
      fc.record({
        hired: fc.integer({ min: 2015, max: 2026 }),
        left: fc.boolean(),
        team: fc.nat(2),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    customers: fc.array(
      fc.record({
        grade: fc.constantFrom('A', 'B', 'C'),
        value: fc.integer({ min: 0, max: 5000 }),
        owner: fc.integer({ min: -1, max: 6 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ managers, customers }) => ({
    managers: managers.map((m, i) => ({
      id: `M-${i}`,
      teamId: `T-${m.team}`,
      hireDate: `${m.hired}-01-01`,
      ...(m.left && i > 0 ? { leaveDate: '2026-03-31' } : {}),
    })),
    customers: customers.map((c, i) => ({
      id: `C-${String(i).padStart(2, '0')}`,
      grade: c.grade,
      value: { amount: `${c.value}.00`, currency: 'USD' },
    })),
    current: customers.flatMap((c, i) =>
      c.owner < 0
        ? []
        : [{ customerId: `C-${String(i).padStart(2, '0')}`, managerId: `M-${c.owner}` }],
    ),
  }));

const policyArb = fc.record({
  effectiveFrom: fc.constant('2026-01-01'),
  currency: fc.constant('USD'),
  mode: fc.constantFrom('balanced', 'leastLoaded', 'roundRobin'),
  rules: fc.constantFrom([], [SENIOR_FOR_KEY]),
  capacity: fc.option(
    fc.record({
      default: fc.record({ maxCustomers: fc.nat(8), maxValue: fc.constantFrom('3000', '20000') }),
    }),
    { nil: undefined },
  ),
  tolerance: fc.record({ customers: fc.integer({ min: 1, max: 3 }) }),
});

const rotate = <T>(list: readonly T[], by: number): T[] =>
  list.length === 0
    ? []
    : [...list.slice(by % list.length), ...list.slice(0, by % list.length)].reverse();

const cents = (amount: string) => Math.round(Number(amount) * 100);

function clean<T extends object>(policy: T): T {
  return JSON.parse(JSON.stringify(policy)) as T;
}

describe('assignAccounts: properties', () => {
  it('assigns every customer to an eligible manager or lists it as unplaceable with a reason', () => {
    fc.assert(
      fc.property(policyArb, bookArb, (policy, book) => {
        const result = assignAccounts(clean(policy), book, { asOf: AS_OF });
        expect(result.customers.map((r) => r.customerId)).toEqual(book.customers.map((c) => c.id));
        for (const row of result.customers) {
          if (row.managerId === null) {
            expect(row.unplaceable).not.toBeNull();
            expect(result.unplaceable).toContain(row);
          } else {
            expect(row.unplaceable).toBeNull();
            expect(row.candidates.find((v) => v.managerId === row.managerId)?.eligible).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never puts a manager over a capacity', () => {
    fc.assert(
      fc.property(policyArb, bookArb, (policy, book) => {
        const result = assignAccounts(clean(policy), book, { asOf: AS_OF });
        for (const m of result.managers) {
          if (m.maxCustomers !== null)
            expect(m.after.customers).toBeLessThanOrEqual(m.maxCustomers);
          if (m.maxValue !== null)
            expect(cents(m.after.value.amount)).toBeLessThanOrEqual(cents(m.maxValue.amount));
          if (m.status !== 'active') expect(m.after.customers).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(policyArb, bookArb, fc.nat(50), (policy, book, by) => {
        const shuffled = {
          customers: rotate(book.customers, by),
          managers: rotate(book.managers, by + 1),
          current: rotate(book.current, by + 2),
        };
        const a = assignAccounts(clean(policy), book, { asOf: AS_OF });
        const b = assignAccounts(clean(policy), shuffled, { asOf: AS_OF });
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every owner when re-run with room enough and the same rules', () => {
    fc.assert(
      fc.property(policyArb, bookArb, (drawn, book) => {
        // Balanced mode too, rules or not: the first run's loads are within the tolerance (or
        // the tightest spread), so keeping every owner is a plan that loses none.
        const policy = clean({ ...drawn, capacity: undefined });
        const first = assignAccounts(policy, { ...book, current: [] }, { asOf: AS_OF });
        const current = first.customers.flatMap((r) =>
          r.managerId === null ? [] : [{ customerId: r.customerId, managerId: r.managerId }],
        );
        const again: AccountAssignment = assignAccounts(
          policy,
          { ...book, current },
          { asOf: AS_OF },
        );
        expect(again.moved).toBe(0);
        expect(again.customers.map((r) => r.managerId)).toEqual(
          first.customers.map((r) => r.managerId),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('balances counts within the tolerance when every active manager can take every customer', () => {
    fc.assert(
      fc.property(policyArb, bookArb, (drawn, book) => {
        const policy = clean({ ...drawn, mode: 'balanced', rules: [], capacity: undefined });
        const result = assignAccounts(policy, book, { asOf: AS_OF });
        if (result.managers.some((m) => m.status === 'active'))
          expect(result.balance.customers.within).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
