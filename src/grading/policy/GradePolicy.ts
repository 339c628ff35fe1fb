import * as z from 'zod';
import { LocalizedLabel } from '../../explain';
import { Label } from '../../model';
import { EffectiveDated } from '../../period';
import { Condition, FactSchema } from '../../rules';
import { GRADING_FACTS } from '../facts/GRADING_FACTS';
import { DEFAULT_GRADES, GradeId } from '../grades/GradeId';

/**
 * Hysteresis of a grade policy: how many consecutive periods (this one included) the rules must
 * give a lower grade before a customer is demoted — `demoteAfterPeriods: 2` means no demotion on
 * one bad period — and likewise a higher grade before a promotion. 1 (the default) applies the
 * rules' grade at once. The periods counted are the customer's records in the history passed to
 * {@link gradeCustomers}, latest first; a period without a record is not counted.
 *
 * @example
 * ```ts
 * Hysteresis.parse({ demoteAfterPeriods: 2 });
 * //=> { demoteAfterPeriods: 2, promoteAfterPeriods: 1 }
 * ```
 */
export const Hysteresis = z.strictObject({
  demoteAfterPeriods: z.number().int().min(1).max(36).default(1),
  promoteAfterPeriods: z.number().int().min(1).max(36).default(1),
});
/** Hysteresis settings (see {@link Hysteresis}). */
export type Hysteresis = z.infer<typeof Hysteresis>;

/**
 * One version of a grade policy (DOMAIN §4), effective-dated JSON. `grades`: the grades, **best
 * first** (default key / ordinary / potential / dormant), each with an optional `label`: one
 * text, or a label per locale `{ en, 'zh-CN' }` shown through {@link gradePolicyLabels}.
 * `rules`: tried in order, the first whose condition holds gives its `grade` (an optional `id`
 * names the rule in explanations, an optional `label` per locale too); `default` when none
 * holds. Conditions use the shared rules
 * language over {@link GRADING_FACTS} plus the policy's own `facts`. `hysteresis` delays
 * demotions and promotions. Checks: unique grade ids, every rule's grade and the default
 * declared, custom facts not redefining a standard fact's type.
 *
 * @example
 * ```ts
 * GradePolicy.parse({
 *   effectiveFrom: '2026-01-01',
 *   rules: [{ grade: 'key', when: { fact: 'amount', operator: 'gte', value: { amount: '100000', currency: 'CNY' } } }],
 *   default: 'ordinary',
 * }).grades.map((grade) => grade.id);
 * //=> ['key', 'ordinary', 'potential', 'dormant']
 * ```
 */
export const GradePolicy = z
  .strictObject({
    ...EffectiveDated.shape,
    id: Label.optional(),
    grades: z
      .array(z.strictObject({ id: GradeId, label: z.union([Label, LocalizedLabel]).optional() }))
      .min(1)
      .default(DEFAULT_GRADES.map((id) => ({ id }))),
    facts: FactSchema.optional(),
    rules: z
      .array(
        z.strictObject({
          id: GradeId.optional(),
          label: LocalizedLabel.optional(),
          grade: GradeId,
          when: Condition,
        }),
      )
      .max(1000),
    default: GradeId,
    hysteresis: Hysteresis.default({ demoteAfterPeriods: 1, promoteAfterPeriods: 1 }),
  })
  .superRefine((policy, ctx) => {
    const ids = new Set<string>();
    policy.grades.forEach((grade, i) => {
      if (ids.has(grade.id))
        ctx.addIssue({
          code: 'custom',
          path: ['grades', i, 'id'],
          message: 'grade ids must be unique',
          input: grade.id,
        });
      ids.add(grade.id);
    });
    policy.rules.forEach((rule, i) => {
      if (!ids.has(rule.grade))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'grade'],
          message: "this grade is not in the policy's grades",
          input: rule.grade,
          params: { code: 'INVALID_RULE' },
        });
    });
    if (!ids.has(policy.default))
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: "the default grade is not in the policy's grades",
        input: policy.default,
        params: { code: 'INVALID_RULE' },
      });
    for (const [name, type] of Object.entries(policy.facts ?? {}))
      if (
        Object.hasOwn(GRADING_FACTS, name) &&
        GRADING_FACTS[name] !== (typeof type === 'string' ? type : type.type)
      )
        ctx.addIssue({
          code: 'custom',
          path: ['facts', name],
          message: `${name} is a standard fact of type ${GRADING_FACTS[name]}`,
          input: type,
          params: { code: 'INVALID_RULE' },
        });
  });
/** One version of a grade policy, parsed. */
export type GradePolicy = z.infer<typeof GradePolicy>;
/** One version of a grade policy, as JSON. */
export type GradePolicyInput = z.input<typeof GradePolicy>;
