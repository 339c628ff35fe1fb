import type { Finding } from '../../../Finding';
import type { RiskRunReport } from '../../../RiskRunReport';
import { sortFindings } from '../../catalog/documentFinding';
import { runAging } from '../checks/runAging';
import { runChurn } from '../checks/runChurn';
import { runConcentration } from '../checks/runConcentration';
import { runContracts } from '../checks/runContracts';
import { runCredit } from '../checks/runCredit';
import { runFx } from '../checks/runFx';
import { runIndex } from '../checks/runIndex';
import { runInsured } from '../checks/runInsured';
import { runOrderTerms } from '../checks/runOrderTerms';
import { runPricing } from '../checks/runPricing';
import { runScreening } from '../checks/runScreening';
import { runTradeBarriers } from '../checks/runTradeBarriers';
import type { RunContext } from '../context/RunContext';
import { CHECK_KEYS } from '../policy/sectionSchemas';
import { type Attribution, summarise } from './summarise';

function attribution(context: RunContext, contractCustomer: Map<string, string>): Attribution {
  const { customers, orders, managers } = context.facts;
  const orderOwner = new Map(orders.map((order) => [order.id, order.ownerId]));
  const ownerOf = (customerId: string) => customers.get(customerId)?.ownerId;
  const managerOf = (finding: Finding): string | undefined => {
    const { kind, id } = finding.subject;
    switch (kind) {
      case 'customer':
        return ownerOf(id);
      case 'order':
        return orderOwner.get(id);
      case 'contract': {
        const customerId = contractCustomer.get(id);
        return customerId === undefined ? undefined : ownerOf(customerId);
      }
      case 'account-manager':
        return id;
      case 'customer-group':
      case 'team':
      case 'company':
      case 'currency':
        return undefined;
      default: {
        const _exhaustive: never = kind;
        return _exhaustive;
      }
    }
  };
  return { managerOf, ownerOf, teamOf: (managerId) => managers.get(managerId)?.teamId };
}

/** Internal: every enabled check over the run's facts, the findings sorted, and the summaries. */
export function runAll(context: RunContext): RiskRunReport {
  const index = runIndex(context);
  const aging = runAging(context, index);
  const contracts = runContracts(context);
  const findings = sortFindings([
    ...runCredit(context, index),
    ...runInsured(context, index),
    ...aging.findings,
    ...runConcentration(context, index),
    ...contracts.findings,
    ...runOrderTerms(context),
    ...runPricing(context),
    ...runFx(context),
    ...runChurn(context),
    ...runScreening(context),
    ...runTradeBarriers(context),
  ]);
  const who = attribution(context, contracts.customerOf);
  return {
    asOf: context.asOf,
    baseCurrency: context.baseCurrency,
    policyVersion: context.policy.effectiveFrom,
    checks: CHECK_KEYS.filter((key) => context.policy.checks[key] !== undefined),
    findings,
    ...summarise(findings, index, aging.report, who),
  };
}
