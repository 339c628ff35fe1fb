import * as z from 'zod';
import { LocalizedLabel } from '../../explain';
import { EntityId, Label } from '../../model';
import { Condition } from '../../rules';
import { Modifier } from './Modifier';
import { FlatCalculation, RateTableCalculation } from './RateTable';
import { TiersCalculation } from './TierTable';

/**
 * How a component computes a line's commission, discriminated by `kind`: `rate-table`,
 * `tiers` or `flat`.
 *
 * @example
 * ```ts
 * Calculation.parse({ kind: 'flat', rate: { kind: 'rate', value: '0.04' } }).kind;
 * //=> 'flat'
 * ```
 */
export const Calculation = z.discriminatedUnion('kind', [
  RateTableCalculation,
  TiersCalculation,
  FlatCalculation,
]);
/** A calculation (see {@link Calculation}). */
export type Calculation = z.infer<typeof Calculation>;

/**
 * One way of earning in a plan. `eligibility` (a condition over `LINE_FACTS`; absent = every
 * line) selects the credit lines that count; `credit` says which credit: `direct` (the payee's
 * own and split credit, the default), `roll-up` (credit rolled up from the team below) or `all`.
 * The `calculation` prices each line; `modifiers` follow (see {@link Modifier}). An optional
 * `label` per locale names the component in rendered traces instead of its id (see
 * {@link planLabels}).
 *
 * @example
 * ```ts
 * Component.parse({ id: 'base', name: 'Base commission', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }).credit;
 * //=> 'direct'
 * ```
 */
export const Component = z.strictObject({
  id: EntityId,
  name: Label,
  label: LocalizedLabel.optional(),
  eligibility: Condition.optional(),
  credit: z.enum(['direct', 'roll-up', 'all']).default('direct'),
  calculation: Calculation,
  modifiers: z.array(Modifier).default([]),
});
/** A plan component (see {@link Component}). */
export type Component = z.infer<typeof Component>;
