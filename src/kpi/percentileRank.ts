import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { Decimal, decimalToString } from '../money';
import { placesOption } from './_lib/placesOption';
import { checkEntries, type ScoreEntry } from './_lib/scoreEntries';

/** A person's percentile rank and the counts it comes from. */
export interface PercentileRankResult {
  readonly id: string;
  /** The score as a decimal string. */
  readonly score: string;
  /** How many scores are strictly lower. */
  readonly below: number;
  /** How many scores are equal, this one included. */
  readonly equal: number;
  /** `(below + equal ÷ 2) ÷ n × 100`, rounded half-up to `scale` places, as a decimal string. */
  readonly percentile: string;
  /** One `kpi.calibration.percentile` step: (B + E ÷ 2) ÷ n × 100. */
  readonly trace: readonly TraceStep[];
}

/** Options of {@link percentileRank}. */
export interface PercentileRankOptions {
  /** Decimal places of the percentile (0–20, default 2). */
  readonly scale?: number;
}

/**
 * The percentile rank of each score within the group: the share of scores strictly below it plus
 * half the share equal to it (itself included), as a percent — `PR = (B + E ÷ 2) ÷ n × 100`, the
 * textbook definition (with ties counted half), so a lone score is at 50 and the mean of all
 * percentile ranks is always 50. The fraction is computed exactly and rounded once, half-up, to
 * `scale` places. Ordered like {@link rankScores}, so the input order never changes it.
 *
 * @param entries - `{ id, score }` per person, at least one, ids unique, scores decimals
 * @param options - `scale` of the result (default 2)
 * @returns one result per entry, highest score first
 * @throws CrmRulesError `INSUFFICIENT_DATA` at `['entries']` for no entries; `INVALID_INPUT` at
 * `['options', 'scale']` for a scale outside 0–20, and as {@link rankScores} for bad entries
 * @example
 * ```ts
 * percentileRank([
 *   { id: 'a', score: '90' }, { id: 'b', score: '80' }, { id: 'c', score: '80' }, { id: 'd', score: '60' },
 * ]).map((r) => `${r.id}:${r.percentile}`);
 * //=> ['a:87.50', 'b:50.00', 'c:50.00', 'd:12.50']
 * ```
 */
export function percentileRank(
  entries: readonly ScoreEntry[],
  options: PercentileRankOptions = {},
): PercentileRankResult[] {
  const scale = placesOption(options?.scale, 2);
  const sorted = checkEntries(entries);
  const n = sorted.length;
  if (n === 0)
    throw new CrmRulesError('INSUFFICIENT_DATA', 'a percentile rank needs at least one score', {
      path: ['entries'],
      value: entries,
    });
  // Highest first: the run of equal scores [first, end) has n − end scores below it.
  let first = 0;
  let end = 0;
  return sorted.map((entry, index) => {
    if (index >= end) {
      first = index;
      while (end < n && (sorted[end] as { score: Decimal }).score.eq(entry.score)) end += 1;
    }
    const equal = end - first;
    const below = n - end;
    const percentile = percentOf(2 * below + equal, n, scale);
    const score = decimalToString(entry.score);
    const step: TraceStep = {
      code: 'kpi.calibration.percentile',
      params: { id: entry.id, score, below, equal, n, percentile },
    };
    return { id: entry.id, score, below, equal, percentile, trace: [step] };
  });
}

/** `twice × 50 ÷ n` rounded half-up to `scale` places, in integers (exact). */
function percentOf(twice: number, n: number, scale: number): string {
  const numerator = BigInt(twice) * 50n * 10n ** BigInt(scale);
  const units = (2n * numerator + BigInt(n)) / (2n * BigInt(n));
  return new Decimal(units.toString()).div(new Decimal(10).pow(scale)).toFixed(scale);
}

/**
 * Like {@link percentileRank}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safePercentileRank([]).error?.code;
 * //=> 'INSUFFICIENT_DATA'
 * ```
 */
export function safePercentileRank(
  entries: readonly ScoreEntry[],
  options: PercentileRankOptions = {},
): SafeResult<PercentileRankResult[]> {
  return attempt(() => percentileRank(entries, options));
}
