import { describe, expect, it } from 'vitest';
import { CommissionPlan, PayeeAssignment } from '../../../src/commission';
import { safeParseWith } from '../../../src/errors';
import { KpiBonusPlan } from '../../../src/kpi';
import { plan } from '../../commission/fixtures';

const bonusPlan = {
  id: 'am-bonus',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  target: { kind: 'amount', amount: { amount: '20000', currency: 'CNY' } },
  payoutCurve: {
    kind: 'linear',
    points: [
      { x: '0', y: '0' },
      { x: '100', y: '100' },
    ],
  },
};
const assignment = { payeeId: 'AM-7', planId: 'am', effectiveFrom: '2026-01-01', currency: 'USD' };

describe('refineEffectiveRange: one check of an effective-dated range for every version schema', () => {
  const schemas = [
    ['CommissionPlan', CommissionPlan, plan()],
    ['PayeeAssignment', PayeeAssignment, assignment],
    ['KpiBonusPlan', KpiBonusPlan, bonusPlan],
  ] as const;

  it.each(schemas)('%s refuses an effectiveTo on or before effectiveFrom', (_, schema, version) => {
    for (const effectiveTo of ['2026-01-01', '2025-12-31']) {
      const result = safeParseWith(schema, { ...version, effectiveTo });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('INVALID_DATE_RANGE');
        expect(result.error.path).toEqual(['effectiveTo']);
        expect(result.error.detail).toContain('effectiveTo is after effectiveFrom 2026-01-01');
      }
    }
  });

  it.each(schemas)(
    '%s accepts an effectiveTo after effectiveFrom, or none',
    (_, schema, version) => {
      expect(safeParseWith(schema, { ...version, effectiveTo: '2026-01-02' }).success).toBe(true);
      expect(safeParseWith(schema, version).success).toBe(true);
    },
  );
});
