import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../src/errors';
import { AgingPolicy, ConcentrationPolicy, CreditPolicy, Finding } from '../../src/risk';

const finding = {
  code: 'credit.limit.exceeded',
  severity: 'block',
  subject: { kind: 'customer', id: 'C-001' },
  evidence: { exposure: '120000.00', limit: '100000.00' },
  message: 'Exposure exceeds the credit limit',
};

describe('risk schemas', () => {
  it('accepts a finding with an override and refuses free-form codes and unknown severities', () => {
    expect(
      Finding.safeParse({
        ...finding,
        override: { approver: 'cfo', reason: 'L/C confirmed', at: '2026-07-02' },
      }).success,
    ).toBe(true);
    expect(safeParseWith(Finding, { ...finding, code: 'Credit Limit!' })).toMatchObject({
      success: false,
      error: { path: ['code'] },
    });
    expect(safeParseWith(Finding, { ...finding, severity: 'fatal' })).toMatchObject({
      success: false,
      error: { path: ['severity'] },
    });
    expect(
      safeParseWith(Finding, {
        ...finding,
        override: { approver: 'cfo', reason: 'x', at: '2026-13-01' },
      }),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_DATE', path: ['override', 'at'] },
    });
  });

  it('fills policy defaults and checks their order', () => {
    expect(AgingPolicy.parse({ effectiveFrom: '2026-01-01' }).bucketDays).toEqual([
      30, 60, 90, 120,
    ]);
    expect(
      safeParseWith(AgingPolicy, { effectiveFrom: '2026-01-01', bucketDays: [30, 30] }),
    ).toMatchObject({ success: false, error: { path: ['bucketDays'] } });
    expect(
      CreditPolicy.parse({
        effectiveFrom: '2026-01-01',
        warnAtPercent: '90',
        blockAtPercent: '100',
      }).insuredLimitAdds,
    ).toBe(true);
    expect(
      safeParseWith(CreditPolicy, {
        effectiveFrom: '2026-01-01',
        warnAtPercent: '110',
        blockAtPercent: '100',
      }),
    ).toMatchObject({
      success: false,
      error: { path: ['warnAtPercent'] },
    });
    expect(
      ConcentrationPolicy.safeParse({
        effectiveFrom: '2026-01-01',
        topN: 0,
        topShareWarnPercent: '50',
        hhiWarn: '1500',
        hhiBlock: '2500',
      }).success,
    ).toBe(false);
  });
});
