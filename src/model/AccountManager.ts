import * as z from 'zod';
import { CurrencyCode } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue } from './_refine';
import { EntityId, Label } from './primitives';

/**
 * An account manager (客户经理): the person customers are assigned to, scored and paid.
 * `managerId` is the person they report to (absent at the top); `leaveDate` is the last day
 * employed (inclusive) and must not be before `hireDate`. Commission statements are paid in
 * `payCurrency`.
 *
 * @example
 * ```ts
 * AccountManager.parse({
 *   id: 'AM-7', name: '王丽', teamId: 'T-EU', managerId: 'AM-1',
 *   hireDate: '2024-03-01', payCurrency: 'CNY',
 * }).payCurrency;
 * //=> 'CNY'
 * ```
 */
export const AccountManager = z
  .strictObject({
    id: EntityId,
    name: Label,
    teamId: EntityId,
    managerId: EntityId.optional(),
    hireDate: IsoDate,
    leaveDate: z.optional(IsoDate),
    payCurrency: CurrencyCode,
  })
  .superRefine((person, ctx) => {
    if (person.leaveDate !== undefined && person.leaveDate < person.hireDate) {
      addIssue(
        ctx,
        ['leaveDate'],
        `leaveDate must not be before hireDate ${person.hireDate}`,
        person.leaveDate,
        'INVALID_DATE_RANGE',
      );
    }
    if (person.managerId === person.id) {
      addIssue(ctx, ['managerId'], 'a person cannot report to themselves', person.managerId);
    }
  });
/** An account manager (see {@link AccountManager}). */
export type AccountManager = z.infer<typeof AccountManager>;
