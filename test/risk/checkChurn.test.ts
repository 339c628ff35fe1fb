import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChurnPolicyInput, checkChurn, safeCheckChurn } from '../../src/risk';

const customer = (id: string, grade?: string) => ({
  id,
  name: `Customer ${id}`,
  country: 'DE',
  ownerId: 'AM-1',
  ...(grade === undefined ? {} : { grade }),
});
const order = (id: string, customerId: string, orderDate: string, status = 'completed') => ({
  id,
  customerId,
  ownerId: 'AM-1',
  orderDate,
  currency: 'EUR',
  status: status as 'completed' | 'cancelled',
  lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '100' }],
});
const policy: ChurnPolicyInput = {
  effectiveFrom: '2026-01-01',
  keyGrades: ['A', 'B'],
  dormantDays: 90,
  pAliveBelow: '0.5',
};
const customers = [
  customer('C-1', 'A'),
  customer('C-2', 'B'),
  customer('C-3', 'A'),
  customer('C-4', 'C'),
  customer('C-5'),
];
const orders = [
  order('SO-1', 'C-1', '2026-04-01'), // 90 days before 2026-06-30: dormant at the edge
  order('SO-2', 'C-2', '2026-04-02'), // 89 days: not dormant
  order('SO-3', 'C-2', '2026-07-15'), // after asOf: not counted
  order('SO-4', 'C-3', '2026-06-01', 'cancelled'), // cancelled: not counted
  order('SO-5', 'C-4', '2025-01-01'), // not a key grade
];

describe('checkChurn', () => {
  it('finds key customers dormant for N days or more, and those with no order', () => {
    const findings = checkChurn(
      { customers, orders },
      { ...policy, pAliveBelow: undefined },
      { asOf: '2026-06-30' },
    );
    expect(findings.map((f) => [f.code, f.subject.id, f.evidence])).toEqual([
      [
        'churn.dormant',
        'C-1',
        { grade: 'A', lastOrderDate: '2026-04-01', days: '90', dormantDays: '90' },
      ],
      ['churn.no-orders', 'C-3', { grade: 'A' }],
    ]);
    expect(findings[0]?.message).toBe(
      'key customer (grade A) has not ordered for 90 days since 2026-04-01 (limit 90)',
    );
  });

  it('flags P(alive) below the threshold when the caller supplies it, and needs it for every key customer', () => {
    const pAlive = new Map<string, number | string>([
      ['C-1', 0.9],
      ['C-2', '0.49'],
      ['C-3', 0.5],
    ]);
    const findings = checkChurn({ customers, orders }, policy, { asOf: '2026-06-30', pAlive });
    expect(
      findings.filter((f) => f.code === 'churn.p-alive.low').map((f) => [f.subject.id, f.evidence]),
    ).toEqual([['C-2', { grade: 'B', pAlive: '0.49', threshold: '0.5' }]]);
    pAlive.delete('C-3');
    expect(
      safeCheckChurn({ customers, orders }, policy, { asOf: '2026-06-30', pAlive }),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['options', 'pAlive', 'C-3'] },
    });
    pAlive.set('C-3', 1.5);
    expect(
      safeCheckChurn({ customers, orders }, policy, { asOf: '2026-06-30', pAlive }),
    ).toMatchObject({
      success: false,
      error: { path: ['options', 'pAlive', 'C-3'], value: 1.5 },
    });
  });

  it('refuses duplicate customers and a bad date', () => {
    expect(
      safeCheckChurn({ customers: [...customers, customer('C-1')], orders }, policy, {
        asOf: '2026-06-30',
      }),
    ).toMatchObject({
      success: false,
      error: { path: ['facts', 'customers', 5, 'id'] },
    });
    expect(safeCheckChurn({ customers, orders }, policy, { asOf: '2026-02-30' })).toMatchObject({
      success: false,
      error: { code: 'INVALID_DATE', path: ['options', 'asOf'] },
    });
  });

  describe('properties', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2025, 6, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const history = fc.array(fc.tuple(fc.constantFrom('C-1', 'C-2', 'C-3'), day), {
      maxLength: 10,
    });

    it('never passes a key customer whose last order is N days old or more, and is independent of input order', () => {
      fc.assert(
        fc.property(history, fc.integer({ min: 1, max: 300 }), (specs, dormantDays) => {
          const os = specs.map(([c, d], i) => order(`SO-${i}`, c, d));
          const rules = { ...policy, dormantDays, pAliveBelow: undefined };
          const findings = checkChurn({ customers, orders: os }, rules, { asOf: '2026-08-04' });
          for (const id of ['C-1', 'C-2', 'C-3']) {
            const dates = specs
              .filter(([c, d]) => c === id && d <= '2026-08-04')
              .map(([, d]) => d)
              .sort();
            const last = dates.at(-1);
            const days =
              last === undefined
                ? Infinity
                : (Date.parse('2026-08-04') - Date.parse(last)) / 86_400_000;
            expect(findings.some((f) => f.subject.id === id)).toBe(days >= dormantDays);
          }
          const reversed = checkChurn(
            { customers: [...customers].reverse(), orders: [...os].reverse() },
            rules,
            { asOf: '2026-08-04' },
          );
          expect(reversed).toEqual(findings);
        }),
        { numRuns: 40 },
      );
    });
  });
});
