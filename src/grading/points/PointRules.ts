import * as z from 'zod';
import { Label } from '../../model';
import { EffectiveDated } from '../../period';
import { Condition, FactSchema } from '../../rules';
import { GRADING_FACTS } from '../facts/GRADING_FACTS';
import { GradeId } from '../grades/GradeId';

const points = z.number().int().min(-1_000_000).max(1_000_000);

type Issue = (path: Array<string | number>, message: string, input: unknown) => void;

/**
 * One version of Zoho-style point rules, effective-dated JSON: every `rule` whose condition holds
 * adds its `points` (negative to subtract) — all rules count, not just the first. A rule may
 * belong to a `group` whose sum is capped to `[min, max]` (say, at most 30 points for activity);
 * the total is then capped to the rules' own `min` / `max`. `bands` turn the score into a grade:
 * the first band (strictly descending `min`, inclusive) the score reaches, else `below`.
 * Conditions use the shared rules language over {@link GRADING_FACTS} plus `facts`.
 *
 * @example
 * ```ts
 * PointRules.parse({
 *   effectiveFrom: '2026-01-01',
 *   rules: [{ points: 10, when: { fact: 'purchases', operator: 'gte', value: 5 } }],
 *   bands: [{ grade: 'key', min: 50 }],
 *   below: 'ordinary',
 * }).groups;
 * //=> []
 * ```
 */
export const PointRules = z
  .strictObject({
    ...EffectiveDated.shape,
    id: Label.optional(),
    facts: FactSchema.optional(),
    groups: z
      .array(z.strictObject({ id: GradeId, min: points.optional(), max: points.optional() }))
      .default([]),
    rules: z
      .array(
        z.strictObject({
          id: GradeId.optional(),
          group: GradeId.optional(),
          points,
          when: Condition,
        }),
      )
      .min(1)
      .max(1000),
    min: points.optional(),
    max: points.optional(),
    bands: z.array(z.strictObject({ grade: GradeId, min: points })).default([]),
    below: GradeId.optional(),
  })
  .superRefine((rules, ctx) => {
    const issue: Issue = (path, message, input) =>
      ctx.addIssue({ code: 'custom', path, message, input, params: { code: 'INVALID_RULE' } });
    const groups = new Set<string>();
    rules.groups.forEach((group, i) => {
      if (groups.has(group.id)) issue(['groups', i, 'id'], 'group ids must be unique', group.id);
      groups.add(group.id);
      if (group.min !== undefined && group.max !== undefined && group.min > group.max)
        issue(['groups', i, 'min'], 'min must not exceed max', group.min);
    });
    rules.rules.forEach((rule, i) => {
      if (rule.group !== undefined && !groups.has(rule.group))
        issue(['rules', i, 'group'], 'this group is not declared in groups', rule.group);
    });
    if (rules.min !== undefined && rules.max !== undefined && rules.min > rules.max)
      issue(['min'], 'min must not exceed max', rules.min);
    rules.bands.forEach((band, i) => {
      const previous = rules.bands[i - 1];
      if (previous !== undefined && band.min >= previous.min)
        issue(['bands', i, 'min'], 'band minimums must strictly descend', band.min);
    });
    if (rules.bands.length > 0 && rules.below === undefined)
      issue(['below'], 'with bands, name the grade below the lowest band', undefined);
    for (const [name, type] of Object.entries(rules.facts ?? {}))
      if (
        Object.hasOwn(GRADING_FACTS, name) &&
        GRADING_FACTS[name] !== (typeof type === 'string' ? type : type.type)
      )
        issue(['facts', name], `${name} is a standard fact of type ${GRADING_FACTS[name]}`, type);
  });
/** One version of point rules, parsed. */
export type PointRules = z.infer<typeof PointRules>;
/** One version of point rules, as JSON. */
export type PointRulesInput = z.input<typeof PointRules>;
