import { attempt, CrmRulesError, type SafeResult } from '../errors';
import type { TraceStep } from '../explain';
import { Decimal, decimalToString } from '../money';
import { placesOption } from './_lib/placesOption';
import { checkEntries, type ScoreEntry } from './_lib/scoreEntries';

/** Options of {@link zScores}. */
export interface ZScoreOptions {
  /**
   * `'population'` (default) divides the squared deviations by n — the group is everyone being
   * calibrated; `'sample'` divides by n − 1 (Bessel's correction).
   */
  readonly deviation?: 'population' | 'sample';
  /** Decimal places of each z-score (0–20, default 4), rounded half-up. */
  readonly scale?: number;
}

/** A person's standardised score. */
export interface ZScore {
  readonly id: string;
  /** The score as a decimal string. */
  readonly score: string;
  /** `(score − mean) ÷ standard deviation`, rounded half-up to `scale` places. */
  readonly z: string;
  /**
   * One `kpi.calibration.z.population` (or `.sample`) step: the score, the mean and σ, each shown
   * to `scale` + 2 places, and z.
   */
  readonly trace: readonly TraceStep[];
}

/**
 * Standardises scores: `z = (x − mean) ÷ σ`, where σ is the population standard deviation
 * (÷ n, the default) or the sample one (÷ n − 1). Computed with 40 significant digits over the
 * scores in canonical order (so the input order never changes a result) and rounded half-up to
 * `scale` places. Never NaN or Infinity: fewer than two scores, or scores that are all equal
 * (no spread), are an `INSUFFICIENT_DATA` error.
 *
 * @param entries - `{ id, score }` per person, at least two, ids unique, scores decimals
 * @param options - `deviation` (`'population'` or `'sample'`) and `scale`
 * @returns one `{ id, score, z }` per entry, highest score first
 * @throws CrmRulesError `INSUFFICIENT_DATA` at `['entries']` for fewer than two scores or no
 * spread; `INVALID_INPUT` at `['options', 'deviation']` or `['options', 'scale']`, and as
 * {@link rankScores} for bad entries
 * @example
 * ```ts
 * const team = [{ id: 'a', score: '2' }, { id: 'b', score: '4' }, { id: 'c', score: '6' }];
 * zScores(team).map((r) => r.z);
 * //=> ['1.2247', '0.0000', '-1.2247']
 * zScores(team, { deviation: 'sample' }).map((r) => r.z);
 * //=> ['1.0000', '0.0000', '-1.0000']
 * ```
 */
export function zScores(entries: readonly ScoreEntry[], options: ZScoreOptions = {}): ZScore[] {
  const deviation = options?.deviation ?? 'population';
  if (deviation !== 'population' && deviation !== 'sample')
    throw new CrmRulesError('INVALID_INPUT', "expected 'population' or 'sample'", {
      path: ['options', 'deviation'],
      value: deviation,
    });
  const scale = placesOption(options?.scale, 4);
  const sorted = checkEntries(entries);
  const n = sorted.length;
  if (n < 2)
    throw new CrmRulesError('INSUFFICIENT_DATA', 'a z-score needs at least two scores', {
      path: ['entries'],
      value: n,
    });
  const mean = Decimal.sum(...sorted.map((e) => e.score)).div(n);
  const squares = Decimal.sum(...sorted.map((e) => e.score.minus(mean).pow(2)));
  if (squares.isZero())
    throw new CrmRulesError('INSUFFICIENT_DATA', 'the scores are all equal: no spread', {
      path: ['entries'],
      value: decimalToString(mean),
    });
  const sigma = squares.div(deviation === 'population' ? n : n - 1).sqrt();
  const shown = (d: Decimal) => unsignedZero(d.toFixed(scale + 2, Decimal.ROUND_HALF_UP));
  return sorted.map((entry) => {
    const score = decimalToString(entry.score);
    const z = unsignedZero(
      entry.score.minus(mean).div(sigma).toFixed(scale, Decimal.ROUND_HALF_UP),
    );
    const step: TraceStep = {
      code: `kpi.calibration.z.${deviation}`,
      params: { id: entry.id, score, mean: shown(mean), sigma: shown(sigma), n, z },
    };
    return { id: entry.id, score, z, trace: [step] };
  });
}

/** `'-0.00'` (a small negative rounded to zero) written `'0.00'`. */
function unsignedZero(text: string): string {
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Like {@link zScores}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeZScores([{ id: 'a', score: '3' }, { id: 'b', score: '3' }]).error?.code;
 * //=> 'INSUFFICIENT_DATA'
 * ```
 */
export function safeZScores(
  entries: readonly ScoreEntry[],
  options: ZScoreOptions = {},
): SafeResult<ZScore[]> {
  return attempt(() => zScores(entries, options));
}
