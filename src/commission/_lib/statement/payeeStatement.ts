import { minorUnits } from '../../../money';
import { add, ZERO } from '../../../money/_lib/scaled/Fixed';
import { addDays, periodOf } from '../../../period';
import type { Statement } from '../../model/Statement';
import type { LineSource } from '../../model/StatementLine';
import { compareCredits } from '../crediting/compareCredits';
import type { Credit } from '../crediting/creditEvents';
import { creditLines } from '../crediting/creditLines';
import type { CreditEvent } from '../events/CreditEvent';
import { type Num, parseNum } from '../exact/num';
import type { DocumentIndex } from '../input/documentIndex';
import type { Documents } from '../input/readDocuments';
import { bonusLines } from '../modifiers/bonusLines';
import { manualLines } from '../modifiers/manualLines';
import { modifierLines } from '../modifiers/modifierLines';
import type { Draft } from '../payee/Draft';
import type { Line } from '../payee/Line';
import type { PayeeRun } from '../payee/PayeeRun';
import { roundTogether } from '../payee/roundTogether';
import type { CompiledPlan } from '../plan/compilePlan';
import type { AssignmentInfo, PayeeInfo, RunContext } from '../prepare/RunContext';
import { quotaOf } from '../schema/quotaOf';
import { finishStatement } from './finishStatement';

/** Internal: the assignment and plan version that govern a payee's period-level steps. */
export function periodTerms(
  payee: PayeeInfo,
  ctx: RunContext,
): { assignment: AssignmentInfo; version: CompiledPlan; day: string } | null {
  const during = payee.assignments.during(ctx.period.start, ctx.period.end);
  const assignment = during[during.length - 1];
  if (assignment === undefined) return null;
  const end = assignment.effectiveTo;
  const day = end !== undefined && end <= ctx.period.end ? addDays(end, -1) : ctx.lastDay;
  const versions = assignment.history.versions;
  const version =
    versions.at(day) ?? versions.during(ctx.period.start, ctx.period.end).pop() ?? null;
  return version === null ? null : { assignment, version, day };
}

/**
 * Internal: what a payee's run is before any credit — its mode (`lines` unless rounded at the
 * line), whether it tracks payment bases, its statement currency and minor unit, its rounding —
 * as `startRun` sets them (the column run reads them without making the run).
 */
export function runShape(
  terms: { assignment: AssignmentInfo; version: CompiledPlan },
  mode: PayeeRun['mode'],
): Pick<PayeeRun, 'mode' | 'tracksBasis' | 'currency' | 'scale' | 'rounding'> {
  const plan = terms.version.plan;
  return {
    mode: plan.rounding.at === 'line' ? mode : 'lines',
    tracksBasis: plan.payout.timing !== 'earned',
    currency: terms.assignment.currency,
    scale: minorUnits(terms.assignment.currency),
    rounding: plan.rounding,
  };
}

/** Internal: a fresh per-payee run. */
export function startRun(
  ctx: RunContext,
  docs: Documents,
  index: DocumentIndex,
  payee: PayeeInfo,
  terms: { assignment: AssignmentInfo; version: CompiledPlan },
  mode: PayeeRun['mode'],
): PayeeRun {
  const plan = terms.version.plan;
  const calendar = plan.calendar.startMonth === 1 ? null : plan.calendar;
  // The same for every payee of the plan: worked out once per run.
  let planYear = ctx.planYears.get(calendar);
  if (planYear === undefined) {
    planYear = periodOf(ctx.period.start, 'year', calendar).label;
    ctx.planYears.set(calendar, planYear);
  }
  const state = ctx.payeeStates.get(payee.id) ?? null;
  const a = terms.assignment.assignment;
  const quota = quotaOf(a, ctx.period.label);
  const shape = runShape(terms, mode);
  return {
    ctx,
    mode: shape.mode,
    tracksBasis: shape.tracksBasis,
    creditTotal: ZERO,
    creditLines: 0,
    onPaid: null,
    basisSums: new Map(),
    docs,
    index,
    payee,
    assignment: terms.assignment,
    version: terms.version,
    currency: shape.currency,
    scale: shape.scale,
    rounding: shape.rounding,
    quota: quota === null ? null : parseNum(quota.value, ctx.arithmetic),
    carried: state !== null && state.planYear === planYear ? state : null,
    planYear,
    credited: ZERO,
    attained: null,
    running: new Map(),
    runningUnits: new Map(),
    sums: new Map(),
    earnedBeforeModifiers: new Map(),
    spiffTotals: new Map(),
    multipliers: new Map(),
    versionsUsed: new Set(),
    payoutUpdates: new Map(),
    yearTakenBack: new Map(),
    forfeits: new Map(),
    settles: new Map(),
    paidLines: null,
    next: null,
    tierCache: new Map(),
    drafts: [],
  };
}

/** Internal: a payee's earning lines for the period (no timing steps yet). */
export function earningLines(
  run: PayeeRun,
  credits: Credit[],
  sources: Map<CreditEvent, LineSource>,
): void {
  credits.sort(compareCredits);
  for (const credit of credits) {
    run.versionsUsed.add(credit.version);
    creditLines(run, credit, sources);
  }
  periodLines(run);
}

/**
 * Internal: what follows a payee's credit lines: component rounding, then the period modifiers,
 * KPI bonuses and manual adjustments.
 */
export function periodLines(run: PayeeRun): void {
  if (run.rounding.at === 'component') {
    const groups = new Map<string, Draft[]>();
    for (const d of run.drafts) {
      const group = groups.get(d.group);
      if (group === undefined) groups.set(d.group, [d]);
      else group.push(d);
    }
    for (const group of groups.values())
      roundTogether(group, run.scale, run.rounding.mode, run.ctx.arithmetic);
    run.sums.clear();
    for (const d of run.drafts)
      if (d.kind === 'commission' && d.component !== null)
        run.sums.set(d.component, add(run.sums.get(d.component) ?? ZERO, d.amount as Num));
  }
  const source: LineSource = Object.freeze({
    kind: 'period',
    id: run.ctx.period.label,
    lineId: null,
    date: run.ctx.lastDay,
  });
  modifierLines(run, source);
  bonusLines(run, source);
  manualLines(run);
}

/**
 * Internal: closes a payee's statement: statement-level rounding, then totals, YTD and lines —
 * built now when the run kept every line, else on first read by `materialise`.
 */
export function closeStatement(run: PayeeRun, materialise: (() => Line[]) | null): Statement {
  if (run.rounding.at === 'statement')
    roundTogether(run.drafts, run.scale, run.rounding.mode, run.ctx.arithmetic);
  return finishStatement(run, run.mode === 'lines' ? null : materialise);
}
