import type { TraceStep } from '../../../explain';
import type { Decimal } from '../../../money';
import type { CreditPolicy } from '../../policies';
import { amountText } from '../findings/amountText';
import type { CreditPosition, ExposureTotals } from './exposureTotals';

/** The trace of a credit check: the limit, the static exposure, the horizon, the utilisation. */
export function creditTrace(
  position: CreditPosition,
  totals: ExposureTotals,
  evidence: Readonly<Record<string, string>>,
  context: { policy: CreditPolicy; currency: string; horizonEnd: string | undefined },
): TraceStep[] {
  const { policy, currency } = context;
  const money = (amount: Decimal) => amountText(amount, currency);
  const utilisation = evidence.utilisationPercent ?? null;
  const trace: TraceStep[] = [
    {
      code: 'risk.credit.limit',
      params: {
        source: position.limitSource,
        ownLimit: money(position.ownLimit),
        insuredLimit: money(position.insuredLimit),
        limit: evidence.limit as string,
        currency,
      },
    },
    {
      code: 'risk.credit.exposure',
      params: {
        check: 'static',
        receivables: evidence.receivables as string,
        unbilledOrders: evidence.unbilledOrders as string,
        unbilledDeliveries: evidence.unbilledDeliveries as string,
        order: evidence.order as string,
        exposure: money(totals.staticExposure),
        currency,
      },
    },
  ];
  if (policy.check === 'dynamic')
    trace.push({
      code: 'risk.credit.horizon',
      params: {
        horizonEnd: context.horizonEnd ?? null,
        horizonDays: policy.horizonDays ?? null,
        leftOut: money(totals.leftOut),
        currency,
      },
    });
  trace.push({
    code: 'risk.credit.utilisation',
    params: {
      exposure: evidence.exposure as string,
      limit: evidence.limit as string,
      utilisationPercent: utilisation,
      warnAtPercent: policy.warnAtPercent,
      blockAtPercent: policy.blockAtPercent,
      currency,
    },
  });
  return trace;
}
