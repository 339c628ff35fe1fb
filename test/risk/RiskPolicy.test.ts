import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/errors';
import { CreditPolicy, RiskCheckKey, RiskPolicy, RiskPolicyLayer } from '../../src/risk';

const parse = (input: unknown) => {
  const result = safeParseWith(RiskPolicy, input, { path: ['policy'] });
  return result.success ? result.data : [result.error.code, result.error.path];
};

describe('RiskPolicy', () => {
  it('reuses each check’s own schema for its section, with the version’s dates', () => {
    const policy = parse({
      effectiveFrom: '2026-01-01',
      checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' }, aging: {} },
    });
    expect(policy).toMatchObject({
      checks: {
        credit: { enabled: true, check: 'static', includeUnbilledOrders: true },
        aging: { enabled: true, bucketDays: [30, 60, 90, 120], warnAfterDays: 30 },
      },
      byCountryGroup: {},
      byGrade: {},
    });
    // the same fields as CreditPolicy, without the dates, plus enabled
    const sectionKeys = Object.keys(RiskPolicy.shape.checks.shape.credit.unwrap().shape).sort();
    const ownKeys = Object.keys(CreditPolicy.shape).filter((k) => !k.startsWith('effective'));
    expect(sectionKeys).toEqual([...ownKeys, 'enabled'].sort());
    expect(RiskCheckKey.options).toEqual([
      'credit',
      'insured',
      'aging',
      'concentration',
      'terms',
      'pricing',
      'contract',
      'fx',
      'churn',
      'screening',
      'tradeBarriers',
    ]);
  });

  it('refuses unknown checks, dates inside a section and fields a layer may not override', () => {
    expect(parse({ effectiveFrom: '2026-01-01', checks: { margin: {} } })).toEqual([
      'INVALID_INPUT',
      ['policy', 'checks', 'margin'],
    ]);
    expect(
      parse({ effectiveFrom: '2026-01-01', checks: { aging: { effectiveFrom: '2026-01-01' } } }),
    ).toEqual(['INVALID_INPUT', ['policy', 'checks', 'aging', 'effectiveFrom']]);
    expect(
      // what counts as exposure is fixed for the index; the limits may be layered
      RiskPolicyLayer.safeParse({ credit: { horizonDays: 30 } }).success,
    ).toBe(false);
    expect(
      RiskPolicyLayer.safeParse({ credit: { defaultLimit: { amount: '1', currency: 'USD' } } })
        .success,
    ).toBe(true);
    expect(RiskPolicyLayer.safeParse({ concentration: { topN: 3 } }).success).toBe(false);
  });

  it('checks each section, and the base with each single layer, against the check’s rules', () => {
    const credit = { warnAtPercent: '80', blockAtPercent: '100' };
    expect(
      parse({
        effectiveFrom: '2026-01-01',
        checks: { credit: { warnAtPercent: '90', blockAtPercent: '80' } },
      }),
    ).toEqual(['INVALID_INPUT', ['policy', 'checks', 'credit', 'warnAtPercent']]);
    expect(
      parse({
        effectiveFrom: '2026-01-01',
        checks: { credit },
        byGrade: { A: { credit: { warnAtPercent: '120' } } },
      }),
    ).toEqual(['INVALID_INPUT', ['policy', 'byGrade', 'A', 'credit', 'warnAtPercent']]);
    expect(
      parse({ effectiveFrom: '2026-01-01', checks: {}, byCountryGroup: { eu: { credit } } }),
    ).toEqual(['INVALID_INPUT', ['policy', 'byCountryGroup', 'eu', 'credit']]);
    expect(parse({ effectiveFrom: '2026-01-01', effectiveTo: '2026-01-01', checks: {} })).toEqual([
      'INVALID_DATE_RANGE',
      ['policy', 'effectiveTo'],
    ]);
  });

  it('reports a field’s own error inside a section once, not again from the section’s schema', () => {
    const once = (input: unknown, path: (string | number)[]) => {
      const result = safeParseWith(RiskPolicy, input, { path: ['policy'] });
      if (result.success) throw new Error('expected a failure');
      expect(result.error.path).toEqual(path);
      expect(result.error.issues).toHaveLength(1);
      expect(result.error.message).not.toContain('more issue');
    };
    once({ effectiveFrom: '2026-01-01', checks: { aging: { bucketDays: [60, 30] } } }, [
      'policy',
      'checks',
      'aging',
      'bucketDays',
    ]);
    once({ effectiveFrom: '2026-01-01', checks: { aging: { warnAfterDays: -1 } } }, [
      'policy',
      'checks',
      'aging',
      'warnAfterDays',
    ]);
    once(
      {
        effectiveFrom: '2026-01-01',
        checks: { aging: {} },
        byGrade: { A: { aging: { blockAfterDays: -5 } } },
      },
      ['policy', 'byGrade', 'A', 'aging', 'blockAfterDays'],
    );
  });

  it('has an insured section with the insured-limit severity of the payment-terms policy', () => {
    expect(
      parse({
        effectiveFrom: '2026-01-01',
        checks: { insured: {} },
        byGrade: { A: { insured: { insuredLimitSeverity: 'block' } } },
      }),
    ).toMatchObject({
      checks: { insured: { enabled: true, insuredLimitSeverity: 'warning' } },
      byGrade: { A: { insured: { insuredLimitSeverity: 'block' } } },
    });
    expect(
      parse({ effectiveFrom: '2026-01-01', checks: { insured: { insuredLimitSeverity: 'stop' } } }),
    ).toEqual(['INVALID_INPUT', ['policy', 'checks', 'insured', 'insuredLimitSeverity']]);
  });
});
