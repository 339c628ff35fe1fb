import type { TraceParam } from '../../../explain';
import { cmp, neg, sign, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { LineSource } from '../../model/StatementLine';
import type { CreditEvent } from '../events/CreditEvent';
import type { Num } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import type { CompiledComponent } from '../plan/compilePlan';
import type { Priced } from './priceLine';

export function sourceOf(sources: Map<CreditEvent, LineSource>, event: CreditEvent): LineSource {
  let source = sources.get(event);
  if (source === undefined) {
    source = Object.freeze({
      kind: event.origin,
      id: event.docId,
      lineId: event.lineId,
      date: event.date,
    });
    sources.set(event, source);
  }
  return source;
}

export function basisOf(event: CreditEvent): string | undefined {
  if (event.base === 'collected') return undefined;
  if (event.invoiceId !== null) return `invoice:${event.invoiceId}`;
  return event.orderId === null ? undefined : `order:${event.orderId}`;
}

export function capLine(
  component: CompiledComponent,
  commission: Num,
): { value: Num; cap: Num | null } {
  let value = commission;
  let applied: Num | null = null;
  for (const cap of component.lineCaps) {
    const magnitude = sign(value) < 0 ? neg(value) : value;
    if (cmp(magnitude, cap) > 0) {
      value = sign(value) < 0 ? neg(cap) : cap;
      applied = cap;
    }
  }
  return { value, cap: applied };
}

export function lineParams(
  component: CompiledComponent,
  priced: Priced,
  run: PayeeRun,
): Record<string, TraceParam> | null {
  if (run.mode === 'totals') return null;
  const tiers = component.tiers;
  if (tiers !== null)
    return {
      mode: tiers.mode,
      measure: tiers.measure,
      before: scaledText(priced.before ?? ZERO),
      after: scaledText(priced.after ?? ZERO),
    };
  if (priced.rate.kind === 'fixed-per-unit')
    return {
      quantity: scaledText(priced.quantity ?? ZERO),
      commission: scaledText(priced.commission),
    };
  if (priced.rate.kind === 'fixed-per-line') return { commission: scaledText(priced.commission) };
  return null;
}
