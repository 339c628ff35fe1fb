import { describe, expect, it } from 'vitest';
import {
  commissionCatalog,
  computeStatements,
  planLabels,
  safePlanLabels,
} from '../../src/commission';
import { renderTrace } from '../../src/explain';
import { input, invoice, plan } from './fixtures';

const labelled = plan({
  components: [
    {
      id: 'base',
      name: 'Base',
      label: { en: 'Base commission', 'zh-CN': '基本提成' },
      calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } },
    },
  ],
});

describe('planLabels', () => {
  it('names a labelled component in a zh-CN rendered statement; the id without labels', () => {
    const [statement] = computeStatements(
      input({ plans: [labelled], invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '1000.00')] }),
    );
    const trace = statement?.lines[0]?.trace ?? [];
    const labels = planLabels(labelled);
    expect(labels).toEqual({ component: { base: { en: 'Base commission', 'zh-CN': '基本提成' } } });
    const zh = renderTrace(trace, { locale: 'zh-CN', catalog: commissionCatalog, labels });
    expect(zh).toContain('基本提成：1,000 USD × 提成比例 4% = 40 USD');
    const en = renderTrace(trace, { locale: 'en', catalog: commissionCatalog, labels });
    expect(en).toContain('Base commission: 4% × 1,000 USD = 40 USD');
    expect(renderTrace(trace, { locale: 'zh-CN', catalog: commissionCatalog })).toContain(
      'base：1,000 USD × 提成比例 4% = 40 USD',
    );
  });

  it('falls back to the id in a locale without a label', () => {
    const only = plan({
      components: [
        {
          id: 'base',
          name: 'Base',
          label: { 'zh-CN': '基本提成' },
          calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } },
        },
      ],
    });
    const [statement] = computeStatements(
      input({ plans: [only], invoices: [invoice('INV-1', 'AM-7', '2026-03-05', '1000.00')] }),
    );
    const trace = statement?.lines[0]?.trace ?? [];
    const labels = planLabels(only);
    expect(renderTrace(trace, { locale: 'en', catalog: commissionCatalog, labels })).toContain(
      'base: 4% × 1,000 USD = 40 USD',
    );
  });

  it('refuses a label of another locale, or an empty one, at its path', () => {
    const bad = (label: unknown) =>
      safePlanLabels(
        plan({
          components: [
            {
              id: 'base',
              name: 'Base',
              label,
              calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } },
            } as never,
          ],
        }),
      );
    expect(bad({ fr: 'Base' })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['components', 0, 'label', 'fr'] },
    });
    expect(bad({ en: '' })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['components', 0, 'label', 'en'] },
    });
  });
});
