import { CrmRulesError, parseWith } from '../../errors';
import type { TraceStep } from '../../explain';
import { isoDate, requireVersionAt, validateVersions } from '../../period';
import type { FactSchema } from '../../rules';
import { applyHysteresis } from '../_lib/applyHysteresis';
import { type CompiledRule, compileRules, memoRuleSteps } from '../_lib/compileRules';
import { groupHistory } from '../_lib/groupHistory';
import { freezeStep, sortRows } from '../_lib/sortRows';
import { GRADING_FACTS } from '../facts/GRADING_FACTS';
import type { CustomerFacts } from '../facts/gradingFacts';
import { gradeNameStep } from '../grades/gradeNameStep';
import { GradePolicy } from './GradePolicy';
import type { GradeRecord, GradeResult } from './GradeRecord';

/** Options of {@link gradeCustomers}. */
export interface GradeCustomersOptions {
  /** The date whose policy version applies (usually the period's last day). */
  readonly asOf: string;
  /** The period being graded, for the history (default: `asOf`). */
  readonly period?: string;
  /** Earlier grades (last period's results), for hysteresis. */
  readonly history?: Iterable<GradeRecord>;
}

/** What {@link gradeCustomers} returns. */
export interface GradingResult {
  readonly period: string;
  /** The version applied: its `effectiveFrom` and `id`. */
  readonly policy: { readonly effectiveFrom: string; readonly id: string | null };
  /** One grade per customer, by `customerId`. */
  readonly grades: GradeResult[];
  /** How many customers got each grade, in the policy's order (best first). */
  readonly counts: ReadonlyArray<{ readonly grade: string; readonly customers: number }>;
}

/**
 * Grades customers by a grade policy (DOMAIN §4; the seed articles' 客户分级管理: by purchase
 * frequency, amount and years of cooperation into key, ordinary and potential customers). The
 * version in force on `asOf` is chosen from the policy's effective-dated versions; its rules are
 * tried in order and the first that holds gives the grade, else the default. Then hysteresis
 * (see {@link Hysteresis}) compares with the customer's `history`: with `demoteAfterPeriods: 2`
 * one bad period does not demote. Every grade carries its reasons as trace steps — the grade's
 * name, the rule and its condition with the customer's facts, the hysteresis decision — which
 * `gradingCatalog` renders in English and Chinese. Pure and deterministic: results are sorted by
 * customer, and the history is passed in.
 *
 * @param policy - one {@link GradePolicy} version or a list of versions (untrusted JSON)
 * @param rows - each customer's facts (see {@link gradingFacts})
 * @param options - `asOf`, `period`, `history`
 * @returns the grades, the version applied and the count per grade
 * @throws CrmRulesError for the policy at `['policy', index, …]`: `INVALID_INPUT`, `INVALID_RULE`
 * (a rule's grade not declared), `UNKNOWN_FACT`, `FACT_TYPE_MISMATCH`; `OVERLAPPING_VERSIONS`;
 * `NO_VERSION_IN_FORCE` on `asOf`; `INVALID_DATE` at `['options', 'asOf']`; `INVALID_INPUT` at
 * `['options', 'period']` for a period that is not a non-empty string; for the rows
 * `INVALID_INPUT` at `['rows', index, 'customerId']` (a customer twice) and
 * `FACT_TYPE_MISMATCH` / `CURRENCY_MISMATCH` at `['rows', index, 'facts', name]`; for the
 * history `INVALID_INPUT` at `['history', index, field]`
 * @example
 * ```ts
 * const policy = {
 *   effectiveFrom: '2026-01-01',
 *   rules: [
 *     { grade: 'key', when: { all: [
 *       { fact: 'amount', operator: 'gte', value: { amount: '1000000', currency: 'CNY' } },
 *       { fact: 'tenureYears', operator: 'gte', value: 3 },
 *     ] } },
 *     { grade: 'dormant', when: { fact: 'recencyDays', operator: 'gt', value: 180 } },
 *     { grade: 'ordinary', when: { fact: 'purchases', operator: 'gte', value: 1 } },
 *   ],
 *   default: 'potential',
 * };
 * const rows = [
 *   { customerId: 'C-1', facts: { amount: { amount: '2500000', currency: 'CNY' }, tenureYears: 5, recencyDays: 12, purchases: 40 } },
 *   { customerId: 'C-2', facts: { purchases: 0 } },
 * ];
 * gradeCustomers(policy, rows, { asOf: '2026-06-30' }).grades.map((g) => g.grade);
 * //=> ['key', 'potential']
 * ```
 */
export function gradeCustomers(
  policy: unknown,
  rows: readonly CustomerFacts[],
  options: GradeCustomersOptions,
): GradingResult {
  const asOf = isoDate(options?.asOf, ['options', 'asOf']);
  const period = options.period ?? asOf;
  if (typeof period !== 'string' || period === '')
    throw new CrmRulesError('INVALID_INPUT', 'expected the period as a non-empty string', {
      path: ['options', 'period'],
      value: period,
    });
  const list = Array.isArray(policy) ? policy : [policy];
  const versions = list.map((version, i) =>
    parseWith(GradePolicy, version, { path: ['policy', i] }),
  );
  validateVersions(versions, ['policy']);
  const version = requireVersionAt(versions, asOf, ['policy']);
  const at = versions.indexOf(version);
  const facts: FactSchema = { ...GRADING_FACTS, ...version.facts };
  const rules = compileRules(version.rules, facts, ['policy', at, 'rules']);
  const explain = rules.map((rule) => memoRuleSteps(rule));
  const rank = new Map(version.grades.map((grade, i) => [grade.id, i] as const));
  const labels = new Map(version.grades.map((grade) => [grade.id, grade.label] as const));
  const history = groupHistory(options.history ?? [], period);
  const sorted = sortRows(rows);
  const counts = new Map<string, number>(version.grades.map((grade) => [grade.id, 0]));
  // Steps that are the same for every customer with the same outcome are built once, frozen.
  const nameSteps = new Map<string, TraceStep>();
  const ruleStepsOf = new Map<number, TraceStep>();
  const once = <K>(cache: Map<K, TraceStep>, key: K, make: () => TraceStep): TraceStep => {
    let step = cache.get(key);
    if (step === undefined) {
      step = freezeStep(make());
      cache.set(key, step);
    }
    return step;
  };
  // One path array, updated per row: error paths are copied when an error is thrown.
  const path: Array<string | number> = ['rows', 0, 'facts'];
  const grades = sorted.map(({ row, index }): GradeResult => {
    path[1] = index;
    let found = -1;
    for (let r = 0; r < rules.length; r += 1)
      if ((rules[r] as CompiledRule).test(row.facts, path)) {
        found = r;
        break;
      }
    const rule = found < 0 ? undefined : version.rules[found];
    const computed = rule?.grade ?? version.default;
    const past = history.get(row.customerId);
    const outcome = applyHysteresis(computed, past, rank, version.hysteresis);
    const trace: TraceStep[] = [
      once(nameSteps, outcome.grade, () => gradeNameStep(outcome.grade, labels.get(outcome.grade))),
    ];
    if (outcome.step !== null) trace.push(outcome.step);
    if (rule === undefined)
      trace.push(
        once(ruleStepsOf, -1, () => ({
          code: 'grading.policy.default',
          params: { grade: computed, rules: rules.length },
        })),
      );
    else {
      trace.push(
        once(ruleStepsOf, found, () =>
          rule.id === undefined
            ? { code: 'grading.policy.rule', params: { rule: found + 1, grade: computed } }
            : {
                code: 'grading.policy.rule.named',
                params: { rule: found + 1, name: rule.id, grade: computed },
              },
        ),
      );
      trace.push(...(explain[found] as (typeof explain)[number])(row.facts, path));
    }
    counts.set(outcome.grade, (counts.get(outcome.grade) ?? 0) + 1);
    return {
      customerId: row.customerId,
      period,
      grade: outcome.grade,
      computed,
      previous: past?.[past.length - 1]?.grade ?? null,
      change: outcome.change,
      rule: found < 0 ? null : found + 1,
      trace,
    };
  });
  return {
    period,
    policy: { effectiveFrom: version.effectiveFrom, id: version.id ?? null },
    grades,
    counts: [...counts].map(([grade, customers]) => ({ grade, customers })),
  };
}
