import { attempt, CrmRulesError, parseWith, type SafeResult } from '../../errors';
import { checkJsonBounds } from '../../errors/_lib/checkJsonBounds';
import type { TraceStep } from '../../explain';
import { checkObject } from '../_lib/input/checkArgument';
import { type CompiledRule, compileRules, ruleSteps } from '../_lib/scoring/compileRules';
import { RF_GRID } from './RF_GRID';
import { BUILT_IN_SEGMENTS, SEGMENT_FACTS, SegmentTable } from './SegmentTable';

/** One customer's segment and the rule that placed it there. */
export interface SegmentResult {
  readonly customerId: string;
  readonly segment: string;
  /** The 1-based number of the rule that matched, or `null` for the default. */
  readonly rule: number | null;
  readonly trace: TraceStep[];
}

/**
 * Places customers in segments by their RFM scores: the first rule of the table that holds wins,
 * else the table's default. The trace names the segment (in both languages for the built-in
 * ones), the rule and its condition with the customer's scores.
 *
 * @param scores - rows with `customerId` and the scores `r`, `f`, `m` (an {@link RfmScore} fits)
 * @param table - a {@link SegmentTable} (JSON, validated here); default {@link RF_GRID}
 * @returns one result per row, in order
 * @throws CrmRulesError `INVALID_INPUT` / `INVALID_RULE` / `UNKNOWN_FACT` at `['table', …]` for a
 * bad table; `FACT_TYPE_MISMATCH` at `['scores', index, fact]` for a bad score
 * @example
 * ```ts
 * segmentCustomers([{ customerId: 'A', r: 5, f: 5, m: 3 }, { customerId: 'B', r: 2, f: 1, m: 1 }])
 *   .map((s) => s.segment);
 * //=> ['champions', 'hibernating']
 * ```
 */
export function segmentCustomers(
  scores: ReadonlyArray<{
    readonly customerId: string;
    readonly r: number;
    readonly f: number;
    readonly m: number;
  }>,
  table: unknown = RF_GRID,
): SegmentResult[] {
  checkJsonBounds(table, ['table']);
  const parsed = parseWith(SegmentTable, table, { path: ['table'] });
  const rules = compileRules(parsed.rules, SEGMENT_FACTS, ['table', 'rules']);
  if (!Array.isArray(scores))
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of scores', {
      path: ['scores'],
      value: scores,
    });
  return scores.map((row, index) => {
    checkObject(row, ['scores', index], 'a score { customerId, r, f, m }');
    const facts = { r: row.r, f: row.f, m: row.m };
    const path = ['scores', index];
    const found = rules.findIndex((rule) => rule.test(facts, path));
    if (found < 0)
      return {
        customerId: row.customerId,
        segment: parsed.default,
        rule: null,
        trace: [
          segmentStep(parsed.default),
          { code: 'grading.segment.default', params: { rules: rules.length } },
        ],
      };
    const segment = (parsed.rules[found] as { segment: string }).segment;
    return {
      customerId: row.customerId,
      segment,
      rule: found + 1,
      trace: [
        segmentStep(segment),
        { code: 'grading.segment.rule', params: { rule: found + 1, rules: rules.length } },
        ...ruleSteps(rules[found] as CompiledRule, facts, path),
      ],
    };
  });
}

/**
 * Like {@link segmentCustomers}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeSegmentCustomers(null).success;
 * //=> false
 * ```
 */
export function safeSegmentCustomers(
  scores: Parameters<typeof segmentCustomers>[0],
  table: unknown = RF_GRID,
): SafeResult<SegmentResult[]> {
  return attempt(() => segmentCustomers(scores, table));
}

function segmentStep(segment: string): TraceStep {
  return BUILT_IN_SEGMENTS.includes(segment)
    ? { code: `grading.segment.${segment}`, params: {} }
    : { code: 'grading.segment.custom', params: { segment } };
}
