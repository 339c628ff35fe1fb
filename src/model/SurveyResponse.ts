import * as z from 'zod';
import { IsoDate } from '../period/IsoDate';
import { addIssue } from './_refine';
import { EntityId, Label } from './primitives';

/**
 * A customer's answer to a satisfaction survey: CSAT as a whole number 1–5, NPS ("how likely
 * are you to recommend us") as a whole number 0–10, or both; at least one. `ownerId` is the
 * account manager the answer is scored to, when it differs from the customer's current owner.
 *
 * @example
 * ```ts
 * SurveyResponse.parse({ id: 'S-1', customerId: 'C-001', date: '2026-03-31', csat: 4, nps: 9 }).nps;
 * //=> 9
 * ```
 */
export const SurveyResponse = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    ownerId: EntityId.optional(),
    date: IsoDate,
    csat: z
      .number()
      .int({ message: 'CSAT is a whole number from 1 to 5' })
      .min(1, { message: 'CSAT is a whole number from 1 to 5' })
      .max(5, { message: 'CSAT is a whole number from 1 to 5' })
      .optional(),
    nps: z
      .number()
      .int({ message: 'NPS is a whole number from 0 to 10' })
      .min(0, { message: 'NPS is a whole number from 0 to 10' })
      .max(10, { message: 'NPS is a whole number from 0 to 10' })
      .optional(),
    comment: Label.optional(),
  })
  .superRefine((response, ctx) => {
    if (response.csat === undefined && response.nps === undefined) {
      addIssue(ctx, [], 'a survey response has a csat score, an nps score or both', response);
    }
  });
/** A survey response (see {@link SurveyResponse}). */
export type SurveyResponse = z.infer<typeof SurveyResponse>;
