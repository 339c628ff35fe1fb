import * as z from 'zod';
import { CountryCode, EntityId, Label } from '../model';
import { DecimalString, MoneyJson } from '../money';
import { IsoDate } from '../period';

/**
 * Schema of a customer to assign: its id and the facts assignment rules read (see
 * {@link CUSTOMER_FACTS}); `value` (in the policy's currency) counts towards value loads and
 * capacities, a missing value counts as zero.
 *
 * @example
 * ```ts
 * AssignmentCustomer.parse({ id: 'C-1', grade: 'A', value: { amount: '1200.00', currency: 'USD' } }).grade;
 * //=> 'A'
 * ```
 */
export const AssignmentCustomer = z.strictObject({
  id: EntityId,
  grade: Label.optional(),
  country: CountryCode.optional(),
  region: Label.optional(),
  industry: Label.optional(),
  language: Label.optional(),
  risk: Label.optional(),
  value: z.optional(MoneyJson),
});
/** A customer to assign (see {@link AssignmentCustomer}). */
export type AssignmentCustomer = z.infer<typeof AssignmentCustomer>;

/**
 * Schema of an account manager who may receive customers: `hireDate` gives the seniority;
 * a manager whose `leaveDate` is on or before `asOf` is a leaver and receives nobody, as is one
 * hired after `asOf`; `languages` feed `manager.speaksCustomerLanguage`; `kpiScore` a decimal
 * string.
 *
 * @example
 * ```ts
 * AssignmentManager.parse({ id: 'M-1', hireDate: '2020-03-01', languages: ['en', 'zh'] }).id;
 * //=> 'M-1'
 * ```
 */
export const AssignmentManager = z.strictObject({
  id: EntityId,
  teamId: EntityId.optional(),
  hireDate: IsoDate,
  leaveDate: z.optional(IsoDate),
  languages: z.array(Label).optional(),
  kpiScore: z.optional(DecimalString),
});
/** A manager who may receive customers (see {@link AssignmentManager}). */
export type AssignmentManager = z.infer<typeof AssignmentManager>;

/**
 * Schema of the book to assign: `customers`, `managers`, and optionally the `current` owner of
 * each customer (`{ customerId, managerId }`, at most one per customer).
 *
 * @example
 * ```ts
 * AssignmentBook.parse({ customers: [], managers: [] }).current;
 * //=> []
 * ```
 */
export const AssignmentBook = z.strictObject({
  customers: z.array(AssignmentCustomer),
  managers: z.array(AssignmentManager),
  current: z.array(z.strictObject({ customerId: EntityId, managerId: EntityId })).default([]),
});
/** The book to assign (see {@link AssignmentBook}). */
export type AssignmentBook = z.infer<typeof AssignmentBook>;
/** The book to assign, as JSON. */
export type AssignmentBookInput = z.input<typeof AssignmentBook>;
