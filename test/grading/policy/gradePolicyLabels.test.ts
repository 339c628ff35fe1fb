import { describe, expect, it } from 'vitest';
import { coreCatalog, mergeCatalogs, renderTrace } from '../../../src/explain';
import { gradingCatalog as grading } from '../../../src/grading';
import {
  gradeCustomers,
  gradePolicyLabels,
  safeGradePolicyLabels,
} from '../../../src/grading/policy';

const gradingCatalog = mergeCatalogs(coreCatalog, grading);

const policy = {
  effectiveFrom: '2026-01-01',
  grades: [
    { id: 'vip', label: { en: 'VIP', 'zh-CN': '贵宾' } },
    { id: 'regular', label: '普通 regular' },
    { id: 'new' },
  ],
  facts: {
    ordersLast12Months: {
      type: 'number',
      label: { en: 'orders in the last 12 months', 'zh-CN': '近12个月订单数' },
    },
  },
  rules: [
    {
      id: 'frequent',
      label: { en: 'frequent buyer', 'zh-CN': '高频客户' },
      grade: 'vip',
      when: { fact: 'ordersLast12Months', operator: 'gte', value: '12' },
    },
    {
      label: { 'zh-CN': '有订单' },
      grade: 'regular',
      when: { fact: 'ordersLast12Months', operator: 'gte', value: '1' },
    },
  ],
  default: 'new',
};

function traceOf(orders: string): readonly { code: string; params: object }[] {
  const result = gradeCustomers(
    policy,
    [{ customerId: 'c', facts: { ordersLast12Months: orders } }],
    {
      asOf: '2026-06-30',
      period: '2026-H1',
    },
  );
  return result.grades[0]?.trace ?? [];
}

describe('gradePolicyLabels', () => {
  it('shows the labelled grade, rule and fact in a zh-CN trace', () => {
    const labels = gradePolicyLabels(policy);
    const zh = renderTrace(traceOf('15') as never, {
      locale: 'zh-CN',
      catalog: gradingCatalog,
      labels,
    });
    expect(zh).toContain('命中评级规则第 1 条（高频客户）→ 贵宾');
    expect(zh).toContain('近12个月订单数 大于或等于 12 ✓（实际为 15）');
    expect(zh[0]).toBe('等级：贵宾');
  });

  it('names a rule without an id by its number; a plain text label is every locale’s', () => {
    const labels = gradePolicyLabels(policy);
    const en = renderTrace(traceOf('3') as never, {
      locale: 'en',
      catalog: gradingCatalog,
      labels,
    });
    expect(en[0]).toBe('grade: 普通 regular');
    expect(en).toContain('grading rule 2 (2) holds → 普通 regular');
    const zh = renderTrace(traceOf('3') as never, {
      locale: 'zh-CN',
      catalog: gradingCatalog,
      labels,
    });
    expect(zh).toContain('命中评级规则第 2 条（有订单）→ 普通 regular');
  });

  it('shows ids without labels, as before', () => {
    const zh = renderTrace(traceOf('15') as never, { locale: 'zh-CN', catalog: gradingCatalog });
    expect(zh).toContain('命中评级规则第 1 条（frequent）→ vip');
    expect(zh).toContain('ordersLast12Months 大于或等于 12 ✓（实际为 15）');
  });

  it('takes a list of versions and refuses one that does not parse at its index', () => {
    expect(gradePolicyLabels([policy]).name).toEqual({
      frequent: { en: 'frequent buyer', 'zh-CN': '高频客户' },
      '2': { 'zh-CN': '有订单' },
    });
    expect(safeGradePolicyLabels([policy, { ...policy, default: 7 }])).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: [1, 'default'] },
    });
  });
});
