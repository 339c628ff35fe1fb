import { describe, expect, it } from 'vitest';
import { assignAccounts, assignmentCatalog, handoverList } from '../../src/assignment';
import { coreCatalog, findUnrenderable, mergeCatalogs, renderStep } from '../../src/explain';

const catalog = mergeCatalogs(coreCatalog, assignmentCatalog);

describe('assignmentCatalog', () => {
  it('renders every message in en and zh-CN, and every step a run emits', () => {
    const base = { effectiveFrom: '2026-01-01', currency: 'USD' };
    const managers = [
      { id: 'M-1', hireDate: '2020-01-01', kpiScore: '50' },
      { id: 'M-2', hireDate: '2020-01-01', leaveDate: '2026-01-31' },
      { id: 'M-3', hireDate: '2027-01-01' },
      { id: 'M-4', teamId: 'T', hireDate: '2020-01-01' },
    ];
    const result = assignAccounts(
      {
        ...base,
        territories: [
          {
            id: 'north',
            when: { fact: 'customer.region', operator: 'eq', value: 'N' },
            teams: ['T'],
          },
        ],
        capacity: { managers: { 'M-4': { maxCustomers: 1 } } },
        stickiness: { unless: { fact: 'customer.grade', operator: 'eq', value: 'X' } },
      },
      {
        customers: [
          { id: 'C1', region: 'N' },
          { id: 'C2', region: 'N' },
          { id: 'C3' },
          { id: 'C4', grade: 'X' },
          { id: 'C5' },
          { id: 'C6' },
        ],
        managers,
        current: [
          { customerId: 'C2', managerId: 'M-1' },
          { customerId: 'C3', managerId: 'M-2' },
          { customerId: 'C4', managerId: 'M-1' },
          { customerId: 'C5', managerId: 'M-9' },
          { customerId: 'C6', managerId: 'M-3' },
        ],
      },
      { asOf: '2026-06-30' },
    );
    const steps = [
      ...result.customers.flatMap((row) => row.trace),
      ...handoverList(result, result).flatMap((h) => h.trace),
    ];
    expect(findUnrenderable(steps, catalog)).toEqual([]);
    for (const [code, templates] of assignmentCatalog.messages) {
      expect(code.startsWith('assignment.')).toBe(true);
      expect(templates.en && templates['zh-CN']).toBeTruthy();
    }
    expect(renderStep(result.customers[0]?.trace[0] as never, { locale: 'zh-CN', catalog })).toBe(
      '属于区域 north',
    );
  });
});
