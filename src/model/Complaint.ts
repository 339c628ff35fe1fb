import * as z from 'zod';
import { IsoDate } from '../period/IsoDate';
import { addIssue } from './_refine';
import { EntityId, Label } from './primitives';

/**
 * How serious a complaint is, lowest first.
 *
 * @example
 * ```ts
 * ComplaintSeverity.options;
 * //=> ['low', 'medium', 'high', 'critical']
 * ```
 */
export const ComplaintSeverity = z.enum(['low', 'medium', 'high', 'critical']);
/** A complaint severity (see {@link ComplaintSeverity}). */
export type ComplaintSeverity = z.infer<typeof ComplaintSeverity>;

/**
 * A customer complaint. `resolvedDate` (absent while open) is not before `date`.
 *
 * @example
 * ```ts
 * Complaint.parse({
 *   id: 'CP-1', customerId: 'C-001', date: '2026-02-03', severity: 'high', resolvedDate: '2026-02-10',
 * }).severity;
 * //=> 'high'
 * ```
 */
export const Complaint = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    ownerId: EntityId.optional(),
    date: IsoDate,
    severity: ComplaintSeverity,
    category: Label.optional(),
    resolvedDate: z.optional(IsoDate),
  })
  .superRefine((complaint, ctx) => {
    if (complaint.resolvedDate !== undefined && complaint.resolvedDate < complaint.date) {
      addIssue(
        ctx,
        ['resolvedDate'],
        `resolvedDate must not be before the complaint date ${complaint.date}`,
        complaint.resolvedDate,
        'INVALID_DATE_RANGE',
      );
    }
  });
/** A complaint (see {@link Complaint}). */
export type Complaint = z.infer<typeof Complaint>;
