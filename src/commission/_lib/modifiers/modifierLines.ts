import type { TraceParam } from '../../../explain';
import { Decimal } from '../../../money';
import type { Modifier } from '../../Modifier';
import type { LineSource } from '../../StatementLine';
import { add, cmp, max, mul, type Num, neg, parseNum, sign, sub, ZERO } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import type { Draft } from '../payee/Draft';
import type { PayeeRun } from '../payee/PayeeRun';
import { type YearShare, yearLeft } from '../payee/paidLines';
import {
  attainment,
  attainmentText,
  draft,
  money,
  needQuota,
  periodAmount,
  ytdAttainment,
} from '../payee/periodFigures';
import { scoreKey } from '../prepare/context';
import { bandFactor } from '../pricing/bandFactor';

/** Internal: each component's period modifiers in order, as lines of their own. */
export function modifierLines(run: PayeeRun, source: LineSource): void {
  const percent = attainment(run);
  const planIndex = run.version.index;
  for (const component of run.version.components) {
    const id = component.def.id;
    let total = run.sums.get(id) ?? ZERO;
    // The part of `total` that belongs to no source line of the period: a plan-year
    // multiplier's re-rating of earlier periods (a gate that closes takes it off unattributed).
    let unattributed: Num = ZERO;
    run.earnedBeforeModifiers.set(id, total);
    const carried = run.carried?.ytd.components.find((c) => c.id === id);
    for (const { modifier, index, bands } of component.periodModifiers) {
      const path = ['plans', planIndex, 'components', component.index, 'modifiers', index];
      const earnings = money(run, total);
      // `params` is a fresh literal at every call: the common fields are added to it (a spread
      // would copy it, slowly, into an object of a shape of its own).
      const line = (
        kind: Draft['kind'],
        value: Num,
        params: Record<string, TraceParam>,
        reason: string | null = null,
        attributed?: Num,
      ) => {
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
        if (attributed !== undefined) unattributed = add(unattributed, sub(amount, attributed));
        total = add(total, amount);
      };
      switch (modifier.kind) {
        case 'multiplier': {
          if (modifier.scope === 'plan-year') {
            const ytd = ytdAttainment(run) ?? needQuota(run, 'a plan-year multiplier');
            const band = bandFactor(bands, ytd);
            // The year's earnings before modifiers (as the state carries them, less what this
            // period's clawbacks took back), at the band.
            const own = run.earnedBeforeModifiers.get(id) ?? ZERO;
            const { gross: carriedGross, multiplier: paid } = yearFigures(run, id, carried);
            const gross = add(own, carriedGross);
            const target = roundNum(
              mul(gross, parseNum(band.lessOne, run.ctx.arithmetic)),
              run.scale,
              run.rounding.mode,
            );
            const delta = sub(target, paid);
            run.multipliers.set(id, add(paid, delta));
            // This period's earnings at the band's factor belong to its lines; the rest re-rates
            // earlier periods' earnings.
            const ownDelta = roundNum(
              mul(own, parseNum(band.lessOne, run.ctx.arithmetic)),
              run.scale,
              run.rounding.mode,
            );
            if (sign(delta) !== 0)
              line(
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
          } else {
            if (percent === null) needQuota(run, 'a multiplier');
            const band = bandFactor(bands, percent);
            const delta = mul(total, parseNum(band.lessOne, run.ctx.arithmetic));
            if (sign(delta) !== 0)
              line('multiplier', delta, {
                code: 'commission.multiplier',
                factor: band.text,
                attainment: attainmentText(run) as string,
              });
          }
          break;
        }
        case 'gate': {
          if (percent === null) needQuota(run, 'an attainment gate');
          if (percent.lt(modifier.min) && sign(total) !== 0)
            line(
              'gate',
              neg(total),
              {
                code: 'commission.gate',
                attainment: attainmentText(run) as string,
                min: modifier.min,
              },
              'attainment below the gate',
              gateAttributed(total, unattributed),
            );
          break;
        }
        case 'kpi-gate': {
          const score = run.ctx.kpiScores.get(scoreKey(run.payee.id, modifier.kpi))?.score.score;
          if ((score === undefined || new Decimal(score).lt(modifier.min)) && sign(total) !== 0)
            line(
              'gate',
              neg(total),
              score === undefined
                ? { code: 'commission.gate.kpi-missing', kpi: modifier.kpi, min: modifier.min }
                : { code: 'commission.gate.kpi', kpi: modifier.kpi, score, min: modifier.min },
              score === undefined ? 'no KPI score' : 'KPI below the gate',
              gateAttributed(total, unattributed),
            );
          break;
        }
        case 'cap':
          capLine(run, modifier, total, carried?.earned, path, line);
          break;
        case 'minimum': {
          const minimum = periodAmount(
            run,
            parseNum(modifier.amount.amount, run.ctx.arithmetic),
            path,
          );
          if (cmp(total, minimum) < 0)
            line('minimum', sub(minimum, total), {
              code: 'commission.minimum',
              minimum: money(run, minimum),
            });
          break;
        }
      }
    }
    run.sums.set(id, total);
  }
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
