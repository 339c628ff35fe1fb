import { attempt, CrmRulesError, parseWith, type SafeResult } from '../../errors';
import { checkJsonBounds } from '../../errors/_lib/checkJsonBounds';
import type { TraceStep } from '../../explain';
import { isoDate, requireVersionAt, validateVersions } from '../../period';
import type { FactSchema } from '../../rules';
import { applyHysteresis, type HysteresisOutcome } from '../_lib/scoring/applyHysteresis';
import { type CompiledRule, compileRules, memoRuleSteps } from '../_lib/scoring/compileRules';
import { groupHistory } from '../_lib/scoring/groupHistory';
import { freezeStep, sortRows } from '../_lib/scoring/sortRows';
import { GRADING_FACTS } from '../facts/GRADING_FACTS';
import type { CustomerFacts } from '../facts/gradingFacts';
import { gradeNameStep } from '../grades/gradeNameStep';
import { GradePolicy } from './GradePolicy';
import type { GradeRecord, GradeResult } from './GradeRecord';
import { ruleName } from './gradePolicyLabels';

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
  checkJsonBounds(list, ['policy']);
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
  const history = groupHistory(options.history ?? [], period);
  const { rows: sorted, indexes } = sortRows(rows);
  const counts = new Array<number>(version.grades.length).fill(0);
  // Without history the outcome is the computed grade, `new`: one frozen outcome per grade.
  const fresh: Array<HysteresisOutcome | undefined> = [];
  // Steps that are the same for every customer with the same outcome are built once, frozen:
  // the grade's name by the grade's position, the rule's step by the rule's (−1: the default).
  const nameSteps: Array<TraceStep | undefined> = [];
  const ruleStepsOf: Array<TraceStep | undefined> = [];
  // One path array, updated per row: error paths are copied when an error is thrown.
  const path: Array<string | number> = ['rows', 0, 'facts'];
  const grades: GradeResult[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i += 1) {
    const row = sorted[i] as CustomerFacts;
    path[1] = indexes === null ? i : (indexes[i] as number);
    let found = -1;
    for (let r = 0; r < rules.length; r += 1)
      if ((rules[r] as CompiledRule).test(row.facts, path)) {
        found = r;
        break;
      }
    const rule = found < 0 ? undefined : version.rules[found];
    const computed = rule?.grade ?? version.default;
    const past = history.get(row.customerId);
    let outcome: HysteresisOutcome;
    if (past === undefined) {
      const slot = rank.get(computed) as number;
      outcome = fresh[slot] ?? Object.freeze({ grade: computed, change: 'new', step: null });
      fresh[slot] = outcome;
    } else outcome = applyHysteresis(computed, past, rank, version.hysteresis);
    const position = rank.get(outcome.grade) as number;
    let nameStep = nameSteps[position];
    if (nameStep === undefined) {
      const grade = version.grades[position] as (typeof version.grades)[number];
      const label = typeof grade.label === 'string' ? grade.label : undefined;
      nameStep = freezeStep(gradeNameStep(grade.id, label));
      nameSteps[position] = nameStep;
    }
    let ruleStep = ruleStepsOf[found + 1];
    if (ruleStep === undefined) {
      ruleStep = freezeStep(
        rule === undefined
          ? { code: 'grading.policy.default', params: { grade: computed, rules: rules.length } }
          : rule.id === undefined && rule.label === undefined
            ? { code: 'grading.policy.rule', params: { rule: found + 1, grade: computed } }
            : {
                code: 'grading.policy.rule.named',
                params: { rule: found + 1, name: ruleName(rule, found), grade: computed },
              },
      );
      ruleStepsOf[found + 1] = ruleStep;
    }
    // The trace: the grade, the hysteresis decision, the rule and its condition's steps.
    const steps = found < 0 ? NONE : (explain[found] as (typeof explain)[number])(row.facts, path);
    const held = outcome.step === null ? 0 : 1;
    const trace: TraceStep[] = new Array(2 + held + steps.length);
    trace[0] = nameStep;
    if (outcome.step !== null) trace[1] = outcome.step;
    trace[1 + held] = ruleStep;
    for (let k = 0; k < steps.length; k += 1) trace[2 + held + k] = steps[k] as TraceStep;
    counts[position] = (counts[position] as number) + 1;
    grades[i] = {
      customerId: row.customerId,
      period,
      grade: outcome.grade,
      computed,
      previous: past?.[past.length - 1]?.grade ?? null,
      change: outcome.change,
      rule: found < 0 ? null : found + 1,
      trace,
    };
  }
  return {
    period,
    policy: { effectiveFrom: version.effectiveFrom, id: version.id ?? null },
    grades,
    counts: version.grades.map((grade, i) => ({ grade: grade.id, customers: counts[i] as number })),
  };
}

/**
 * Like {@link gradeCustomers}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeGradeCustomers(null, null, null).success;
 * //=> false
 * ```
 */
export function safeGradeCustomers(
  policy: unknown,
  rows: readonly CustomerFacts[],
  options: GradeCustomersOptions,
): SafeResult<GradingResult> {
  return attempt(() => gradeCustomers(policy, rows, options));
}

const NONE: readonly TraceStep[] = Object.freeze([]);
