import type * as z from 'zod';
import { mergeSection } from './mergeSection';
import { CHECK_KEYS, type CheckKey, datedSection, SECTION_SCHEMAS } from './sectionSchemas';

type Section = Record<string, unknown> | undefined;
type Sections = Partial<Record<CheckKey, Section>>;
type Layers = Record<string, Partial<Record<CheckKey, Section>>>;

interface PolicyShape {
  readonly effectiveFrom: string;
  readonly effectiveTo?: string | undefined;
  readonly checks: Sections;
  readonly byCountryGroup: Layers;
  readonly byGrade: Layers;
}

function checkSection(
  policy: PolicyShape,
  key: CheckKey,
  section: Record<string, unknown>,
  path: ReadonlyArray<string | number>,
  ctx: z.RefinementCtx,
): void {
  const result = SECTION_SCHEMAS[key].safeParse(datedSection(policy, section), {
    reportInput: true,
  });
  if (result.success) return;
  // A field whose own rule (bucketDays ascending, a minimum) failed on the section's field schema
  // (the same schema) is already reported at its path: report each problem once. (Raw issues
  // have no message yet, so the path is the key.)
  const reported = new Set(ctx.issues.map((issue) => issueKey(issue.path ?? [])));
  for (const issue of result.error.issues) {
    const at = [...path, ...issue.path.filter((part) => typeof part !== 'symbol')];
    if (reported.has(issueKey(at))) continue;
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: issue.message,
      input: issue.input,
      ...('params' in issue && issue.params !== undefined ? { params: issue.params } : {}),
    });
  }
}

function issueKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/**
 * Internal: the cross-field rules of a risk policy version. Each section must satisfy its check's
 * own schema (dates from the version); a layer may only override a check the base defines, and
 * the base with that one layer must satisfy the schema too.
 */
export function refineRiskPolicy(policy: PolicyShape, ctx: z.RefinementCtx): void {
  for (const key of CHECK_KEYS) {
    const base = policy.checks[key];
    if (base !== undefined) checkSection(policy, key, base, ['checks', key], ctx);
  }
  for (const field of ['byCountryGroup', 'byGrade'] as const) {
    for (const id of Object.keys(policy[field]).sort()) {
      const layer = policy[field][id] ?? {};
      for (const key of CHECK_KEYS) {
        const override = layer[key];
        if (override === undefined) continue;
        const base = policy.checks[key];
        if (base === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field, id, key],
            message: `the base policy has no ${key} section to override`,
            input: override,
          });
        else checkSection(policy, key, mergeSection(base, [override]), [field, id, key], ctx);
      }
    }
  }
}
