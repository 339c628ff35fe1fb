/** What a zod refinement context offers that {@link refineEffectiveRange} uses. */
interface IssueSink {
  addIssue(issue: {
    code: 'custom';
    path: string[];
    message: string;
    input: unknown;
    params: { code: string };
  }): void;
}

/**
 * Internal: the one check of an effective-dated version's range, for the `superRefine` of every
 * such schema (plans, assignments, bonus plans): an `effectiveTo` (exclusive) must come after
 * `effectiveFrom`, else an `INVALID_DATE_RANGE` issue at `effectiveTo`.
 */
export function refineEffectiveRange(
  version: { readonly effectiveFrom: string; readonly effectiveTo?: string | undefined },
  ctx: IssueSink,
): void {
  if (version.effectiveTo !== undefined && version.effectiveTo <= version.effectiveFrom)
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveTo'],
      message: `effectiveTo is after effectiveFrom ${version.effectiveFrom}`,
      input: version.effectiveTo,
      params: { code: 'INVALID_DATE_RANGE' },
    });
}
