import { describe, expect, it } from 'vitest';
import { assignAccounts, handoverList, safeHandoverList } from '../../src/assignment';

const base = { effectiveFrom: '2026-01-01', currency: 'USD' };
const SENIOR_FOR_KEY = {
  id: 'senior-for-key',
  when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
  require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 },
};
const managers = [
  { id: 'M-JUN', hireDate: '2025-01-01' },
  { id: 'M-LEFT', hireDate: '2015-01-01', leaveDate: '2026-05-31' },
  { id: 'M-SEN', hireDate: '2016-01-01' },
];
const currentOf = (result: ReturnType<typeof assignAccounts>) =>
  result.customers.flatMap((row) =>
    row.managerId === null ? [] : [{ customerId: row.customerId, managerId: row.managerId }],
  );

describe('handoverList', () => {
  it('says who moves, from whom to whom and why: a leaver, a grade change', () => {
    const before = assignAccounts(
      { ...base, rules: [SENIOR_FOR_KEY] },
      {
        customers: [
          { id: 'C1', grade: 'B' },
          { id: 'C2', grade: 'B' },
          { id: 'C3', grade: 'B' },
        ],
        managers,
        current: [
          { customerId: 'C1', managerId: 'M-JUN' },
          { customerId: 'C2', managerId: 'M-LEFT' },
          { customerId: 'C3', managerId: 'M-SEN' },
        ],
      },
      { asOf: '2026-03-31' },
    );
    // By June C1 became a key customer (its junior manager no longer qualifies) and M-LEFT left.
    const after = assignAccounts(
      { ...base, rules: [SENIOR_FOR_KEY] },
      {
        customers: [
          { id: 'C1', grade: 'A' },
          { id: 'C2', grade: 'B' },
          { id: 'C3', grade: 'B' },
        ],
        managers,
        current: currentOf(before),
      },
      { asOf: '2026-06-30' },
    );
    const list = handoverList(before, after);
    expect(
      list.map((h) => [h.customerId, h.fromManagerId, h.toManagerId, h.reason, h.decidedBy]),
    ).toEqual([
      ['C1', 'M-JUN', 'M-SEN', 'gradeChange', 'senior-for-key'],
      ['C2', 'M-LEFT', 'M-JUN', 'leaver', null],
    ]);
    expect(list[0]?.trace).toEqual([
      {
        code: 'assignment.handover.grade-change',
        params: { customerId: 'C1', from: 'M-JUN', to: 'M-SEN', rule: 'senior-for-key' },
      },
    ]);
  });

  it('names capacity and removed customers, and is empty between equal runs', () => {
    const book = {
      customers: [{ id: 'C1' }, { id: 'C2' }],
      managers: managers.slice(0, 1).concat(managers.slice(2)),
      current: [
        { customerId: 'C1', managerId: 'M-JUN' },
        { customerId: 'C2', managerId: 'M-JUN' },
      ],
    };
    const before = assignAccounts({ ...base, mode: 'leastLoaded' }, book, { asOf: '2026-06-30' });
    expect(handoverList(before, before)).toEqual([]);
    const after = assignAccounts(
      { ...base, mode: 'leastLoaded', capacity: { managers: { 'M-JUN': { maxCustomers: 1 } } } },
      { ...book, customers: [{ id: 'C2' }] },
      { asOf: '2026-06-30' },
    );
    expect(handoverList(before, after).map((h) => [h.customerId, h.toManagerId, h.reason])).toEqual(
      [['C1', null, 'removed']],
    );
    const full = assignAccounts(
      { ...base, mode: 'leastLoaded', capacity: { managers: { 'M-JUN': { maxCustomers: 1 } } } },
      book,
      { asOf: '2026-06-30' },
    );
    expect(handoverList(before, full).map((h) => [h.customerId, h.toManagerId, h.reason])).toEqual([
      ['C2', 'M-SEN', 'capacity'],
    ]);
  });

  it('refuses what is not an assignment result', () => {
    const result = safeHandoverList({} as never, null as never);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['before'],
    ]);
  });
});
