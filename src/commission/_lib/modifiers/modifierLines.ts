import type { TraceParam } from '../../../explain';
import { Decimal } from '../../../money';
import { add, cmp, max, neg, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import type { Modifier } from '../../model/Modifier';
import type { LineSource } from '../../model/StatementLine';
import { type Num, parseNum } from '../exact/num';
import type { Draft } from '../payee/Draft';
import type { PayeeRun } from '../payee/PayeeRun';
import {
  attainment,
  attainmentText,
  draft,
  money,
  needQuota,
  periodAmount,
} from '../payee/periodFigures';
import { scoreKey } from '../prepare/RunContext';
import type { AddLine, ModifierStep, Running } from './ModifierStep';
import { periodMultiplierLine, yearMultiplierLine } from './multiplierLines';

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

/** The part of a closed gate's line (`−total`) that belongs to the period's source lines. */
function gateAttributed(total: Num, unattributed: Num): Num | undefined {
  return sign(unattributed) === 0 ? undefined : neg(sub(total, unattributed));
}
