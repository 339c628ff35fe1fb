import * as z from 'zod';
import { IsoDate } from '../../period';
import { isCalendarUnit } from '../_lib/summary/calendarBuckets';
import { SummaryConvention, SummaryUnit } from './SummaryOptions';

/**
 * Options of {@link calibrationAndHoldout}: `calibrationEnd` (inclusive) splits the
 * transactions, `observationEnd` (inclusive, not before it) ends the holdout; `unit`,
 * `convention`, `mergeSameDay` and `includeFirstPurchase` are the {@link SummaryOptions} of the
 * calibration summary, and `unit` and `mergeSameDay` also say what a holdout purchase is (a
 * purchase day, a calendar bucket, or a transaction).
 *
 * @example
 * ```ts
 * CalibrationHoldoutOptions.parse({ calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'weeks' });
 * //=> { calibrationEnd: '1997-09-30', observationEnd: '1998-06-30', unit: 'weeks', convention: 'btyd', mergeSameDay: true }
 * ```
 */
export const CalibrationHoldoutOptions = z
  .strictObject({
    calibrationEnd: IsoDate,
    observationEnd: IsoDate,
    unit: SummaryUnit.default('days'),
    convention: SummaryConvention.default('btyd'),
    mergeSameDay: z.boolean().default(true),
    includeFirstPurchase: z.boolean().optional(),
  })
  .superRefine((options, ctx) => {
    if (options.observationEnd < options.calibrationEnd)
      ctx.addIssue({
        code: 'custom',
        path: ['observationEnd'],
        message: `observationEnd must not be before calibrationEnd ${options.calibrationEnd}`,
        input: options.observationEnd,
        params: { code: 'INVALID_DATE_RANGE' },
      });
    if (!options.mergeSameDay && isCalendarUnit(options.unit))
      ctx.addIssue({
        code: 'custom',
        path: ['mergeSameDay'],
        message: `a ${options.unit} summary merges each bucket's purchases into one; mergeSameDay must not be false`,
        input: false,
      });
  });
/** Options of {@link calibrationAndHoldout}, parsed. */
export type CalibrationHoldoutOptions = z.infer<typeof CalibrationHoldoutOptions>;
/** Options of {@link calibrationAndHoldout} as a caller writes them. */
export type CalibrationHoldoutOptionsInput = z.input<typeof CalibrationHoldoutOptions>;
