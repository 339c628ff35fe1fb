import { Decimal } from '../../../../money';
import type { ExposureIndex } from '../../../ExposureIndex';
import type { Finding } from '../../../Finding';
import { CreditPolicy } from '../../../policies';
import { judgeCredit } from '../../credit/judgeCredit';
import { positionOf } from '../../credit/positionOf';
import type { RunContext } from '../context/RunContext';
import { sectionPolicy } from '../context/sectionPolicy';
import { withLayers } from '../context/withLayers';

const ZERO = new Decimal(0);

/**
 * Internal: one credit finding per customer of the index (subject the customer), judged as
 * `checkOrder` judges an order — the same exposure, limit and exact comparison — with the
 * customer's thresholds (base → country group → grade), each section's policy parsed once.
 */
export function runCredit(context: RunContext, index: ExposureIndex): Finding[] {
  const findings: Finding[] = [];
  for (const customerId of [...index.customers.keys()].sort()) {
    const section = context.sectionFor('credit', customerId);
    if (section === null) continue;
    const policy = sectionPolicy(section, CreditPolicy, ['policy', 'checks', 'credit']);
    const position = {
      ...positionOf(index, customerId, ['facts', 'customers']),
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
