import { Decimal } from '../../../money';
import { mul, neg, sign, sub } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText, scaledText } from '../../../money/_lib/scaled/scaledText';
import { addDays, periodOf, shiftPeriod } from '../../../period';
import type { PayeeState } from '../../model/PayeeState';
import { type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { PayeeRun } from '../payee/PayeeRun';
import { stateDraft } from '../payee/stateDraft';
import { runTotals } from '../statement/finishStatement';

/** Internal: releases the holdbacks and installments that fall due in this period. */
export function releaseLines(run: PayeeRun): PayeeState['scheduled'] {
  const waiting: PayeeState['scheduled'] = [];
  for (const entry of run.ctx.payeeStates.get(run.payee.id)?.scheduled ?? []) {
    if (entry.due > run.ctx.period.start) {
      waiting.push(entry);
      continue;
    }
    const value = parseNum(entry.amount, run.ctx.arithmetic);
    const holdback = entry.kind === 'holdback';
    run.drafts.push(
      stateDraft(run, {
        id: `${holdback ? 'holdback' : 'release'}/${entry.kind}/${entry.from}/${entry.due}`,
        kind: holdback ? 'holdback' : 'release',
        value,
        params: {
          code: holdback ? 'commission.holdback.released' : 'commission.installment.due',
          from: entry.from,
          amount: scaledFixedText(value, run.scale),
        },
      }),
    );
  }
  return waiting;
}

function holdbackDue(run: PayeeRun): string | null {
  const { period } = run.ctx;
  const plan = run.version.plan;
  const release = plan.payout.holdbackRelease;
  if (release === 'plan-year-end') {
    const year = periodOf(period.start, 'year', plan.calendar);
    const last = periodOf(addDays(year.end, -1), period.grain, plan.calendar);
    return last.start === period.start ? null : last.start;
  }
  return shiftPeriod(period, release.afterPeriods).start;
}

/** Withholds `holdbackPercent` of a positive `payable` until it falls due; returns what is left. */
function holdback(run: PayeeRun, payable: Num, scheduled: PayeeState['scheduled']): Num {
  const plan = run.version.plan;
  const { period } = run.ctx;
  if (plan.payout.holdbackPercent === undefined || sign(payable) <= 0) return payable;
  const due = holdbackDue(run);
  if (due === null) return payable;
  const withheld = roundNum(
    mul(
      payable,
      parseNum(new Decimal(plan.payout.holdbackPercent).div(100).toFixed(), run.ctx.arithmetic),
    ),
    run.scale,
    run.rounding.mode,
  );
  if (sign(withheld) <= 0) return payable;
  run.drafts.push(
    stateDraft(run, {
      id: `holdback/${period.label}`,
      kind: 'holdback',
      value: neg(withheld),
      params: {
        code: 'commission.holdback.withheld',
        percent: plan.payout.holdbackPercent,
        payable: scaledFixedText(payable, run.scale),
        amount: scaledFixedText(withheld, run.scale),
        due,
      },
    }),
  );
  scheduled.push({ kind: 'holdback', from: period.label, due, amount: scaledText(withheld) });
  return sub(payable, withheld);
}

/** Spreads a positive `payable` over `installments` periods: this one's part now, the rest later. */
function installments(run: PayeeRun, payable: Num, scheduled: PayeeState['scheduled']): void {
  const count = run.version.plan.payout.installments;
  const { period } = run.ctx;
  if (count === undefined || sign(payable) <= 0) return;
  const unit = new Decimal(10).pow(-run.scale);
  const units = new Decimal(scaledText(payable)).div(unit);
  const each = units.divToInt(count);
  const extra = units.minus(each.times(count)).toNumber();
  const parts: Num[] = Array.from({ length: count }, (_, k) =>
    parseNum(
      each
        .plus(k < extra ? 1 : 0)
        .times(unit)
        .toFixed(),
      run.ctx.arithmetic,
    ),
  );
  const later = sub(payable, parts[0] as Num);
  if (sign(later) <= 0) return;
  run.drafts.push(
    stateDraft(run, {
      id: `deferral/installments/${period.label}`,
      kind: 'deferral',
      value: neg(later),
      params: {
        code: 'commission.installment.deferred',
        count,
        payable: scaledFixedText(payable, run.scale),
        now: scaledFixedText(parts[0] as Num, run.scale),
        amount: scaledFixedText(neg(later), run.scale),
      },
    }),
  );
  parts.slice(1).forEach((part, k) => {
    if (sign(part) > 0)
      scheduled.push({
        kind: 'installment',
        from: period.label,
        due: shiftPeriod(period, k + 1).start,
        amount: scaledText(part),
      });
  });
}

/**
 * Internal: withholds `holdbackPercent` of the period's positive payable (released later) and
 * spreads what is left over `installments` periods. Returns the new schedule entries.
 */
export function scheduleLines(run: PayeeRun): PayeeState['scheduled'] {
  const scheduled: PayeeState['scheduled'] = [];
  const payable = holdback(run, runTotals(run).payable, scheduled);
  installments(run, payable, scheduled);
  return scheduled;
}
