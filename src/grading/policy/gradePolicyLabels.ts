import { attempt, parseWith, type SafeResult } from '../../errors';
import { checkJsonBounds } from '../../errors/_lib/checkJsonBounds';
import type { Labels, LocalizedLabel } from '../../explain';
import { GradePolicy } from './GradePolicy';

/** Internal: the name a rule goes by in the trace (`grading.policy.rule.named`): its id, else its number. */
export function ruleName(rule: { readonly id?: string | undefined }, index: number): string {
  return rule.id ?? String(index + 1);
}

/** The trace parameters that hold a grade id. */
const GRADE_PARAMS = ['grade', 'computed', 'held', 'from', 'to', 'previous'] as const;

/**
 * The labels per locale of a grade policy, for `renderTrace(result.trace, { locale, catalog:
 * gradingCatalog, labels })`: each custom grade's label (under every parameter that holds a grade:
 * `grade`, `computed`, `held`, `from`, `to`, `previous`) and each rule's label (under `name`, the
 * rule's id or, for a rule without one, its number), and the labels of the policy's own `facts`
 * (under `fact`, as `factLabels` gives them). Built-in grades keep their catalog names in
 * the grade's own step. Of several versions, a later version's label wins.
 *
 * @param policy - a grade policy version, or a list of versions
 * @returns the labels
 * @throws CrmRulesError `INVALID_INPUT` (and the codes of {@link GradePolicy}) at `[i, …]` for a
 * version that does not parse
 * @example
 * ```ts
 * gradePolicyLabels({
 *   effectiveFrom: '2026-01-01',
 *   grades: [{ id: 'vip', label: { 'zh-CN': '贵宾' } }, { id: 'other' }],
 *   rules: [{ id: 'big', label: { 'zh-CN': '大额客户' }, grade: 'vip', when: { fact: 'orders', operator: 'gte', value: '12' } }],
 *   default: 'other',
 * }).name;
 * //=> { big: { 'zh-CN': '大额客户' } }
 * ```
 */
export function gradePolicyLabels(policy: unknown): Labels {
  const list = Array.isArray(policy) ? policy : [policy];
  checkJsonBounds(list, []);
  const grades: Record<string, LocalizedLabel> = {};
  const rules: Record<string, LocalizedLabel> = {};
  const facts: Record<string, LocalizedLabel> = {};
  list.forEach((input, i) => {
    const version = parseWith(GradePolicy, input, { path: Array.isArray(policy) ? [i] : [] });
    for (const grade of version.grades)
      if (grade.label !== undefined)
        grades[grade.id] =
          typeof grade.label === 'string' ? { en: grade.label, 'zh-CN': grade.label } : grade.label;
    version.rules.forEach((rule, index) => {
      if (rule.label !== undefined) rules[ruleName(rule, index)] = rule.label;
    });
    for (const [name, fact] of Object.entries(version.facts ?? {}))
      if (typeof fact === 'object' && fact.label !== undefined) facts[name] = fact.label;
  });
  const labels: Record<string, Record<string, LocalizedLabel>> = { name: rules, fact: facts };
  for (const param of GRADE_PARAMS) labels[param] = grades;
  return labels;
}

/**
 * Like {@link gradePolicyLabels}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeGradePolicyLabels(null).success;
 * //=> false
 * ```
 */
export function safeGradePolicyLabels(policy: unknown): SafeResult<Labels> {
  return attempt(() => gradePolicyLabels(policy));
}
