import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { EntityId, Label } from '../model';
import type { ScorecardResult } from './scoreScorecard';

/**
 * A KPI score as commission's `computeStatements` takes it in `kpiScores` (the shape of
 * `crm-rules/commission`'s `KpiScore`): a payee's score for a KPI in a period.
 */
export interface KpiScoreRecord {
  readonly payeeId: string;
  readonly kpi: string;
  readonly period: string;
  readonly score: string;
}

/** Options of {@link toKpiScores}. */
export interface ToKpiScoresOptions {
  /** The payee the scorecard was scored for. */
  readonly payeeId: string;
  /** The commission period label the scores belong to (`'2026-03'`, `'2026-Q1'` …). */
  readonly period: string;
  /** The KPI id the total is written under; default the scorecard id. */
  readonly totalAs?: string;
  /**
   * The per-KPI scores to write as well: `'all'` (the default), none (`[]`), or the listed KPI
   * ids — each must be on the scorecard.
   */
  readonly kpis?: 'all' | readonly string[];
}

/**
 * Turns a scored scorecard into the KPI scores commission reads (`kpiScores` of
 * `computeStatements`, for KPI gates and KPI-linked bonuses), so the caller writes no conversion
 * code: the total under `totalAs` (default the scorecard id), then each KPI's score (the score
 * used, after scale and gates) under its KPI id, in the scorecard's order.
 *
 * @param result - `scoreScorecard`'s result
 * @param options - `payeeId`, `period`, and optionally `totalAs` and `kpis`
 * @returns `{ payeeId, kpi, period, score }` records, the total first
 * @throws CrmRulesError `INVALID_INPUT` at `['options', 'payeeId']` or `['options', 'period']` for
 * an empty or non-portable id or label; at `['options', 'kpis', i]` for a KPI the scorecard does
 * not have; at `['options', 'totalAs']` when the total's id is also a KPI id written; at
 * `['result']` when `result` is not a scored scorecard
 * @example
 * ```ts
 * const result = { scorecard: 'am-2026', score: '3.6', kpis: [{ kpi: 'sales', score: '5' }] } as ScorecardResult;
 * toKpiScores(result, { payeeId: 'AM-7', period: '2026-Q1' }).map((s) => `${s.kpi}=${s.score}`);
 * //=> ['am-2026=3.6', 'sales=5']
 * ```
 */
export function toKpiScores(
  result: ScorecardResult,
  options: ToKpiScoresOptions,
): KpiScoreRecord[] {
  if (typeof result !== 'object' || result === null || !Array.isArray(result.kpis))
    throw new CrmRulesError('INVALID_INPUT', 'expected a scored scorecard', {
      path: ['result'],
      value: result,
    });
  const box = typeof options === 'object' && options !== null ? options : ({} as never);
  const payeeId = parseWith(EntityId, box.payeeId, { path: ['options', 'payeeId'] });
  const period = parseWith(Label, box.period, { path: ['options', 'period'] });
  const totalAs = parseWith(EntityId, box.totalAs ?? result.scorecard, {
    path: ['options', 'totalAs'],
  });
  const chosen = chosenKpis(result, box.kpis);
  if (chosen.some((k) => k.kpi === totalAs))
    throw new CrmRulesError('INVALID_INPUT', `the total and a KPI are both named ${totalAs}`, {
      path: ['options', 'totalAs'],
      value: totalAs,
    });
  const record = (kpi: string, score: string): KpiScoreRecord => ({ payeeId, kpi, period, score });
  return [record(totalAs, result.score), ...chosen.map((k) => record(k.kpi, k.score))];
}

function chosenKpis(
  result: ScorecardResult,
  kpis: ToKpiScoresOptions['kpis'],
): ScorecardResult['kpis'] {
  if (kpis === undefined || kpis === 'all') return result.kpis;
  if (!Array.isArray(kpis))
    throw new CrmRulesError('INVALID_INPUT', "expected 'all' or a list of KPI ids", {
      path: ['options', 'kpis'],
      value: kpis,
    });
  return kpis.map((id, i) => {
    const found = result.kpis.find((k) => k.kpi === id);
    if (found === undefined)
      throw new CrmRulesError('INVALID_INPUT', `no score for KPI ${String(id)} on the scorecard`, {
        path: ['options', 'kpis', i],
        value: id,
      });
    return found;
  });
}

/**
 * Like {@link toKpiScores}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * const result = { scorecard: 'am-2026', score: '3.6', kpis: [] } as unknown as ScorecardResult;
 * safeToKpiScores(result, { payeeId: 'AM-7', period: '2026-Q1', kpis: ['csat'] }).error?.path;
 * //=> ['options', 'kpis', 0]
 * ```
 */
export function safeToKpiScores(
  result: ScorecardResult,
  options: ToKpiScoresOptions,
): SafeResult<KpiScoreRecord[]> {
  return attempt(() => toKpiScores(result, options));
}
