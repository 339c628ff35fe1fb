import type { TraceStep } from '../../../explain';
import type { ConcentrationFigures } from '../../ConcentrationReport';
import type { Finding, RiskSubject } from '../../Finding';
import type { ConcentrationPolicy } from '../../policies';
import { makeFinding } from '../findings/makeFinding';
import type { ConcentrationSums } from './concentrationOf';

/**
 * The findings of one scope, compared exactly: `concentration.hhi.high` — block when
 * 10,000 × Σ r² ≥ `hhiBlock` × T², warning when ≥ `hhiWarn` × T²; `concentration.top-share.high`
 * (warning) when 100 × (top N sum) ≥ `topShareWarnPercent` × T. None for a scope without revenue.
 */
export function scopeFindings(
  subject: RiskSubject,
  figures: ConcentrationFigures,
  sums: ConcentrationSums,
  policy: ConcentrationPolicy,
): Finding[] {
  const { total, squares, topSum } = sums;
  if (total.isZero()) return [];
  const found: Finding[] = [];
  const scope = subject.kind === 'company' ? 'the company' : `manager ${subject.id}`;
  const totalSquared = total.times(total);
  const lhs = squares.times(10_000);
  const hhiSeverity = lhs.gte(totalSquared.times(policy.hhiBlock))
    ? 'block'
    : lhs.gte(totalSquared.times(policy.hhiWarn))
      ? 'warning'
      : undefined;
  const trace: TraceStep[] = [
    {
      code: 'risk.concentration.hhi',
      params: { scope, customers: figures.customers, hhi: figures.hhi },
    },
  ];
  if (hhiSeverity !== undefined) {
    const threshold = hhiSeverity === 'block' ? policy.hhiBlock : policy.hhiWarn;
    found.push(
      makeFinding(
        'concentration.hhi.high',
        hhiSeverity,
        subject,
        { scope, hhi: figures.hhi as string, threshold, revenue: figures.revenue },
        trace,
      ),
    );
  }
  if (topSum.times(100).gte(total.times(policy.topShareWarnPercent)))
    found.push(
      makeFinding(
        'concentration.top-share.high',
        'warning',
        subject,
        {
          scope,
          topN: String(policy.topN),
          topSharePercent: figures.topSharePercent as string,
          threshold: policy.topShareWarnPercent,
          revenue: figures.revenue,
        },
        trace,
      ),
    );
  return found;
}
