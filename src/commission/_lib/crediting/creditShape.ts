import { minorUnits } from '../../../money';
import { scaledFixedText, scaledText } from '../../../money/_lib/scaled/scaledText';
import type { LineSource } from '../../model/StatementLine';
import type { CreditEvent } from '../events/CreditEvent';
import type { Num } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import type { FxHit } from '../prepare/fxCache';
import type { Credit } from './creditEvents';
import type { CreditShape } from './Earned';
import { basisOf, sourceOf } from './lineParams';

/** Internal: what the credit's lines show of it, or `null` when the run only computes totals. */
export function creditShape(
  run: PayeeRun,
  credit: Credit,
  sources: Map<CreditEvent, LineSource>,
  money: { docFx: FxHit; payFx: FxHit; base: Num; cost: Num | null },
): CreditShape | null {
  if (run.mode === 'totals') return null;
  const event = credit.event;
  const plan = credit.version.plan;
  return {
    key: `${event.origin}/${event.docId}/${event.lineId}${credit.kind === 'roll-up' ? `/L${credit.level}/${credit.from}` : ''}`,
    source: sourceOf(sources, event),
    credit: {
      kind: credit.kind,
      share: credit.share,
      level: credit.level,
      from: credit.from,
    },
    original: {
      amount: scaledFixedText(credit.original, minorUnits(event.currency)),
      currency: event.currency,
    },
    docFx: money.docFx,
    payFx: money.payFx,
    base: money.base,
    cost: money.cost,
    measure: plan.crediting.measure,
    baseCurrency: plan.currency,
    basis: basisOf(event),
    links: {
      orderId: event.orderId,
      orderLineId: event.orderLineId,
      invoiceId: event.invoiceId,
      lineAmount: scaledText(event.amount),
    },
    ...(event.origin === 'credit-note' && event.base === 'collected'
      ? { refund: true as const }
      : {}),
  };
}
