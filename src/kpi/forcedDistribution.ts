import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { Decimal, type DecimalInput, decimalToString, toDecimal } from '../money';
import { allocateCount } from './_lib/allocateCount';
import { type CheckedEntry, checkEntries } from './_lib/scoreEntries';

/**
 * The buckets of a forced distribution, best first.
 *
 * @example
 * ```ts
 * DISTRIBUTION_BUCKETS;
 * //=> ['top', 'middle', 'bottom']
 * ```
 */
export const DISTRIBUTION_BUCKETS = ['top', 'middle', 'bottom'] as const;
/** A bucket of a forced distribution. */
export type DistributionBucket = (typeof DISTRIBUTION_BUCKETS)[number];

/** A guideline: the percent of the team each bucket should hold, adding up to exactly 100. */
export type DistributionGuideline = Readonly<Record<DistributionBucket, DecimalInput>>;

/** A scored person with the bucket their manager proposes. */
export interface ProposedRating {
  readonly id: string;
  readonly score: DecimalInput;
  readonly bucket: DistributionBucket;
}

/** One bucket of a forced distribution: what the guideline allows and what was proposed. */
export interface BucketCheck {
  /** The guideline's percent. */
  readonly percent: string;
  /** `team size × percent ÷ 100`, exactly. */
  readonly exact: string;
  /** The fewest people allowed: the exact share rounded down. */
  readonly min: number;
  /** The most people allowed: the exact share rounded up. */
  readonly max: number;
  /** The guideline's count (largest remainder): within `[min, max]`, the counts add up to n. */
  readonly count: number;
  /** The ids proposed for the bucket, highest score first. */
  readonly ids: readonly string[];
  /** Whether the proposed count is within, over or under the range. */
  readonly status: 'within' | 'over' | 'under';
}

/** The check of a team's proposed ratings against a forced-distribution guideline. */
export interface ForcedDistribution {
  readonly size: number;
  readonly buckets: Readonly<Record<DistributionBucket, BucketCheck>>;
  /** Who falls outside: the members beyond `max` of each over-full bucket. */
  readonly outside: ReadonlyArray<{ readonly id: string; readonly bucket: DistributionBucket }>;
  /**
   * One `kpi.calibration.bucket.<status>` step per bucket (share, range, guideline count and
   * proposed count), then one `kpi.calibration.outside` step per member outside.
   */
  readonly trace: readonly TraceStep[];
}

/**
 * Checks a team's proposed ratings against a forced-distribution guideline such as 20 / 70 / 10.
 * Rounding rule: a bucket may hold from its exact share `n × percent ÷ 100` rounded down (`min`)
 * to it rounded up (`max`); the guideline's own `count`s are the exact shares split by largest
 * remainder (`allocate`, ties to the better bucket), so they lie within the ranges and add up to
 * the team size. Who falls outside: in a bucket over its `max`, the members beyond it — the
 * lowest scores of `top` and `middle` (the nearest to the bucket below), the highest scores of
 * `bottom` — listed from the first to move. An under-full bucket names nobody (the people to
 * move in are the excess of its neighbours). Scores are ordered highest first, equal scores by
 * id, so the input order never changes a result.
 *
 * @param entries - `{ id, score, bucket }` per team member, ids unique
 * @param guideline - `{ top, middle, bottom }` percents, non-negative, adding up to exactly 100
 * @returns each bucket's range, guideline count, proposed ids and status, who falls outside, and
 * the trace
 * @throws CrmRulesError `WEIGHTS_NOT_100` at `['guideline']` when the percents do not add up to
 * 100; `INVALID_ALLOCATION` at `['guideline', bucket]` for a negative percent; `INVALID_INPUT` at
 * `['entries', i, 'bucket']` for an unknown bucket, and as `rankScores` for bad entries
 * @example
 * ```ts
 * const team = ['9', '8', '8', '7', '6', '5', '5', '4', '3', '2'].map((score, i) => ({
 *   id: `m${i}`, score, bucket: i < 3 ? 'top' : i < 9 ? 'middle' : 'bottom',
 * }) as const);
 * const check = forcedDistribution(team, { top: '20', middle: '70', bottom: '10' });
 * [check.buckets.top.min, check.buckets.top.max, check.buckets.top.status, check.outside];
 * //=> [2, 2, 'over', [{ id: 'm2', bucket: 'top' }]]
 * ```
 */
export function forcedDistribution(
  entries: readonly ProposedRating[],
  guideline: DistributionGuideline,
): ForcedDistribution {
  const percents = checkGuideline(guideline);
  const sorted = checkEntries(entries);
  const bucketOf = (entry: CheckedEntry): DistributionBucket => {
    const bucket = (entries[entry.index] as { bucket?: unknown }).bucket;
    if (!DISTRIBUTION_BUCKETS.includes(bucket as DistributionBucket))
      throw new CrmRulesError('INVALID_INPUT', "expected 'top', 'middle' or 'bottom'", {
        path: ['entries', entry.index, 'bucket'],
        value: bucket,
      });
    return bucket as DistributionBucket;
  };
  const proposed = sorted.map((entry) => ({ id: entry.id, bucket: bucketOf(entry) }));
  const n = sorted.length;
  const counts = allocateCount(n, percents, ['guideline']);
  const outside: Array<{ id: string; bucket: DistributionBucket }> = [];
  const checks = DISTRIBUTION_BUCKETS.map((bucket, b) => {
    const exact = new Decimal(n).times(percents[b] as Decimal).div(100);
    const min = exact.floor().toNumber();
    const max = exact.ceil().toNumber();
    const ids = proposed.filter((p) => p.bucket === bucket).map((p) => p.id);
    const excess = ids.length - max;
    if (excess > 0) {
      const movers = bucket === 'bottom' ? ids.slice(0, excess) : ids.slice(-excess).reverse();
      outside.push(...movers.map((id) => ({ id, bucket })));
    }
    const status = excess > 0 ? 'over' : ids.length < min ? 'under' : 'within';
    const check: BucketCheck = {
      percent: decimalToString(percents[b] as Decimal),
      exact: decimalToString(exact),
      min,
      max,
      count: counts[b] as number,
      ids,
      status,
    };
    return [bucket, check] as const;
  });
  return {
    size: n,
    buckets: Object.fromEntries(checks) as Record<DistributionBucket, BucketCheck>,
    outside,
    trace: distributionSteps(n, checks, outside),
  };
}

/** The steps of a forced distribution: each bucket's check, then who falls outside. */
function distributionSteps(
  size: number,
  checks: ReadonlyArray<readonly [DistributionBucket, BucketCheck]>,
  outside: ReadonlyArray<{ readonly id: string; readonly bucket: DistributionBucket }>,
): TraceStep[] {
  return [
    ...checks.map(
      ([bucket, check]): TraceStep => ({
        code: `kpi.calibration.bucket.${check.status}`,
        params: {
          bucket,
          percent: check.percent,
          size,
          exact: check.exact,
          min: check.min,
          max: check.max,
          count: check.count,
          proposed: check.ids.length,
        },
      }),
    ),
    ...outside.map((o): TraceStep => ({ code: 'kpi.calibration.outside', params: { ...o } })),
  ];
}

/** The guideline's percents in bucket order, checked to be non-negative and to add up to 100. */
function checkGuideline(guideline: DistributionGuideline): Decimal[] {
  if (typeof guideline !== 'object' || guideline === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected { top, middle, bottom } percents', {
      path: ['guideline'],
      value: guideline,
    });
  const percents = DISTRIBUTION_BUCKETS.map((bucket) => {
    const percent = toDecimal(guideline[bucket], ['guideline', bucket]);
    if (percent.isNegative() && !percent.isZero())
      throw new CrmRulesError('INVALID_ALLOCATION', 'a percent must not be negative', {
        path: ['guideline', bucket],
        value: guideline[bucket],
      });
    return percent;
  });
  const total = Decimal.sum(...percents);
  if (!total.eq(100))
    throw new CrmRulesError('WEIGHTS_NOT_100', 'the guideline percents must add up to 100', {
      path: ['guideline'],
      value: decimalToString(total),
    });
  return percents;
}

/**
 * Like {@link forcedDistribution}, but returns `{ success, data | error }` instead of throwing;
 * it never throws.
 *
 * @example
 * ```ts
 * safeForcedDistribution([], { top: '20', middle: '70', bottom: '20' }).error?.code;
 * //=> 'WEIGHTS_NOT_100'
 * ```
 */
export function safeForcedDistribution(
  entries: readonly ProposedRating[],
  guideline: DistributionGuideline,
): SafeResult<ForcedDistribution> {
  return attempt(() => forcedDistribution(entries, guideline));
}
