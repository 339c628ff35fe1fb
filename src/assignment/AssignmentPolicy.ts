import * as z from 'zod';
import { percentField } from '../_lib/numberNotes';
import { EntityId, Label, NonNegativeDecimal } from '../model';
import { CurrencyCode } from '../money';
import { EffectiveDated } from '../period';
import { refineEffectiveRange } from '../period/_lib/refineEffectiveRange';
import { Condition } from '../rules';

const count = z.number().int().min(0, { message: 'a capacity must not be negative' });

/**
 * Schema of a manager's capacity: at most `maxCustomers` customers, at most `maxValue` of
 * customer value (a decimal string in the policy's currency), and at most `byGrade[grade]`
 * customers of a grade. Every bound is optional and must not be negative.
 *
 * @example
 * ```ts
 * AssignmentCapacity.safeParse({ maxCustomers: -1 }).success;
 * //=> false
 * ```
 */
export const AssignmentCapacity = z.strictObject({
  maxCustomers: count.optional(),
  maxValue: z.optional(NonNegativeDecimal),
  byGrade: z.record(Label, count).optional(),
});
/** A manager's capacity (see {@link AssignmentCapacity}). */
export type AssignmentCapacity = z.infer<typeof AssignmentCapacity>;

/**
 * Schema of one version of an assignment policy, effective-dated JSON (DOMAIN §8).
 * - `rules`: eligibility — for every rule whose `when` (customer facts, see
 *   {@link CUSTOMER_FACTS}; absent = every customer) holds, a manager must satisfy `require`
 *   (manager facts, see {@link MANAGER_FACTS}). The first rule that fails decides.
 * - `territories`: named customer conditions, each served by the listed `managers` and/or
 *   `teams`; a customer belongs to the first territory whose `when` holds; a customer in none
 *   may go to any manager (`outsideTerritories: 'anyManager'`, the default) or is unplaceable.
 * - `capacity`: `default` for every manager, `managers[id]` replaces it for one manager.
 * - `stickiness`: keep the current owner while eligible, active and within capacity, `unless`
 *   the condition (customer and manager facts) holds.
 * - `mode`: `balanced` (default), `leastLoaded` or `roundRobin` (see `assignAccounts`);
 *   `tolerance`: the most the customer counts of two active managers may differ (≥ 1,
 *   default 1; `balanced` mode meets it whenever an assignment placing as many customers can),
 *   and `valuePercent`: the value spread, as a percent of the mean, at which `balanced` mode
 *   stops evening value loads (default 0: while a step helps).
 *
 * @example
 * ```ts
 * AssignmentPolicy.parse({
 *   effectiveFrom: '2026-01-01',
 *   currency: 'USD',
 *   rules: [{ id: 'senior-for-key', when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
 *     require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 } }],
 * }).mode;
 * //=> 'balanced'
 * ```
 */
export const AssignmentPolicy = z
  .strictObject({
    ...EffectiveDated.shape,
    id: Label.optional(),
    currency: CurrencyCode,
    mode: z.enum(['balanced', 'leastLoaded', 'roundRobin']).default('balanced'),
    rules: z
      .array(z.strictObject({ id: Label, when: Condition.optional(), require: Condition }))
      .max(1000)
      .default([]),
    territories: z
      .array(
        z.strictObject({
          id: Label,
          when: Condition,
          managers: z.array(EntityId).optional(),
          teams: z.array(EntityId).optional(),
        }),
      )
      .max(1000)
      .default([]),
    outsideTerritories: z.enum(['anyManager', 'unplaceable']).default('anyManager'),
    capacity: z
      .strictObject({
        default: AssignmentCapacity.optional(),
        managers: z.record(EntityId, AssignmentCapacity).optional(),
      })
      .default({}),
    stickiness: z
      .strictObject({ keepCurrentOwner: z.boolean().default(true), unless: Condition.optional() })
      .default({ keepCurrentOwner: true }),
    tolerance: z
      .strictObject({
        customers: z.number().int().min(1).default(1),
        valuePercent: z.optional(percentField(NonNegativeDecimal)),
      })
      .default({ customers: 1 }),
  })
  .superRefine((policy, ctx) => {
    refineEffectiveRange(policy, ctx);
    const issue = (path: Array<string | number>, message: string, input: unknown) =>
      ctx.addIssue({ code: 'custom', path, message, input, params: { code: 'INVALID_RULE' } });
    const unique = (list: ReadonlyArray<{ id: string }>, key: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id)) issue([key, i, 'id'], `duplicate ${key} id`, item.id);
        seen.add(item.id);
      });
    };
    unique(policy.rules, 'rules');
    unique(policy.territories, 'territories');
    policy.territories.forEach((territory, i) => {
      if (territory.managers === undefined && territory.teams === undefined)
        issue(['territories', i], 'a territory names its managers or teams', territory);
    });
  });
/** One version of an assignment policy, parsed. */
export type AssignmentPolicy = z.infer<typeof AssignmentPolicy>;
/** One version of an assignment policy, as JSON. */
export type AssignmentPolicyInput = z.input<typeof AssignmentPolicy>;
