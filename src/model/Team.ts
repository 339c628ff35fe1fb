import * as z from 'zod';
import { addIssue } from './_refine';
import { EntityId, Label } from './primitives';

/**
 * A sales team. Teams form a tree through `parentTeamId` (absent at the root); `managerId` is the
 * account manager who leads it and receives team roll-ups and overrides.
 *
 * @example
 * ```ts
 * Team.parse({ id: 'T-EU', name: 'Europe', parentTeamId: 'T-EXPORT', managerId: 'AM-1' }).name;
 * //=> 'Europe'
 * ```
 */
export const Team = z
  .strictObject({
    id: EntityId,
    name: Label,
    parentTeamId: EntityId.optional(),
    managerId: EntityId.optional(),
  })
  .superRefine((team, ctx) => {
    if (team.parentTeamId === team.id) {
      addIssue(ctx, ['parentTeamId'], 'a team cannot be its own parent', team.parentTeamId);
    }
  });
/** A sales team (see {@link Team}). */
export type Team = z.infer<typeof Team>;
