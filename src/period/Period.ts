import * as z from 'zod';
import { dayNumberOf, monthIndexOfDays } from '../_lib/civil';
import { periodProblem } from './checkPeriod';
import { FiscalCalendar } from './FiscalCalendar';
import { Grain } from './Grain';
import { periodAtMonth } from './grid';
import { IsoDate } from './IsoDate';

/**
 * A period: a month, quarter, half or year as plain JSON. Its days are the half-open range
 * `[start, end)`. `fiscal` is `null` for calendar periods (labels `2026`, `2026-H2`, `2026-Q3`,
 * `2026-07`) and the fiscal calendar for fiscal periods (labels `FY2026`, `FY2026-H2`,
 * `FY2026-Q1`); months are the same in every calendar and always have `fiscal: null`. The schema
 * checks that the fields agree: a start that is not the first day of its grain, a wrong end or a
 * label that does not name the period fail with `INVALID_PERIOD`.
 *
 * @example
 * ```ts
 * Period.parse({ grain: 'quarter', label: '2026-Q3', start: '2026-07-01', end: '2026-10-01', fiscal: null });
 * //=> { grain: 'quarter', label: '2026-Q3', start: '2026-07-01', end: '2026-10-01', fiscal: null }
 * ```
 */
export const Period = z
  .strictObject({
    grain: Grain,
    label: z.string(),
    start: IsoDate,
    end: IsoDate,
    fiscal: FiscalCalendar.nullable(),
  })
  .superRefine((period, ctx) => {
    const problem = periodProblem(period);
    if (problem !== null) {
      ctx.addIssue({
        code: 'custom',
        message: problem.message,
        path: [problem.field],
        input: period[problem.field],
        params: { code: 'INVALID_PERIOD' },
      });
      return;
    }
    const month = monthIndexOfDays(dayNumberOf(period.start) as number);
    const expected = periodAtMonth(period.grain, month, period.fiscal, [], period).label;
    if (period.label !== expected)
      ctx.addIssue({
        code: 'custom',
        message: `the label of this period is ${expected}`,
        path: ['label'],
        input: period.label,
        params: { code: 'INVALID_PERIOD' },
      });
  });
/** A period (see {@link Period}). */
export type Period = z.infer<typeof Period>;
