import { CrmRulesError, type ErrorPath } from '../../errors';
import { type Decimal, type DecimalInput, toDecimal } from '../../money';

/** One scored person as the calibration functions take it. */
export interface ScoreEntry {
  /** Who was scored (unique within the call). */
  readonly id: string;
  /** The score, a decimal (string, Decimal, bigint or safe integer). */
  readonly score: DecimalInput;
}

/** A checked entry: the score parsed, its position in the input kept for error paths. */
export interface CheckedEntry {
  readonly id: string;
  readonly score: Decimal;
  readonly index: number;
}

/** Orders strings by UTF-16 code units, as `<` does: the same in every locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The entries checked (an array of `{ id, score }`, ids non-empty and unique, scores decimals)
 * and put in the canonical order: highest score first, equal scores by id. Every calibration
 * result is computed from this order, so the input order never changes it.
 */
export function checkEntries(entries: unknown, path: ErrorPath = ['entries']): CheckedEntry[] {
  if (!Array.isArray(entries))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of { id, score }', {
      path,
      value: entries,
    });
  const seen = new Set<string>();
  const checked = entries.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null)
      throw new CrmRulesError('INVALID_INPUT', 'expected { id, score }', {
        path: [...path, index],
        value: entry,
      });
    const { id, score } = entry as { id?: unknown; score?: unknown };
    if (typeof id !== 'string' || id === '' || seen.has(id))
      throw new CrmRulesError('INVALID_INPUT', 'expected a non-empty id, unique in the list', {
        path: [...path, index, 'id'],
        value: id,
      });
    seen.add(id);
    return { id, score: toDecimal(score as DecimalInput, [...path, index, 'score']), index };
  });
  return checked.sort((a, b) => b.score.comparedTo(a.score) || byCodeUnits(a.id, b.id));
}
