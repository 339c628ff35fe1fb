import type { ErrorPath } from '../../../../errors';
import type { TraceStep } from '../../../../explain';
import { Decimal, type MoneyJson } from '../../../../money';
import type { ExposureIndex } from '../../../ExposureIndex';
import type { Finding } from '../../../Finding';
import { exposureTotals } from '../../credit/exposureTotals';
import { positionOf } from '../../credit/positionOf';
import { lookupRate } from '../../exposure/baseRates';
import { insuredFinding } from '../../terms/insuredFinding';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';
import { SECTION_SCHEMAS } from '../policy/sectionSchemas';

const ZERO = new Decimal(0);

/**
 * An insured limit in the base currency. One in another currency is converted at the FX
 * table's rate on or before `asOf` (the rate the index values the receivables at), the rate and
 * its date in a `risk.insured.fx` step; no rate is `MISSING_FX_RATE` at `path`, never a rate of 1.
 */
function insuredInBase(
  index: ExposureIndex,
  limit: MoneyJson | undefined,
  path: ErrorPath,
): { value: Decimal; steps: TraceStep[] } {
  if (limit === undefined) return { value: ZERO, steps: [] };
  const amount = new Decimal(limit.amount);
  const base = index.baseCurrency;
  if (limit.currency === base) return { value: amount, steps: [] };
  const quote =
    index.rates.get(limit.currency) ?? lookupRate(index.fx, limit.currency, base, index.asOf, path);
  const value = amount.times(quote.rate);
  const params = {
    insuredLimit: limit.amount,
    currency: limit.currency,
    rate: quote.rate,
    date: quote.date ?? null,
    asOf: index.asOf,
    value: value.toFixed(),
    base,
  };
  return { value, steps: [{ code: 'risk.insured.fx', params }] };
}

/**
 * Internal: each customer's exposure — the one the credit check compares (`check` of the credit
 * section, no new order) — against its credit-insurance limit (`Customer.insuredLimit`, 0 when
 * none) in the base currency, as `checkInsuredLimit` judges it, with the customer's
 * `insuredLimitSeverity` (base → country group → grade).
 */
export function runInsured(context: RunContext, index: ExposureIndex): Finding[] {
  const findings: Finding[] = [];
  if (context.policy.checks.insured === undefined) return findings;
  // Where each customer stands among the facts, from the parsed list (no raw record read again).
  const at = new Map(context.facts.customerList.map((c, i) => [c.id, i]));
  for (const customerId of [...index.customers.keys()].sort()) {
    const section = context.sectionFor('insured', customerId);
    if (section === null) continue;
    const { insuredLimitSeverity } = sectionPolicy(section, SECTION_SCHEMAS.insured, [
      'policy',
      'checks',
      'insured',
    ]);
    const position = { ...positionOf(index, customerId, ['facts', 'customers']), order: ZERO };
    const { exposure } = exposureTotals({ ...position, orderBeyond: false }, index.policy);
    const path = [
      'facts',
      'customers',
      at.get(customerId) ?? customerId,
      'insuredLimit',
      'currency',
    ];
    const limit = context.facts.customers.get(customerId)?.insuredLimit;
    const insured = insuredInBase(index, limit, path);
    const version = context.policy.effectiveFrom;
    for (const finding of insuredFinding(
      customerId,
      exposure,
      insured.value,
      index.baseCurrency,
      insuredLimitSeverity,
      insured.steps,
    ))
      findings.push(withLayers(finding, 'insured', version, section.layers));
  }
  return findings;
}
