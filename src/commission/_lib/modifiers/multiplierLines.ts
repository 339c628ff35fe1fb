import { add, cmp, mul, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import { type YearShare, yearLeft } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';
import { attainmentText, money, needQuota, ytdAttainment } from '../payee/periodFigures';
import { bandFactor } from '../pricing/bandFactor';
import type { ModifierStep } from './ModifierStep';

/**
 * Internal: a plan-year multiplier: the year's earnings before modifiers (as the state carries them, less
 * what this period's clawbacks took back), at the band of the year-to-date attainment, less what
 * the multiplier paid before.
 */
export function yearMultiplierLine(step: ModifierStep): void {
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

/** Internal: a period multiplier: the component's total times the band's factor less one. */
export function periodMultiplierLine(step: ModifierStep): void {
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
