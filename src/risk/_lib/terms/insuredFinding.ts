import type { Decimal } from '../../../_lib/decimal';
import type { TraceStep } from '../../../explain';
import { decimalToString, minorUnits } from '../../../money';
import type { Finding, Severity } from '../../Finding';
import { documentFinding } from '../catalog/documentFinding';

/**
 * Internal: the insured-limit judgement `checkInsuredLimit` and `runRiskChecks` share. Exposure
 * above the insured limit (both in `currency`, exact) gives one `terms.insured-limit.exceeded`
 * finding with the exposure, the limit and the uncovered part as evidence; at or below, none.
 */
export function insuredFinding(
  customerId: string,
  exposure: Decimal,
  insured: Decimal,
  currency: string,
  severity: Severity,
  trace: readonly TraceStep[] = [],
): Finding[] {
  if (!exposure.gt(insured)) return [];
  const places = minorUnits(currency);
  const finding = documentFinding(
    'terms.insured-limit.exceeded',
    severity,
    { kind: 'customer', id: customerId },
    {
      exposure: decimalToString(exposure, places),
      insuredLimit: decimalToString(insured, places),
      uncovered: decimalToString(exposure.minus(insured), places),
      currency,
    },
  );
  return [trace.length === 0 ? finding : { ...finding, trace: [...trace] }];
}
