import { attempt, type SafeResult } from '../errors';
import { requireArray, requireObject } from '../errors/_lib/argumentGuards';
import type { MessageCatalog } from './defineCatalog';
import { LOCALES } from './Locale';
import { lookupTemplate } from './lookupTemplate';
import { type RenderProblemReason, renderParts } from './renderParts';
import type { TraceStep } from './TraceStep';

/** A step that does not render as intended, found by {@link findUnrenderable}. */
export interface Unrenderable {
  /** The step's index in the trace. */
  readonly index: number;
  readonly code: string;
  /**
   * `unknown-code`: the catalog lacks the code (or a locale of it); `missing-param`: a
   * placeholder's param is absent; `bad-format`: a param does not fit its placeholder's format.
   */
  readonly reason: RenderProblemReason;
  /** The params concerned, sorted (empty for `unknown-code`). */
  readonly params: readonly string[];
}

/**
 * Lists the steps of a trace that would render as a fallback or with a raw value in any locale:
 * the check each area's tests run to prove its catalog covers every code it emits.
 *
 * @param steps - the trace
 * @param catalog - the catalog to check against
 * @returns one entry per step and reason, in step order (empty when everything renders)
 * @example
 * ```ts
 * findUnrenderable([{ code: 'commission.tier.slice', params: { rate: '0.04' } }], coreCatalog);
 * //=> [{ index: 0, code: 'commission.tier.slice', reason: 'unknown-code', params: [] }]
 * ```
 */
export function findUnrenderable(
  steps: readonly TraceStep[],
  catalog: MessageCatalog,
): Unrenderable[] {
  requireArray(steps, 'steps');
  requireObject(catalog, 'catalog');
  const found: Unrenderable[] = [];
  steps.forEach((step, index) => {
    const byReason = new Map<RenderProblemReason, Set<string>>();
    for (const locale of LOCALES) {
      const parts = lookupTemplate(catalog, step.code, locale);
      if (parts === undefined) {
        byReason.set('unknown-code', new Set());
        continue;
      }
      for (const problem of renderParts(parts, step.params).problems) {
        const params = byReason.get(problem.reason) ?? new Set<string>();
        if (problem.param !== undefined) params.add(problem.param);
        byReason.set(problem.reason, params);
      }
    }
    for (const reason of ['unknown-code', 'missing-param', 'bad-format'] as const) {
      const params = byReason.get(reason);
      if (params !== undefined)
        found.push({ index, code: step.code, reason, params: [...params].sort() });
    }
  });
  return found;
}

/**
 * Like {@link findUnrenderable}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeFindUnrenderable(null, null).success;
 * //=> false
 * ```
 */
export function safeFindUnrenderable(
  steps: readonly TraceStep[],
  catalog: MessageCatalog,
): SafeResult<Unrenderable[]> {
  return attempt(() => findUnrenderable(steps, catalog));
}
