import { add, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText, scaledText } from '../../../money/_lib/scaled/scaledText';
import type { Statement, StatementTotals } from '../../model/Statement';
import type { LineKind } from '../../model/StatementLine';
import { type Num, parseNum } from '../exact/num';
import type { Draft } from '../payee/Draft';
import { Line } from '../payee/Line';
import type { PayeeRun } from '../payee/PayeeRun';
import { attainmentText } from '../payee/periodFigures';
import { StatementRecord, type VersionUsed } from '../payee/StatementRecord';
import { sliceJson } from '../payee/sliceJson';

/** Internal: the statement total each kind of line adds to. */
export const CATEGORY: Readonly<Record<LineKind, keyof StatementTotals>> = {
  commission: 'earned',
  override: 'earned',
  spiff: 'earned',
  'kpi-bonus': 'earned',
  multiplier: 'earned',
  gate: 'earned',
  cap: 'earned',
  minimum: 'earned',
  clawback: 'earned',
  adjustment: 'adjustments',
  manual: 'adjustments',
  deferral: 'timing',
  release: 'timing',
  holdback: 'holdback',
  draw: 'draw',
};

// The frozen rounding of statements and lines: one object per policy and scale, shared.
const ROUNDINGS = new Map<string, Statement['rounding']>();

function roundingOf(run: PayeeRun, scale: number): Statement['rounding'] {
  const { at, mode } = run.rounding;
  const key = `${at} ${mode} ${scale}`;
  let rounding = ROUNDINGS.get(key);
  if (rounding === undefined) {
    rounding = Object.freeze({ at, mode, scale });
    ROUNDINGS.set(key, rounding);
  }
  return rounding;
}

/** Internal: the totals of drafts by category, exact (payee currency). */
export function draftTotals(drafts: readonly Draft[]): Record<keyof StatementTotals, Num> {
  const totals: Record<keyof StatementTotals, Num> = {
    earned: ZERO,
    adjustments: ZERO,
    timing: ZERO,
    holdback: ZERO,
    draw: ZERO,
    payable: ZERO,
  };
  for (const d of drafts) {
    const amount = d.amount ?? d.unrounded;
    const category = CATEGORY[d.kind];
    totals[category] = add(totals[category], amount);
    totals.payable = add(totals.payable, amount);
  }
  return totals;
}

/** Internal: the totals of a run — its drafts plus the credit lines it only counted. */
export function runTotals(run: PayeeRun): Record<keyof StatementTotals, Num> {
  const totals = draftTotals(run.drafts);
  totals.earned = add(totals.earned, run.creditTotal);
  totals.payable = add(totals.payable, run.creditTotal);
  return totals;
}

/** Internal: the statement lines of a run's drafts (strings at full precision, amounts rounded). */
export function draftLines(run: PayeeRun): Line[] {
  const { scale, currency } = run;
  const rounding = roundingOf(run, scale);
  return run.drafts.map(
    (d) =>
      new Line({
        id: d.id,
        kind: d.kind,
        component: d.component,
        source: d.source,
        credit: d.credit,
        original: d.original,
        fx: d.fx,
        measure: d.measure,
        cost: d.cost === null ? null : scaledText(d.cost),
        base: d.base === null ? null : scaledText(d.base),
        baseCurrency: d.baseCurrency,
        rate: d.rate,
        slices: d.slices === null ? null : d.slices.map(sliceJson),
        modifiers: d.modifiers,
        payFx: d.payFx,
        rounding,
        currency,
        unrounded: scaledText(d.unrounded),
        amount: scaledFixedText(d.amount ?? d.unrounded, scale),
        reason: d.reason,
        params: d.params,
      }),
  );
}

/** The recoverable draw balance carried out of the period (as the next payee state keeps it). */
function drawBalanceAfter(run: PayeeRun): Num {
  if (run.next !== null) return run.next.drawBalance;
  const carried = run.ctx.payeeStates.get(run.payee.id)?.drawBalance;
  return carried === undefined ? ZERO : parseNum(carried, run.ctx.arithmetic);
}

/**
 * Internal: the statement of a finished run: totals (Σ lines), YTD, attainment, trace, and its
 * lines — given, or materialised on first read by `materialise` (which re-runs the payee and must
 * give the same totals).
 */
export function finishStatement(run: PayeeRun, materialise: (() => Line[]) | null): Statement {
  const { ctx, scale, currency } = run;
  const rounding = roundingOf(run, scale);
  const lines = materialise === null ? draftLines(run) : null;
  const count = run.drafts.length + (materialise === null ? 0 : run.creditLines);
  const sums = runTotals(run);
  const money = (value: Num) => scaledFixedText(value, scale);
  const totals: StatementTotals = {
    earned: money(sums.earned),
    adjustments: money(sums.adjustments),
    timing: money(sums.timing),
    holdback: money(sums.holdback),
    draw: money(sums.draw),
    payable: money(sums.payable),
  };
  const carried = run.carried;
  const earnedBefore = carried === null ? ZERO : parseNum(carried.ytd.earned, ctx.arithmetic);
  const paidBefore = carried === null ? ZERO : parseNum(carried.ytd.paid, ctx.arithmetic);
  const ytd = {
    planYear: run.planYear,
    earnedBefore: money(earnedBefore),
    earned: money(add(earnedBefore, add(sums.earned, sums.adjustments))),
    paidBefore: money(paidBefore),
    payable: totals.payable,
  };
  const plan = run.version.plan;
  const attained = {
    credited: scaledText(run.credited),
    quota: run.quota === null ? null : scaledText(run.quota),
    percent: attainmentText(run),
    ...(run.version.plan.quotaMeasure === 'quantity' ? { measure: 'quantity' as const } : {}),
  };
  // The trace is built from these fields on first read (see `StatementRecord`).
  const versions = new Map<string, VersionUsed>();
  for (const v of run.versionsUsed)
    versions.set(`${v.plan.id}@${v.plan.version}`, {
      plan: v.plan.id,
      version: v.plan.version,
      from: v.plan.effectiveFrom,
    });
  return new StatementRecord(
    {
      payeeId: run.payee.id,
      period: ctx.period.label,
      start: ctx.period.start,
      end: ctx.period.end,
      planId: plan.id,
      planVersion: plan.version,
      planCurrency: plan.currency,
      currency,
      rounding,
      attainment: attained,
      totals,
      ytd,
      drawBalance: money(drawBalanceAfter(run)),
    },
    { lines: count, versions: versions.size > 1 ? [...versions.values()] : null },
    lines,
    materialise,
  );
}
