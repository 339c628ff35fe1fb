import { toDec, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText } from '../../../money/_lib/scaled/scaledText';
import { settleDraw } from '../../settleDraw';
import { type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { PayeeRun } from '../payee/PayeeRun';
import { periodAmount } from '../payee/periodFigures';
import { stateDraft } from '../payee/stateDraft';
import { runTotals } from '../statement/finishStatement';

/**
 * Internal: settles the plan's draw against what the payee is due this period (every line so
 * far): a top-up to the draw, or a recovery of the carried balance from earnings above it.
 * Returns the balance carried out.
 */
export function drawLines(run: PayeeRun): Num {
  const { arithmetic } = run.ctx;
  const carried = run.ctx.payeeStates.get(run.payee.id)?.drawBalance;
  const balance = carried === undefined ? ZERO : parseNum(carried, arithmetic);
  const draw = run.version.plan.draw;
  if (draw === undefined) return balance;
  const amount = periodAmount(run, parseNum(draw.amountPerPeriod.amount, arithmetic), [
    'plans',
    run.version.index,
    'draw',
    'amountPerPeriod',
  ]);
  const due = runTotals(run).payable;
  const settled = settleDraw(
    { kind: draw.kind, amount: toDec(amount), maxRecoveryPercent: draw.maxRecoveryPercent },
    toDec(due),
    toDec(balance),
  );
  const recovery = roundNum(parseNum(settled.recovery.toFixed(), arithmetic), run.scale, 'down');
  const topUp = parseNum(settled.topUp.toFixed(), arithmetic);
  const after = parseNum(
    settled.balance.plus(settled.recovery).minus(toDec(recovery)).toFixed(),
    arithmetic,
  );
  const common = {
    draw: scaledFixedText(amount, run.scale),
    earnings: scaledFixedText(due, run.scale),
    balance: scaledFixedText(after, run.scale),
  };
  if (!settled.topUp.isZero())
    run.drafts.push(
      stateDraft(run, {
        id: `draw/top-up/${run.ctx.period.label}`,
        kind: 'draw',
        value: topUp,
        params: {
          code: `commission.draw.top-up.${draw.kind}`,
          ...common,
          amount: scaledFixedText(topUp, run.scale),
        },
      }),
    );
  if (!toDec(recovery).isZero())
    run.drafts.push(
      stateDraft(run, {
        id: `draw/recovery/${run.ctx.period.label}`,
        kind: 'draw',
        value: parseNum(toDec(recovery).neg().toFixed(), arithmetic),
        params: {
          code: 'commission.draw.recovery',
          ...common,
          amount: scaledFixedText(recovery, run.scale),
          before: scaledFixedText(balance, run.scale),
        },
      }),
    );
  return after;
}
