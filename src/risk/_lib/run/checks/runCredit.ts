import type { ErrorPath } from '../../../../errors';
import { Decimal } from '../../../../money';
import type { ExposureIndex } from '../../../ExposureIndex';
import type { Finding } from '../../../Finding';
import { CreditPolicy } from '../../../policies';
import { judgeCredit } from '../../credit/judgeCredit';
import { positionOf } from '../../credit/positionOf';
import { BaseRates } from '../../exposure/baseRates';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';
import { layeredLimit } from './layeredLimit';

const ZERO = new Decimal(0);

/**
 * Internal: one credit finding per customer of the index (subject the customer), judged as
 * `checkOrder` judges an order — the same exposure, limit and exact comparison — with the
 * customer's thresholds and limits (base → country group → grade), each section's policy parsed
 * once. A layer that sets `defaultLimit` or `groupLimits` changes the limit of the customers it
 * applies to (looked up customer → group → default with the layered section).
 */
export function runCredit(context: RunContext, index: ExposureIndex): Finding[] {
  const findings: Finding[] = [];
  const rates = new BaseRates(index.baseCurrency, index.asOf, index.fx);
  let where: Map<string, number> | undefined;
  const pathOf = (customerId: string): ErrorPath => {
    where ??= new Map(context.facts.customerList.map((c, i) => [c.id, i]));
    const at = where.get(customerId);
    return at === undefined ? ['facts', 'customers'] : ['facts', 'customers', at];
  };
  for (const customerId of [...index.customers.keys()].sort()) {
    const section = context.sectionFor('credit', customerId);
    if (section === null) continue;
    const policy = sectionPolicy(section, CreditPolicy, ['policy', 'checks', 'credit']);
    const own = positionOf(index, customerId, ['facts', 'customers']);
    const layered = layeredLimit(own, policy, index, context.facts.customers.get(customerId), {
      rates,
      path: () => pathOf(customerId),
    });
    const position = {
      ...layered,
      order: ZERO,
      orderBeyond: false,
    };
    const finding = judgeCredit(
      position,
      { policy, currency: index.baseCurrency, horizonEnd: index.horizonEnd },
      { kind: 'customer', id: customerId },
      [],
    );
    findings.push(withLayers(finding, 'credit', context.policy.effectiveFrom, section.layers));
  }
  return findings;
}
