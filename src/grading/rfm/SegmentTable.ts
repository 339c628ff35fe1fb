import * as z from 'zod';
import { Condition, type FactSchema } from '../../rules';
import { GradeId } from '../grades/GradeId';

/**
 * The facts a segment rule may read: the RFM scores `r`, `f` and `m` (numbers).
 *
 * @example
 * ```ts
 * SEGMENT_FACTS;
 * //=> { r: 'number', f: 'number', m: 'number' }
 * ```
 */
export const SEGMENT_FACTS: FactSchema = Object.freeze({ r: 'number', f: 'number', m: 'number' });

/**
 * The segments the message catalog names in English and Chinese — the ten of the R×F grid
 * ({@link RF_GRID}) and `other`.
 *
 * @example
 * ```ts
 * BUILT_IN_SEGMENTS.length;
 * //=> 11
 * ```
 */
export const BUILT_IN_SEGMENTS: readonly string[] = Object.freeze([
  'champions',
  'loyal',
  'potential-loyalists',
  'new',
  'promising',
  'need-attention',
  'about-to-sleep',
  'at-risk',
  'cannot-lose',
  'hibernating',
  'other',
]);

/**
 * Schema of a segment table: rules tried in order — the **first** whose condition (in the shared
 * rules language, over {@link SEGMENT_FACTS}) holds names the segment — and the `default`
 * segment when none does. Segment ids follow {@link GradeId}.
 *
 * @example
 * ```ts
 * SegmentTable.parse({
 *   rules: [{ segment: 'best', when: { all: [{ fact: 'r', operator: 'gte', value: 4 }, { fact: 'f', operator: 'gte', value: 4 }] } }],
 *   default: 'rest',
 * }).rules.length;
 * //=> 1
 * ```
 */
export const SegmentTable = z.strictObject({
  rules: z.array(z.strictObject({ segment: GradeId, when: Condition })).max(1000),
  default: GradeId,
});
/** A segment table (see {@link SegmentTable}). */
export type SegmentTable = z.infer<typeof SegmentTable>;
