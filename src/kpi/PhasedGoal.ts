import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { EntityId, NonNegativeDecimal, PositiveDecimal } from '../model';
import { IsoDate } from '../period';
import { ScoringCurve } from './ScoringCurve';

/**
 * One phase of a long-term goal: its dates (`start` inclusive, `end` exclusive), its target and
 * its weight (percent) in the goal.
 *
 * @example
 * ```ts
 * GoalPhase.parse({ id: 'y1', start: '2026-01-01', end: '2027-01-01', target: '1000000', weight: '20' }).weight;
 * //=> '20'
 * ```
 */
export const GoalPhase = z.strictObject({
  id: EntityId,
  name: z.string().min(1).optional(),
  start: IsoDate,
  end: IsoDate,
  target: PositiveDecimal,
  weight: NonNegativeDecimal,
});
/** A goal phase (see {@link GoalPhase}). */
export type GoalPhase = z.infer<typeof GoalPhase>;

/**
 * A long-term goal (DOMAIN §5: 长期目标分阶段) over a horizon such as three years, split into
 * phases with their own dates, targets and weights. The phases lie within `[start, end)`, in order
 * and without overlap (gaps are allowed), and their weights add up to exactly 100
 * (`WEIGHTS_NOT_100`). Each phase's actual is scored against its target on `curve`; a phase in
 * progress is scored against its target prorated to the days elapsed, with `scale` decimal places
 * (targets must be whole numbers of that many places).
 *
 * @example
 * ```ts
 * PhasedGoal.safeParse({
 *   id: 'expand-east', start: '2026-01-01', end: '2029-01-01',
 *   curve: { kind: 'ratio', direction: 'higher-is-better', cap: '1.5' },
 *   phases: [
 *     { id: 'y1', start: '2026-01-01', end: '2027-01-01', target: '1000000', weight: '20' },
 *     { id: 'y2', start: '2027-01-01', end: '2028-01-01', target: '1500000', weight: '30' },
 *   ],
 * }).error?.issues[0]?.message;
 * //=> 'phase weights must sum to 100, not 50'
 * ```
 */
export const PhasedGoal = z
  .strictObject({
    id: EntityId,
    name: z.string().min(1).optional(),
    start: IsoDate,
    end: IsoDate,
    scale: z.number().int().min(0).max(20).default(2),
    curve: ScoringCurve,
    phases: z.array(GoalPhase).min(1),
  })
  .superRefine((goal, ctx) => {
    const range = (path: (string | number)[], message: string, input: unknown) =>
      ctx.addIssue({
        code: 'custom',
        path,
        message,
        input,
        params: { code: 'INVALID_DATE_RANGE' },
      });
    if (goal.end <= goal.start)
      range(['end'], `the goal ends after it starts (${goal.start})`, goal.end);
    const ids = new Set<string>();
    goal.phases.forEach((phase, i) => {
      const previous = goal.phases[i - 1];
      if (ids.has(phase.id))
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'id'],
          message: 'phase ids must be unique',
          input: phase.id,
        });
      ids.add(phase.id);
      if (phase.end <= phase.start)
        range(['phases', i, 'end'], 'a phase ends after it starts', phase.end);
      if (phase.start < goal.start)
        range(['phases', i, 'start'], 'a phase starts within the goal', phase.start);
      if (phase.end > goal.end)
        range(['phases', i, 'end'], 'a phase ends within the goal', phase.end);
      if (previous !== undefined && phase.start < previous.end)
        range(
          ['phases', i, 'start'],
          `phases are in order and do not overlap: the previous ends ${previous.end}`,
          phase.start,
        );
      if (new Decimal(phase.target).decimalPlaces() > goal.scale)
        ctx.addIssue({
          code: 'custom',
          path: ['phases', i, 'target'],
          message: `a target has at most ${goal.scale} decimal places (the goal's scale)`,
          input: phase.target,
        });
    });
    const total = goal.phases.reduce((acc, p) => acc.plus(p.weight), new Decimal(0));
    if (!total.eq(100))
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `phase weights must sum to 100, not ${total.toString()}`,
        input: total.toString(),
        params: { code: 'WEIGHTS_NOT_100' },
      });
  });
/** A long-term goal in phases (see {@link PhasedGoal}). */
export type PhasedGoal = z.infer<typeof PhasedGoal>;
