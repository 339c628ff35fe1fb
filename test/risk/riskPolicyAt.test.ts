import { describe, expect, it } from 'vitest';
import { riskPolicyAt, safeRiskPolicyAt } from '../../src/risk';

const v2025 = {
  effectiveFrom: '2025-01-01',
  effectiveTo: '2026-01-01',
  checks: { aging: { warnAfterDays: 60 } },
};
const v2026 = { effectiveFrom: '2026-01-01', checks: { aging: { warnAfterDays: 30 } } };

describe('riskPolicyAt', () => {
  it('picks the version in force, whatever the order of the list', () => {
    expect(riskPolicyAt([v2026, v2025], '2025-12-31').checks.aging?.warnAfterDays).toBe(60);
    expect(riskPolicyAt([v2025, v2026], '2026-01-01').checks.aging?.warnAfterDays).toBe(30);
    expect(riskPolicyAt(v2026, '2030-01-01').effectiveFrom).toBe('2026-01-01');
  });

  it('is a coded error when no version is in force or versions overlap', () => {
    const code = (...args: Parameters<typeof safeRiskPolicyAt>) => {
      const r = safeRiskPolicyAt(...args);
      return r.success ? undefined : [r.error.code, r.error.path];
    };
    expect(code([v2025, v2026], '2024-12-31')).toEqual(['NO_VERSION_IN_FORCE', ['versions']]);
    expect(code([], '2026-06-30')).toEqual(['NO_VERSION_IN_FORCE', ['versions']]);
    expect(code([v2026, { ...v2025, effectiveTo: '2026-02-01' }], '2026-06-30')?.[0]).toBe(
      'OVERLAPPING_VERSIONS',
    );
    expect(code([v2026, { effectiveFrom: 'soon', checks: {} }], '2026-06-30')).toEqual([
      'INVALID_DATE',
      ['versions', 1, 'effectiveFrom'],
    ]);
  });
});
