import { describe, expect, test } from 'vitest';
import type { Entity } from '../../src/model';
import { fieldValues, matchesQuery, parseQuery, QUERY_SPECS } from '../../src/ports';

const order = (orderDate: string, more: Partial<Entity<'orders'>> = {}): Entity<'orders'> => ({
  id: 'SO-1',
  customerId: 'C-1',
  ownerId: 'AM-1',
  orderDate,
  currency: 'USD',
  status: 'confirmed',
  lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '1' }],
  ...more,
});
const manager = (hireDate: string, leaveDate?: string): Entity<'accountManagers'> => ({
  id: 'AM-1',
  name: 'A',
  teamId: 'T',
  hireDate,
  payCurrency: 'CNY',
  ...(leaveDate === undefined ? {} : { leaveDate }),
});
const q1 = { start: '2026-01-01', end: '2026-04-01' };

describe('parseQuery', () => {
  test('brings a query to one shape, in QUERY_SPECS order, ignoring undefined filters', () => {
    expect(
      parseQuery('orders', {
        status: 'open',
        ownerId: ['AM-1', 'AM-2'],
        customerId: undefined,
        range: q1,
      }),
    ).toEqual({
      range: q1,
      equals: [
        { field: 'ownerId', values: ['AM-1', 'AM-2'] },
        { field: 'status', values: ['open'] },
      ],
    });
    expect(parseQuery('orders', undefined)).toEqual({ equals: [] });
  });

  test.each([
    ['not an object', 'orders', 'x', 'INVALID_INPUT', []],
    ['an unknown filter', 'orders', { owner: 'AM-1' }, 'INVALID_INPUT', ['owner']],
    ['range on a collection without one', 'teams', { range: q1 }, 'INVALID_INPUT', ['range']],
    ['a number as value', 'orders', { ownerId: 7 }, 'INVALID_INPUT', ['ownerId']],
    ['an array with a number', 'orders', { ownerId: ['a', 7] }, 'INVALID_INPUT', ['ownerId']],
    [
      'a reversed range',
      'orders',
      { range: { start: '2026-02-01', end: '2026-01-01' } },
      'INVALID_DATE_RANGE',
      ['range', 'end'],
    ],
    [
      'a malformed date',
      'orders',
      { range: { start: '2026-13-01', end: '2027-01-01' } },
      'INVALID_DATE',
      ['range', 'start'],
    ],
    ['a __proto__ key', 'orders', JSON.parse('{"__proto__": "x"}'), 'UNSAFE_KEY', ['__proto__']],
  ] as const)('refuses %s', (_what, kind, query, code, path) => {
    expect(() => parseQuery(kind, query)).toThrow(expect.objectContaining({ code, path }));
  });

  test('refuses filters the adapter does not push down, but not absent ones', () => {
    expect(() => parseQuery('orders', { ownerId: 'AM-1' }, ['range'])).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_CAPABILITY', path: ['ownerId'] }),
    );
    expect(parseQuery('orders', { ownerId: undefined, range: q1 }, ['range']).equals).toEqual([]);
  });
});

describe('matchesQuery', () => {
  const match = (entity: Entity<'orders'>, query: object) =>
    matchesQuery('orders', entity, parseQuery('orders', query));

  test('ranges are half-open: the start is in, the end is out', () => {
    expect(match(order('2026-01-01'), { range: q1 })).toBe(true);
    expect(match(order('2026-03-31'), { range: q1 })).toBe(true);
    expect(match(order('2026-04-01'), { range: q1 })).toBe(false);
    expect(match(order('2025-12-31'), { range: q1 })).toBe(false);
    expect(match(order('2026-01-01'), { range: { start: '2026-01-01', end: '2026-01-01' } })).toBe(
      false,
    );
  });

  test('equality filters match any of the values; an empty list matches nothing; filters AND', () => {
    expect(match(order('2026-01-05'), { ownerId: ['AM-2', 'AM-1'] })).toBe(true);
    expect(match(order('2026-01-05'), { ownerId: [] })).toBe(false);
    expect(match(order('2026-01-05'), { ownerId: 'AM-1', status: 'open' })).toBe(false);
    expect(
      match(order('2026-01-05'), { ownerId: 'AM-1', status: ['open', 'confirmed'], range: q1 }),
    ).toBe(true);
  });

  test('spans overlap the range: managers employed during it, contracts in force', () => {
    const employed = (m: Entity<'accountManagers'>) =>
      matchesQuery('accountManagers', m, parseQuery('accountManagers', { range: q1 }));
    expect(employed(manager('2026-03-31'))).toBe(true); // hired on the last day
    expect(employed(manager('2026-04-01'))).toBe(false); // hired after
    expect(employed(manager('2020-01-01', '2026-01-01'))).toBe(true); // left on the first day
    expect(employed(manager('2020-01-01', '2025-12-31'))).toBe(false); // left before
    expect(employed(manager('2020-01-01'))).toBe(true); // still employed
  });

  test('an entity without the field never matches its filter', () => {
    const customer: Entity<'customers'> = { id: 'C', name: 'C', country: 'DE', ownerId: 'AM' };
    expect(matchesQuery('customers', customer, parseQuery('customers', { range: q1 }))).toBe(false);
    expect(matchesQuery('customers', customer, parseQuery('customers', { groupId: ['G-1'] }))).toBe(
      false,
    );
    expect(fieldValues('customers', customer, 'groupId')).toEqual([]);
  });

  test('payments match invoiceId through their allocations', () => {
    const payment: Entity<'payments'> = {
      id: 'PAY',
      customerId: 'C',
      ownerId: 'AM',
      date: '2026-01-01',
      currency: 'USD',
      amount: '10',
      allocations: [
        { invoiceId: 'INV-1', amount: { amount: '5', currency: 'USD' } },
        { invoiceId: 'INV-2', amount: { amount: '5', currency: 'USD' } },
      ],
    };
    expect(fieldValues('payments', payment, 'invoiceId')).toEqual(['INV-1', 'INV-2']);
    expect(matchesQuery('payments', payment, parseQuery('payments', { invoiceId: 'INV-2' }))).toBe(
      true,
    );
  });

  test('every QUERY_SPECS field is a field of its entity, and documents order by their range date', () => {
    for (const [kind, spec] of Object.entries(QUERY_SPECS)) {
      if (spec.orderBy.length === 2 && 'range' in spec)
        expect(spec.orderBy[0]).toBe((spec.range as { date: string }).date);
      expect(spec.orderBy.at(-1)).toBe('id');
      expect(kind.length).toBeGreaterThan(0);
    }
  });
});
