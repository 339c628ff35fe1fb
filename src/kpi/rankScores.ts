import { attempt, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { decimalToString } from '../money';
import { checkEntries, type ScoreEntry } from './_lib/scoreEntries';

export type { ScoreEntry } from './_lib/scoreEntries';

/** A person's place in a ranking. */
export interface RankedScore {
  readonly id: string;
  /** The score as a decimal string. */
  readonly score: string;
  /** 1 for the highest score; equal scores share a rank (competition ranking). */
  readonly rank: number;
  /** One `kpi.calibration.rank` step: how many scores are higher and how many tie. */
  readonly trace: readonly TraceStep[];
}

/**
 * Ranks scores, highest first, with standard competition ranking ("1224"): equal scores share
 * the best rank of their group and the next score's rank skips the shared places (1, 2, 2, 4).
 * The result is ordered by rank, equal scores by id in code-unit order, so the input order never
 * changes it.
 *
 * @param entries - `{ id, score }` per person, ids unique, scores decimals
 * @returns one `{ id, score, rank }` per entry, best first
 * @throws CrmRulesError `INVALID_INPUT` at `['entries']` when it is not an array, at
 * `['entries', i, 'id']` for a missing or repeated id; `INVALID_AMOUNT` at
 * `['entries', i, 'score']` for a score that is not a decimal
 * @example
 * ```ts
 * rankScores([
 *   { id: 'a', score: '92' }, { id: 'b', score: '85' }, { id: 'c', score: '92' }, { id: 'd', score: '70' },
 * ]).map((r) => `${r.id}:${r.rank}`);
 * //=> ['a:1', 'c:1', 'b:3', 'd:4']
 * ```
 */
export function rankScores(entries: readonly ScoreEntry[]): RankedScore[] {
  const sorted = checkEntries(entries);
  const ties = new Map<string, number>();
  for (const entry of sorted) {
    const key = entry.score.toString();
    ties.set(key, (ties.get(key) ?? 0) + 1);
  }
  let rank = 0;
  return sorted.map((entry, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || !previous.score.eq(entry.score)) rank = index + 1;
    const score = decimalToString(entry.score);
    const tied = (ties.get(entry.score.toString()) ?? 1) - 1;
    const step: TraceStep = {
      code: 'kpi.calibration.rank',
      params: { id: entry.id, score, higher: rank - 1, tied, rank },
    };
    return { id: entry.id, score, rank, trace: [step] };
  });
}

/**
 * Like {@link rankScores}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeRankScores([{ id: 'a', score: 'x' }]).error?.path;
 * //=> ['entries', 0, 'score']
 * ```
 */
export function safeRankScores(entries: readonly ScoreEntry[]): SafeResult<RankedScore[]> {
  return attempt(() => rankScores(entries));
}
