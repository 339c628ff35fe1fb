import type { TraceParam } from '../../../explain';
import { Decimal } from '../../../money';
import type { Modifier } from '../../model/Modifier';
import type { PayeeState } from '../../model/PayeeState';
import type { LineSource } from '../../model/StatementLine';
import { add, cmp, max, mul, type Num, neg, parseNum, sign, sub, ZERO } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { Draft } from '../payee/Draft';
import { type YearShare, yearLeft } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';
import {
  attainment,
  attainmentText,
  draft,
  money,
  needQuota,
  periodAmount,
  ytdAttainment,
} from '../payee/periodFigures';
import { scoreKey } from '../prepare/RunContext';
import { bandFactor, type CompiledBand } from '../pricing/bandFactor';

/** Internal: each component's period modifiers in order, as lines of their own. */
export function modifierLines(run: PayeeRun, source: LineSource): void {
  const percent = attainment(run);
  for (const component of run.version.components) {
    const id = component.def.id;
    const total = run.sums.get(id) ?? ZERO;
    // `unattributed`: the part of `total` that belongs to no source line of the period: a
    // plan-year multiplier's re-rating of earlier periods (a gate that closes takes it off
    // unattributed).
    const running: Running = { total, unattributed: ZERO };
    run.earnedBeforeModifiers.set(id, total);
    const carried = run.carried?.ytd.components.find((c) => c.id === id);
    for (const { modifier, index, bands } of component.periodModifiers) {
      const step: ModifierStep = {
        run,
        id,
        bands,
        percent,
        carried,
        running,
        path: ['plans', run.version.index, 'components', component.index, 'modifiers', index],
        line: lineAdder(run, source, running, id, index),
      };
      modifierLine(step, modifier);
    }
    run.sums.set(id, running.total);
  }
}

/** A component's total as its modifiers change it, and the part of it no source line owns. */
interface Running {
  total: Num;
  unattributed: Num;
}

/** Adds one modifier line of `value` (the part `attributed` to the period's source lines). */
type AddLine = (
  kind: Draft['kind'],
  value: Num,
  params: Record<string, TraceParam>,
  reason?: string | null,
  attributed?: Num,
) => void;

/** What one modifier of one component works with. */
interface ModifierStep {
  readonly run: PayeeRun;
  readonly id: string;
  readonly bands: readonly CompiledBand[];
  readonly percent: Decimal | null;
  readonly carried: CarriedYtd | undefined;
  readonly running: Running;
  readonly path: Array<string | number>;
  readonly line: AddLine;
}

/** A component's year-to-date figures as the carried state holds them. */
type CarriedYtd = PayeeState['ytd']['components'][number];

/** The line adder of modifier `index` of component `id`, which advances `running`. */
function lineAdder(
  run: PayeeRun,
  source: LineSource,
  running: Running,
  id: string,
  index: number,
): AddLine {
  const earnings = money(run, running.total);
  // `params` is a fresh literal at every call: the common fields are added to it (a spread
  // would copy it, slowly, into an object of a shape of its own).
  return (kind, value, params, reason = null, attributed) => {
    params.component = id;
    params.earnings = earnings;
    params.currency = run.currency;
    const d = draft(run, source, {
      id: `${kind}/${id}/${index}`,
      kind,
      component: id,
      value,
      reason,
      params,
    });
    run.drafts.push(attributed === undefined ? d : { ...d, attributed });
    const amount = d.amount ?? d.unrounded;
    if (attributed !== undefined)
      running.unattributed = add(running.unattributed, sub(amount, attributed));
    running.total = add(running.total, amount);
  };
}

/** The line, if any, of one period modifier. */
function modifierLine(step: ModifierStep, modifier: Modifier): void {
  const { run, running, percent, line } = step;
  switch (modifier.kind) {
    case 'multiplier':
      if (modifier.scope === 'plan-year') yearMultiplierLine(step);
      else periodMultiplierLine(step);
      return;
    case 'gate':
      if (percent === null) needQuota(run, 'an attainment gate');
      if (percent.lt(modifier.min) && sign(running.total) !== 0)
        line(
          'gate',
          neg(running.total),
          { code: 'commission.gate', attainment: attainmentText(run) as string, min: modifier.min },
          'attainment below the gate',
          gateAttributed(running.total, running.unattributed),
        );
      return;
    case 'kpi-gate':
      kpiGateLine(step, modifier);
      return;
    case 'cap':
      capLine(run, modifier, running.total, step.carried?.earned, step.path, line);
      return;
    case 'minimum': {
      const amount = parseNum(modifier.amount.amount, run.ctx.arithmetic);
      const minimum = periodAmount(run, amount, step.path);
      if (cmp(running.total, minimum) < 0)
        line('minimum', sub(minimum, running.total), {
          code: 'commission.minimum',
          minimum: money(run, minimum),
        });
      return;
    }
    default: {
      const unhandled: never = modifier;
      throw new TypeError(`unknown modifier ${String(unhandled)}`);
    }
  }
}

/**
 * A plan-year multiplier: the year's earnings before modifiers (as the state carries them, less
 * what this period's clawbacks took back), at the band of the year-to-date attainment, less what
 * the multiplier paid before.
 */
function yearMultiplierLine(step: ModifierStep): void {
  const { run, id } = step;
  const ytd = ytdAttainment(run) ?? needQuota(run, 'a plan-year multiplier');
  const band = bandFactor(step.bands, ytd);
  const own = run.earnedBeforeModifiers.get(id) ?? ZERO;
  const { gross: carriedGross, multiplier: paid } = yearFigures(run, id, step.carried);
  const gross = add(own, carriedGross);
  const lessOne = parseNum(band.lessOne, run.ctx.arithmetic);
  const target = roundNum(mul(gross, lessOne), run.scale, run.rounding.mode);
  const delta = sub(target, paid);
  run.multipliers.set(id, add(paid, delta));
  // This period's earnings at the band's factor belong to its lines; the rest re-rates
  // earlier periods' earnings.
  const ownDelta = roundNum(mul(own, lessOne), run.scale, run.rounding.mode);
  if (sign(delta) !== 0)
    step.line(
      'multiplier',
      delta,
      {
        code: 'commission.multiplier.ytd',
        factor: band.text,
        attainment: ytd.toDecimalPlaces(4).toFixed(),
        gross: money(run, gross),
        target: money(run, target),
        paid: money(run, paid),
      },
      null,
      cmp(ownDelta, delta) === 0 ? undefined : ownDelta,
    );
}

/** A period multiplier: the component's total times the band's factor less one. */
function periodMultiplierLine(step: ModifierStep): void {
  const { run, percent } = step;
  if (percent === null) needQuota(run, 'a multiplier');
  const band = bandFactor(step.bands, percent);
  const delta = mul(step.running.total, parseNum(band.lessOne, run.ctx.arithmetic));
  if (sign(delta) !== 0)
    step.line('multiplier', delta, {
      code: 'commission.multiplier',
      factor: band.text,
      attainment: attainmentText(run) as string,
    });
}

/** A KPI gate: takes the component's total off when the score is missing or below the minimum. */
function kpiGateLine(step: ModifierStep, modifier: Extract<Modifier, { kind: 'kpi-gate' }>): void {
  const { run, running } = step;
  const score = run.ctx.kpiScores.get(scoreKey(run.payee.id, modifier.kpi))?.score.score;
  if ((score === undefined || new Decimal(score).lt(modifier.min)) && sign(running.total) !== 0)
    step.line(
      'gate',
      neg(running.total),
      score === undefined
        ? { code: 'commission.gate.kpi-missing', kpi: modifier.kpi, min: modifier.min }
        : { code: 'commission.gate.kpi', kpi: modifier.kpi, score, min: modifier.min },
      score === undefined ? 'no KPI score' : 'KPI below the gate',
      gateAttributed(running.total, running.unattributed),
    );
}

function capLine(
  run: PayeeRun,
  modifier: Extract<Modifier, { kind: 'cap' }>,
  total: Num,
  earnedBefore: string | undefined,
  path: Array<string | number>,
  line: (kind: Draft['kind'], value: Num, params: Record<string, TraceParam>) => void,
): void {
  const cap = periodAmount(run, parseNum(modifier.amount.amount, run.ctx.arithmetic), path);
  if (modifier.per === 'plan-year') {
    const before = earnedBefore === undefined ? ZERO : parseNum(earnedBefore, run.ctx.arithmetic);
    const room = max(sub(cap, before), ZERO);
    if (cmp(total, room) > 0)
      line('cap', sub(room, total), {
        code: 'commission.cap.plan-year',
        cap: money(run, cap),
        earnedBefore: money(run, before),
      });
  } else if (cmp(total, cap) > 0)
    line('cap', sub(cap, total), { code: 'commission.cap.period', cap: money(run, cap) });
}

/**
 * Internal: a component's plan-year gross and multiplier paid before the period, as the state
 * carries them, less what this period's clawbacks took back (`PayeeRun.yearTakenBack`).
 */
export function yearFigures(
  run: PayeeRun,
  id: string,
  carried: { readonly gross: string; readonly multiplier: string } | undefined,
): YearShare {
  return yearLeft(carried ?? NOTHING_CARRIED, run.yearTakenBack.get(id), run.ctx.arithmetic);
}

const NOTHING_CARRIED = { gross: '0', multiplier: '0' };

/** The part of a closed gate's line (`−total`) that belongs to the period's source lines. */
function gateAttributed(total: Num, unattributed: Num): Num | undefined {
  return sign(unattributed) === 0 ? undefined : neg(sub(total, unattributed));
}
