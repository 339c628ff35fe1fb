import type { TraceParam } from '../../../explain';
import { add, cmp, max, mul, neg, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { Facts } from '../../../rules';
import { eventPath } from '../events/CreditEvent';
import { type Num, parseNum } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import { testMemoCondition } from '../plan/memoCondition';
import type { Credit } from './creditEvents';
import type { Earned } from './Earned';

function carried(run: PayeeRun, id: string): Num {
  const found = run.ctx.payeeStates.get(run.payee.id)?.spiffs.find((s) => s.id === id);
  return found === undefined ? ZERO : parseNum(found.earned, run.ctx.arithmetic);
}

/**
 * Internal: the SPIFF lines of one credit: each SPIFF whose window holds the credit date and whose
 * condition holds pays its award — a percent of the base, a fixed amount per line or per unit (with
 * the credit share) — capped by what is left of its per-payee maximum.
 */
export function spiffLines(
  run: PayeeRun,
  credit: Credit,
  base: Num,
  facts: () => Facts,
  emit: (line: Earned) => Num,
): void {
  const event = credit.event;
  const plan = credit.version.plan;
  for (const spiff of credit.version.spiffs) {
    if (event.date < spiff.def.from || event.date >= spiff.def.to) continue;
    if (!testMemoCondition(spiff.when, facts(), eventPath(event))) continue;
    const award = spiff.award;
    let commission: Num = ZERO;
    let quantity: Num | null = null;
    if (award.kind === 'rate') commission = mul(base, award.value as Num);
    else if (award.kind === 'fixed-per-line') commission = mul(award.value as Num, credit.fraction);
    else if (award.kind === 'fixed-per-unit') {
      quantity = event.quantity === null ? ZERO : mul(event.quantity, credit.fraction);
      commission = mul(award.value as Num, quantity);
    }
    if (award.kind !== 'rate' && sign(event.amount) < 0 && sign(commission) > 0)
      commission = neg(commission);
    const id = spiff.def.id;
    const before = run.spiffTotals.get(id) ?? carried(run, id);
    let value = commission;
    let cap: Num | null = null;
    if (spiff.max !== null && sign(commission) > 0) {
      const room = max(sub(spiff.max, before), ZERO);
      if (cmp(commission, room) > 0) {
        value = room;
        cap = spiff.max;
      }
    }
    run.spiffTotals.set(id, add(before, value));
    const params: Record<string, TraceParam> | null =
      run.mode === 'totals'
        ? null
        : {
            code: 'commission.spiff',
            spiff: id,
            name: spiff.def.name,
            from: spiff.def.from,
            to: spiff.def.to,
            currency: plan.currency,
            commission: scaledText(commission),
            ...(quantity === null ? {} : { quantity: scaledText(quantity) }),
          };
    emit({
      kind: 'spiff',
      component: id,
      priced: { commission, rate: award.applied, slices: null, quantity },
      value,
      cap,
      modifier: cap === null ? null : 'spiff:max',
      params,
    });
  }
}
