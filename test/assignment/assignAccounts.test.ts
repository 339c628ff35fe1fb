import { describe, expect, it } from 'vitest';
import { assignAccounts, safeAssignAccounts } from '../../src/assignment';
import { CrmRulesError } from '../../src/errors';

const AS_OF = '2026-06-30';
const usd = (amount: string) => ({ amount, currency: 'USD' });
const base = { effectiveFrom: '2026-01-01', currency: 'USD' };
const SENIOR_FOR_KEY = {
  id: 'senior-for-key',
  when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
  require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 },
};
const managerOf = (result: ReturnType<typeof assignAccounts>) =>
  Object.fromEntries(result.customers.map((row) => [row.customerId, row.managerId]));

describe('assignAccounts: hand-computed cases', () => {
  it('gives key (grade A) customers only to managers with 3+ years; the rest balance', () => {
    // M-JUN was hired 2025-09-01: 0 whole years on 2026-06-30; M-SEN 2022-07-01: 3 years
    // (4 on 2026-07-01). The two A customers can only go to M-SEN; with tolerance 1 the loads
    // must be 3 and 2 (window [2, 3]): the plan gives M-JUN two B customers and M-SEN one, and
    // the B customers (all of value 0) go in id order to the manager with quota and the least
    // value, ties to the lower id (M-JUN < M-SEN): B1, B2 to M-JUN, B3 to M-SEN.
    const result = assignAccounts(
      { ...base, rules: [SENIOR_FOR_KEY] },
      {
        customers: ['A1', 'A2', 'B1', 'B2', 'B3'].map((id) => ({ id, grade: id[0] })),
        managers: [
          { id: 'M-SEN', hireDate: '2022-07-01' },
          { id: 'M-JUN', hireDate: '2025-09-01' },
        ],
      },
      { asOf: AS_OF },
    );
    expect(managerOf(result)).toEqual({
      A1: 'M-SEN',
      A2: 'M-SEN',
      B1: 'M-JUN',
      B2: 'M-JUN',
      B3: 'M-SEN',
    });
    const a1 = result.customers[0];
    expect(a1?.candidates).toEqual([
      { managerId: 'M-JUN', eligible: false, reason: 'rule', decidedBy: 'senior-for-key' },
      { managerId: 'M-SEN', eligible: true, reason: 'eligible', decidedBy: null },
    ]);
    expect(a1?.trace).toEqual([
      {
        code: 'assignment.chosen.balanced',
        params: { managerId: 'M-SEN', eligible: 1, managers: 2 },
      },
    ]);
    expect(result.balance.customers).toEqual({ spread: 1, tolerance: 1, within: true });
  });

  it('keeps owners, frees what a full manager cannot hold (highest value kept), and places it', () => {
    // M-1 holds at most 2 customers and owns C1 (500), C2 (900), C3 (100): it keeps C2 and C1,
    // C3 goes to M-2, the only other manager.
    const result = assignAccounts(
      { ...base, capacity: { managers: { 'M-1': { maxCustomers: 2 } } } },
      {
        customers: [
          { id: 'C1', value: usd('500.00') },
          { id: 'C2', value: usd('900.00') },
          { id: 'C3', value: usd('100.00') },
        ],
        managers: [
          { id: 'M-1', hireDate: '2020-01-01' },
          { id: 'M-2', hireDate: '2020-01-01' },
        ],
        current: ['C1', 'C2', 'C3'].map((customerId) => ({ customerId, managerId: 'M-1' })),
      },
      { asOf: AS_OF },
    );
    expect(managerOf(result)).toEqual({ C1: 'M-1', C2: 'M-1', C3: 'M-2' });
    expect(result.customers.map((row) => row.owner)).toEqual(['kept', 'kept', 'capacity']);
    expect(result.moved).toBe(1);
    expect(result.managers).toEqual([
      {
        managerId: 'M-1',
        status: 'active',
        before: { customers: 3, value: usd('1500.00') },
        after: { customers: 2, value: usd('1400.00') },
        maxCustomers: 2,
        maxValue: null,
      },
      {
        managerId: 'M-2',
        status: 'active',
        before: { customers: 0, value: usd('0.00') },
        after: { customers: 1, value: usd('100.00') },
        maxCustomers: null,
        maxValue: null,
      },
    ]);
    expect(result.customers[2]?.trace.map((s) => s.code)).toEqual([
      'assignment.owner.capacity',
      'assignment.chosen.balanced',
    ]);
  });

  it('lists a customer no eligible manager can take as unplaceable, with the reason', () => {
    const result = assignAccounts(
      { ...base, rules: [SENIOR_FOR_KEY], capacity: { default: { byGrade: { A: 1 } } } },
      {
        customers: [
          { id: 'A1', grade: 'A' },
          { id: 'A2', grade: 'A' },
          { id: 'A3', grade: 'A' },
        ],
        managers: [
          { id: 'M-SEN', hireDate: '2015-01-01' },
          { id: 'M-JUN', hireDate: '2026-01-01' },
        ],
      },
      { asOf: AS_OF },
    );
    expect(managerOf(result)).toEqual({ A1: 'M-SEN', A2: null, A3: null });
    expect(result.unplaceable.map((row) => [row.customerId, row.unplaceable])).toEqual([
      ['A2', 'noCapacity'],
      ['A3', 'noCapacity'],
    ]);
    expect(result.unplaceable[0]?.trace).toEqual([
      { code: 'assignment.unplaceable.no-capacity', params: { eligible: 1 } },
    ]);
  });

  it("hands a leaver's customers to the others and never to the leaver", () => {
    // M-2 left on 2026-05-31: its C3 and C4 go to M-1 and M-3 (least loaded, then id).
    const result = assignAccounts(
      base,
      {
        customers: ['C1', 'C2', 'C3', 'C4'].map((id) => ({ id })),
        managers: [
          { id: 'M-1', hireDate: '2020-01-01' },
          { id: 'M-2', hireDate: '2020-01-01', leaveDate: '2026-05-31' },
          { id: 'M-3', hireDate: '2020-01-01' },
        ],
        current: [
          { customerId: 'C1', managerId: 'M-1' },
          { customerId: 'C2', managerId: 'M-3' },
          { customerId: 'C3', managerId: 'M-2' },
          { customerId: 'C4', managerId: 'M-2' },
        ],
      },
      { asOf: AS_OF },
    );
    expect(managerOf(result)).toEqual({ C1: 'M-1', C2: 'M-3', C3: 'M-1', C4: 'M-3' });
    expect(result.customers[2]?.owner).toBe('leaver');
    expect(result.customers[2]?.trace[0]).toEqual({
      code: 'assignment.owner.leaver',
      params: { managerId: 'M-2', rule: '' },
    });
    expect(result.managers.map((m) => [m.managerId, m.status, m.after.customers])).toEqual([
      ['M-1', 'active', 2],
      ['M-2', 'leaver', 0],
      ['M-3', 'active', 2],
    ]);
  });

  it('moves as few kept customers as the count tolerance needs, in balanced mode', () => {
    // M-1 owns 6, M-2 none; tolerance 2: moves 2 (6/0 → 4/2), the latest-kept first.
    const customers = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].map((id) => ({ id }));
    const book = {
      customers,
      managers: [
        { id: 'M-1', hireDate: '2020-01-01' },
        { id: 'M-2', hireDate: '2020-01-01' },
      ],
      current: customers.map((c) => ({ customerId: c.id, managerId: 'M-1' })),
    };
    const balanced = assignAccounts({ ...base, tolerance: { customers: 2 } }, book, {
      asOf: AS_OF,
    });
    expect(balanced.moved).toBe(2);
    expect(balanced.balance.customers).toEqual({ spread: 2, tolerance: 2, within: true });
    expect(balanced.customers.filter((r) => r.why === 'rebalanced').map((r) => r.owner)).toEqual([
      'rebalanced',
      'rebalanced',
    ]);
    const least = assignAccounts({ ...base, mode: 'leastLoaded' }, book, { asOf: AS_OF });
    expect(least.moved).toBe(0);
    expect(least.balance.customers.within).toBe(false);
  });

  it('deals new customers in turn in roundRobin mode', () => {
    const result = assignAccounts(
      { ...base, mode: 'roundRobin' },
      {
        customers: ['C1', 'C2', 'C3', 'C4', 'C5'].map((id) => ({ id })),
        managers: ['M-1', 'M-2', 'M-3'].map((id) => ({ id, hireDate: '2020-01-01' })),
      },
      { asOf: AS_OF },
    );
    expect(Object.values(managerOf(result))).toEqual(['M-1', 'M-2', 'M-3', 'M-1', 'M-2']);
    expect(result.customers.every((row) => row.why === 'roundRobin')).toBe(true);
  });

  it('releases a customer from its owner when the stickiness exception holds', () => {
    // "Keep the current owner unless the owner's KPI score is below 60."
    const result = assignAccounts(
      {
        ...base,
        stickiness: { unless: { fact: 'manager.kpiScore', operator: 'lt', value: 60 } },
      },
      {
        customers: [{ id: 'C1' }],
        managers: [
          { id: 'M-1', hireDate: '2020-01-01', kpiScore: '55' },
          { id: 'M-2', hireDate: '2020-01-01', kpiScore: '80' },
        ],
        current: [{ customerId: 'C1', managerId: 'M-1' }],
      },
      { asOf: AS_OF },
    );
    expect([result.customers[0]?.managerId, result.customers[0]?.owner]).toEqual(['M-2', 'unless']);
  });

  it('matches the customer language when a rule asks for it', () => {
    const result = assignAccounts(
      {
        ...base,
        rules: [
          {
            id: 'speaks-language',
            when: { fact: 'customer.language', operator: 'exists', value: true },
            require: { fact: 'manager.speaksCustomerLanguage', operator: 'eq', value: true },
          },
        ],
      },
      {
        customers: [
          { id: 'C-DE', language: 'de' },
          { id: 'C-ZH', language: 'zh' },
        ],
        managers: [
          { id: 'M-1', hireDate: '2020-01-01', languages: ['en', 'zh'] },
          { id: 'M-2', hireDate: '2020-01-01', languages: ['de'] },
        ],
      },
      { asOf: AS_OF },
    );
    expect(managerOf(result)).toEqual({ 'C-DE': 'M-2', 'C-ZH': 'M-1' });
  });
});

describe('assignAccounts: territories (worked example)', () => {
  // Shape from Zoho CRM's territory help ("Assigning Territories",
  // https://help.zoho.com/portal/en/kb/crm/users-and-control/territory-management/articles/assign-territories,
  // and the example rule "accounts in Maharashtra with annual turnover above Rs. 1 crore belong to
  // Enterprise West", https://aaxonix.com/resources/?p=1158): a record meeting a territory's
  // criteria belongs to it; one meeting none gets no territory. Zoho keeps every matching
  // territory; an owner must be one person, so here the first matching territory (in policy
  // order, most specific first as the second page advises) decides.
  const policy = {
    effectiveFrom: '2026-01-01',
    currency: 'INR',
    territories: [
      {
        id: 'enterprise-west',
        when: {
          all: [
            { fact: 'customer.region', operator: 'eq', value: 'Maharashtra' },
            {
              fact: 'customer.value',
              operator: 'gt',
              value: { amount: '10000000', currency: 'INR' },
            },
          ],
        },
        teams: ['T-ENT'],
      },
      {
        id: 'west',
        when: { fact: 'customer.region', operator: 'in', value: ['Maharashtra', 'Gujarat'] },
        managers: ['M-W'],
      },
    ],
  };
  const book = {
    customers: [
      { id: 'C-BIG', region: 'Maharashtra', value: { amount: '25000000.00', currency: 'INR' } },
      { id: 'C-SMALL', region: 'Maharashtra', value: { amount: '900000.00', currency: 'INR' } },
      { id: 'C-GUJ', region: 'Gujarat' },
      { id: 'C-KAR', region: 'Karnataka' },
    ],
    managers: [
      { id: 'M-E', teamId: 'T-ENT', hireDate: '2018-01-01' },
      { id: 'M-W', teamId: 'T-WEST', hireDate: '2019-01-01' },
    ],
  };

  it('puts each customer in its first matching territory, served by its managers', () => {
    const result = assignAccounts(policy, book, { asOf: AS_OF });
    expect(result.customers.map((r) => [r.customerId, r.territory, r.managerId])).toEqual([
      ['C-BIG', 'enterprise-west', 'M-E'],
      ['C-GUJ', 'west', 'M-W'],
      ['C-KAR', null, 'M-E'],
      ['C-SMALL', 'west', 'M-W'],
    ]);
    expect(result.customers[0]?.candidates[1]).toEqual({
      managerId: 'M-W',
      eligible: false,
      reason: 'territory',
      decidedBy: 'enterprise-west',
    });
  });

  it('lists customers outside every territory as unplaceable when the policy says so', () => {
    const result = assignAccounts({ ...policy, outsideTerritories: 'unplaceable' }, book, {
      asOf: AS_OF,
    });
    expect(result.unplaceable.map((r) => [r.customerId, r.unplaceable])).toEqual([
      ['C-KAR', 'outsideTerritories'],
    ]);
  });
});

describe('assignAccounts: bad input', () => {
  const managers = [{ id: 'M-1', hireDate: '2020-01-01' }];
  const fails = (policy: unknown, book: unknown) => {
    const result = safeAssignAccounts(policy, book, { asOf: AS_OF });
    if (result.success) throw new Error('expected a failure');
    expect(result.error).toBeInstanceOf(CrmRulesError);
    return [result.error.code, result.error.path];
  };

  it('refuses a rule over an unknown fact, at the leaf', () => {
    const rule = { id: 'r', require: { fact: 'manager.shoeSize', operator: 'gt', value: 40 } };
    expect(fails({ ...base, rules: [rule] }, { customers: [], managers })).toEqual([
      'UNKNOWN_FACT',
      ['policy', 0, 'rules', 0, 'require', 'fact'],
    ]);
    const when = {
      id: 'r',
      when: { fact: 'manager.team', operator: 'eq', value: 'x' },
      require: rule.require,
    };
    expect(
      fails(
        {
          ...base,
          rules: [{ ...when, require: { fact: 'manager.load', operator: 'lt', value: 9 } }],
        },
        { customers: [], managers },
      ),
    ).toEqual(['UNKNOWN_FACT', ['policy', 0, 'rules', 0, 'when', 'fact']]);
  });

  it('refuses a negative capacity', () => {
    expect(
      fails({ ...base, capacity: { default: { maxCustomers: -1 } } }, { customers: [], managers }),
    ).toEqual(['INVALID_INPUT', ['policy', 0, 'capacity', 'default', 'maxCustomers']]);
    expect(
      fails(
        { ...base, capacity: { managers: { 'M-1': { maxValue: '-5' } } } },
        { customers: [], managers },
      ),
    ).toEqual(['INVALID_AMOUNT', ['policy', 0, 'capacity', 'managers', 'M-1', 'maxValue']]);
  });

  it('refuses duplicate manager and customer ids, at the second one', () => {
    expect(fails(base, { customers: [], managers: [...managers, ...managers] })).toEqual([
      'INVALID_INPUT',
      ['book', 'managers', 1, 'id'],
    ]);
    expect(fails(base, { customers: [{ id: 'C' }, { id: 'D' }, { id: 'C' }], managers })).toEqual([
      'INVALID_INPUT',
      ['book', 'customers', 2, 'id'],
    ]);
  });

  it('refuses malformed rows with the exact path, and values in another currency', () => {
    expect(fails(base, { customers: [{ id: 'C', colour: 'red' }], managers })).toEqual([
      'INVALID_INPUT',
      ['book', 'customers', 0, 'colour'],
    ]);
    expect(
      fails(base, { customers: [{ id: 'C', value: { amount: '1', currency: 'EUR' } }], managers }),
    ).toEqual(['CURRENCY_MISMATCH', ['book', 'customers', 0, 'value', 'currency']]);
    expect(
      fails(base, {
        customers: [{ id: 'C', value: { amount: '1.001', currency: 'USD' } }],
        managers,
      }),
    ).toEqual(['INVALID_AMOUNT', ['book', 'customers', 0, 'value', 'amount']]);
  });
});
