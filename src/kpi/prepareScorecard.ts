import { attempt, parseWith, type SafeResult } from '../errors';
import { preparedCard, registerPrepared } from './_lib/scoring/preparedCards';
import { Scorecard } from './Scorecard';

/**
 * A scorecard parsed and checked once by {@link prepareScorecard}: the parsed scorecard itself,
 * deep-frozen, which {@link scoreScorecard} and `kpiValues` accept in place of the plain one.
 */
export type PreparedScorecard = Readonly<Scorecard>;

/**
 * Prepares a scorecard for scoring many managers: parses and checks it once, and keeps its
 * constants (weights, curve points, scale bounds, gate thresholds) as exact decimals, so that
 * {@link scoreScorecard} given the result skips the parse and reads the constants instead of
 * parsing them per call. The result is the parsed scorecard, deep-frozen (it cannot change after
 * it is prepared); scores are exactly those of the plain scorecard.
 *
 * @param scorecard - the scorecard (plain JSON is fine)
 * @returns the parsed scorecard, frozen and known to `scoreScorecard` as prepared
 * @throws CrmRulesError `WEIGHTS_NOT_100` or `INVALID_INPUT` for a bad scorecard (path in
 * `['scorecard', …]`), as {@link scoreScorecard}
 * @example
 * ```ts
 * const card = prepareScorecard({
 *   id: 'appraisal', effectiveFrom: '2026-01-01', scale: { min: '0', max: '5' }, combine: 'weighted-sum',
 *   kpis: [
 *     { id: 'sales', metric: 'manual', weight: '30', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '5', y: '5' }] } },
 *     { id: 'service', metric: 'manual', weight: '70', curve: { kind: 'linear', points: [{ x: '0', y: '0' }, { x: '5', y: '5' }] } },
 *   ],
 * });
 * scoreScorecard(card, { sales: { actual: '5' }, service: { actual: '3' } }).score;
 * //=> '3.6'
 * ```
 */
export function prepareScorecard(scorecard: unknown): PreparedScorecard {
  const card = deepFreeze(parseWith(Scorecard, scorecard, { path: ['scorecard'] }));
  registerPrepared(card, preparedCard(card));
  return card;
}

/**
 * Like {@link prepareScorecard}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safePrepareScorecard({ id: 'x' }).success;
 * //=> false
 * ```
 */
export function safePrepareScorecard(scorecard: unknown): SafeResult<PreparedScorecard> {
  return attempt(() => prepareScorecard(scorecard));
}

/** Freezes the parsed scorecard (a fresh object tree built by the parse) all the way down. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}
