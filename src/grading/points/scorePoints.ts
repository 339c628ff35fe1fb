import { attempt, parseWith, type SafeResult } from '../../errors';
import { checkJsonBounds } from '../../errors/_lib/checkJsonBounds';
import type { TraceStep } from '../../explain';
import { isoDate, requireVersionAt, validateVersions } from '../../period';
import { checkArray, checkObject } from '../_lib/input/checkArgument';
import { type CompiledRule, compileRules, ruleSteps } from '../_lib/scoring/compileRules';
import { GRADING_FACTS } from '../facts/GRADING_FACTS';
import type { CustomerFacts } from '../facts/gradingFacts';
import { gradeNameStep } from '../grades/gradeNameStep';
import { PointRules } from './PointRules';

/** One customer's score, its grade band and why. */
export interface PointScore {
  readonly customerId: string;
  /** The total after group and total caps. */
  readonly score: number;
  /** The band's grade, or `null` when the rules have no bands. */
  readonly grade: string | null;
  /** The 1-based numbers of the rules that held. */
  readonly matched: readonly number[];
  readonly trace: TraceStep[];
}

/**
 * Scores customers by point rules (Zoho-style, see {@link PointRules}): the version in force on
 * `asOf` is applied; every rule that holds adds its points; group sums, then the total, are
 * capped; the score falls into a grade band. The trace lists the grade, the score, each rule that
 * held with its condition, and every cap that applied.
 *
 * @param rules - one {@link PointRules} version or a list of versions (untrusted JSON)
 * @param rows - each customer's facts (see {@link gradingFacts})
 * @param options - `asOf`: the date whose version applies
 * @returns one score per row, in order
 * @throws CrmRulesError `INVALID_INPUT` / `INVALID_RULE` / `UNKNOWN_FACT` / `FACT_TYPE_MISMATCH`
 * at `['rules', index, …]`; `OVERLAPPING_VERSIONS`, `NO_VERSION_IN_FORCE`; `INVALID_DATE` at
 * `['options', 'asOf']`; `FACT_TYPE_MISMATCH` at `['rows', index, 'facts', name]`
 * @example
 * ```ts
 * const rules = {
 *   effectiveFrom: '2026-01-01',
 *   groups: [{ id: 'activity', max: 15 }],
 *   rules: [
 *     { group: 'activity', points: 10, when: { fact: 'purchases', operator: 'gte', value: 5 } },
 *     { group: 'activity', points: 10, when: { fact: 'recencyDays', operator: 'lte', value: 30 } },
 *     { points: -20, when: { fact: 'overdueAmount', operator: 'gt', value: { amount: '0', currency: 'USD' } } },
 *   ],
 *   bands: [{ grade: 'key', min: 15 }, { grade: 'ordinary', min: 0 }],
 *   below: 'dormant',
 * };
 * scorePoints(rules, [{ customerId: 'C-1', facts: { purchases: 8, recencyDays: 3 } }], { asOf: '2026-06-30' })
 *   .map((s) => [s.score, s.grade]);
 * //=> [[15, 'key']]
 * ```
 */
export function scorePoints(
  rules: unknown,
  rows: readonly CustomerFacts[],
  options: { readonly asOf: string },
): PointScore[] {
  checkArray(rows, ['rows']);
  const asOf = isoDate(options?.asOf, ['options', 'asOf']);
  const list = Array.isArray(rules) ? rules : [rules];
  checkJsonBounds(list, ['rules']);
  const versions = list.map((version, i) => parseWith(PointRules, version, { path: ['rules', i] }));
  validateVersions(versions, ['rules']);
  const version = requireVersionAt(versions, asOf, ['rules']);
  const at = versions.indexOf(version);
  const compiled = compileRules(version.rules, { ...GRADING_FACTS, ...version.facts }, [
    'rules',
    at,
    'rules',
  ]);
  return rows.map((row, index) =>
    scoreOne(version, compiled, checkObject(row, ['rows', index]), ['rows', index, 'facts']),
  );
}

/**
 * Like {@link scorePoints}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeScorePoints(null, null, null).success;
 * //=> false
 * ```
 */
export function safeScorePoints(
  rules: unknown,
  rows: readonly CustomerFacts[],
  options: { readonly asOf: string },
): SafeResult<PointScore[]> {
  return attempt(() => scorePoints(rules, rows, options));
}

function scoreOne(
  version: PointRules,
  compiled: readonly CompiledRule[],
  row: CustomerFacts,
  path: Array<string | number>,
): PointScore {
  const sums = new Map<string, number>();
  const matched: number[] = [];
  const reasons: TraceStep[] = [];
  let loose = 0;
  compiled.forEach((rule, i) => {
    if (!rule.test(row.facts, path)) return;
    const spec = version.rules[i] as PointRules['rules'][number];
    matched.push(i + 1);
    if (spec.group === undefined) loose += spec.points;
    else sums.set(spec.group, (sums.get(spec.group) ?? 0) + spec.points);
    reasons.push(
      spec.id === undefined
        ? { code: 'grading.points.rule', params: { rule: i + 1, points: spec.points } }
        : {
            code: 'grading.points.rule.named',
            params: { rule: i + 1, name: spec.id, points: spec.points },
          },
      ...ruleSteps(rule, row.facts, path),
    );
  });
  let raw = loose;
  for (const group of version.groups) {
    const sum = sums.get(group.id) ?? 0;
    const capped = clamp(sum, group.min, group.max);
    if (capped !== sum)
      reasons.push({
        code: 'grading.points.cap.group',
        params: { group: group.id, raw: sum, capped },
      });
    raw += capped;
  }
  const score = clamp(raw, version.min, version.max);
  if (score !== raw)
    reasons.push({ code: 'grading.points.cap.total', params: { raw, capped: score } });
  const head: TraceStep[] = [];
  let grade: string | null = null;
  if (version.bands.length > 0) {
    const band = version.bands.find((candidate) => score >= candidate.min);
    grade = band?.grade ?? (version.below as string);
    head.push(gradeNameStep(grade));
    head.push(
      band === undefined
        ? {
            code: 'grading.points.below',
            params: {
              score,
              lowest: (version.bands[version.bands.length - 1] as { min: number }).min,
            },
          }
        : { code: 'grading.points.band', params: { score, min: band.min } },
    );
  } else head.push({ code: 'grading.points.total', params: { score } });
  return { customerId: row.customerId, score, grade, matched, trace: [...head, ...reasons] };
}

function clamp(value: number, min: number | undefined, max: number | undefined): number {
  if (min !== undefined && value < min) return min;
  if (max !== undefined && value > max) return max;
  return value;
}
