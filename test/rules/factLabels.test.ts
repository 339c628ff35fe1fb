import { describe, expect, it } from 'vitest';
import { coreCatalog, renderTrace } from '../../src/explain';
import {
  evaluateCondition,
  FactSchema,
  factLabels,
  parseCondition,
  parseFactSchema,
  safeFactLabels,
  traceToSteps,
} from '../../src/rules';

const schema = {
  ordersLast12Months: {
    type: 'number',
    label: { en: 'orders in the last 12 months', 'zh-CN': '近12个月订单数' },
  },
  region: 'string',
} as const;

describe('factLabels', () => {
  it('shows a labelled fact by its label in a zh-CN trace, and in en', () => {
    const rule = parseCondition(
      {
        all: [
          { fact: 'ordersLast12Months', operator: 'gte', value: '12' },
          { fact: 'region', operator: 'eq', value: 'east' },
        ],
      },
      schema,
    );
    const steps = traceToSteps(
      evaluateCondition(rule, { ordersLast12Months: '15', region: 'east' }).trace,
    );
    const labels = factLabels(schema);
    expect(renderTrace(steps, { locale: 'zh-CN', catalog: coreCatalog, labels })).toEqual([
      '以下条件全部满足 ✓（2 项中满足 2 项）',
      '近12个月订单数 大于或等于 12 ✓（实际为 15）',
      'region 等于 east ✓（实际为 east）',
    ]);
    expect(renderTrace(steps, { locale: 'en', catalog: coreCatalog, labels })[1]).toBe(
      'orders in the last 12 months ≥ 12 ✓ (was 15)',
    );
    expect(renderTrace(steps, { locale: 'zh-CN', catalog: coreCatalog })[1]).toBe(
      'ordersLast12Months 大于或等于 12 ✓（实际为 15）',
    );
  });

  it('lists only the labelled facts', () => {
    expect(factLabels(schema)).toEqual({
      fact: {
        ordersLast12Months: { en: 'orders in the last 12 months', 'zh-CN': '近12个月订单数' },
      },
    });
  });

  it('a labelled fact keeps its type for parsing; the zod schema takes both forms', () => {
    expect(parseFactSchema(schema)).toEqual({ ordersLast12Months: 'number', region: 'string' });
    expect(FactSchema.safeParse(schema).success).toBe(true);
    expect(FactSchema.safeParse({ x: { type: 'number', label: { de: 'x' } } }).success).toBe(false);
  });

  it('refuses a malformed definition at its path', () => {
    expect(safeFactLabels({ x: { type: 'float' } })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['x', 'type'] },
    });
    expect(safeFactLabels({ x: { type: 'number', label: { 'zh-CN': '' } } })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['x', 'label', 'zh-CN'] },
    });
    expect(safeFactLabels({ x: { type: 'number', note: 'y' } })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['x', 'note'] },
    });
  });

  it('a fact named like a prototype key never resolves a label', () => {
    const labels = { fact: { ordersLast12Months: { 'zh-CN': '订单' } } };
    const step = {
      code: 'rules.leaf.exists',
      params: { fact: 'constructor', outcome: true, actual: 'x' },
    };
    expect(renderTrace([step], { locale: 'zh-CN', catalog: coreCatalog, labels })).toEqual([
      'constructor 有值 ✓（实际为 x）',
    ]);
  });
});
