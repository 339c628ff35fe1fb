import * as z from 'zod';
import { IsoDate } from '../period/IsoDate';
import { EntityId, NonNegativeDecimal } from './primitives';

/**
 * An account manager's attendance of a training course: hours as a decimal string (`"1.5"`)
 * and whether the course was completed.
 *
 * @example
 * ```ts
 * TrainingRecord.parse({
 *   id: 'TR-1', managerId: 'AM-7', courseId: 'INCOTERMS-2020', date: '2026-01-15', hours: '3.5', completed: true,
 * }).hours;
 * //=> '3.5'
 * ```
 */
export const TrainingRecord = z.strictObject({
  id: EntityId,
  managerId: EntityId,
  courseId: EntityId,
  date: IsoDate,
  hours: NonNegativeDecimal,
  completed: z.boolean(),
});
/** A training record (see {@link TrainingRecord}). */
export type TrainingRecord = z.infer<typeof TrainingRecord>;
