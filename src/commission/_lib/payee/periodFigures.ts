import { CrmRulesError } from '../../../errors';
import type { TraceParam } from '../../../explain';
import type { Decimal } from '../../../money';
import { add, mul, sign, toDec, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText } from '../../../money/_lib/scaled/scaledText';
import { periodOf, periodsBetween } from '../../../period';
import type { LineSource } from '../../model/StatementLine';
import { type Num, parseNum } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import { quotaOf } from '../schema/quotaOf';
import { type Draft, plainDraft } from './Draft';
import { type PayeeRun, periodWhen } from './PayeeRun';

/**
 * Internal: attainment in percent of the period quota (`null` without a quota), worked out once
 * for a credited base (the period steps and the statement both read it).
 */
export function attainment(run: PayeeRun): Decimal | null {
  return attained(run).percent;
}

/** Internal: {@link attainment} to 4 places as text, as statements show it (`null` without a quota). */
export function attainmentText(run: PayeeRun): string | null {
  return attained(run).text;
}

function attained(run: PayeeRun): NonNullable<PayeeRun['attained']> {
  const known = run.attained;
  if (known !== null && known.of === run.credited) return known;
  const percent = run.quota === null ? null : toDec(run.credited).div(toDec(run.quota)).times(100);
  const fresh = {
    of: run.credited,
    percent,
    // Every statement shows it.
    text: percent === null ? null : percent.toDecimalPlaces(4).toFixed(),
  };
  run.attained = fresh;
  return fresh;
}

export function needQuota(run: PayeeRun, what: string): never {
  throw new CrmRulesError(
    'INVALID_INPUT',
    `${what} needs a quota: give the assignment a quota for ${run.ctx.period.label}`,
    {
      path: ['assignments', run.assignment.index, 'quota'],
      value: undefined,
    },
  );
}

function quotaFor(run: PayeeRun, label: string): Num | null {
  const quota = quotaOf(run.assignment.assignment, label);
  return quota === null ? null : parseNum(quota.value, run.ctx.arithmetic);
}

export function ytdAttainment(run: PayeeRun): Decimal | null {
  const { period } = run.ctx;
  const calendar = run.version.plan.calendar;
  const year = periodOf(period.start, 'year', calendar);
  const first = periodOf(year.start, period.grain, calendar);
  let quota: Num = ZERO;
  for (const p of periodsBetween(first, period)) {
    const q = quotaFor(run, p.label);
    if (q === null) return null;
    quota = add(quota, q);
  }
  const credited = add(
    run.credited,
    run.carried === null ? ZERO : parseNum(run.carried.ytd.credited, run.ctx.arithmetic),
  );
  return sign(quota) === 0 ? null : toDec(credited).div(toDec(quota)).times(100);
}

/** Internal: converts a plan-currency amount to the statement currency at the period's rate, rounded. */
export function periodAmount(run: PayeeRun, amount: Num, path: Array<string | number>): Num {
  const plan = run.version.plan;
  const fx = run.ctx.fx.get(plan.currency, run.currency, periodWhen(run), plan.fx, path);
  const value = mul(amount, fx.rate);
  return run.rounding.at === 'statement' ? value : roundNum(value, run.scale, run.rounding.mode);
}

export function draft(
  run: PayeeRun,
  source: LineSource,
  fields: {
    id: string;
    kind: Draft['kind'];
    component: string | null;
    value: Num;
    reason: string | null;
    params: Record<string, TraceParam>;
  },
): Draft {
  const amount =
    run.rounding.at === 'statement' ? null : roundNum(fields.value, run.scale, run.rounding.mode);
  return plainDraft({
    id: fields.id,
    kind: fields.kind,
    component: fields.component,
    source,
    unrounded: fields.value,
    amount,
    reason: fields.reason,
    params: fields.params,
  });
}

export function money(run: PayeeRun, value: Num): string {
  return scaledFixedText(value, run.scale);
}
