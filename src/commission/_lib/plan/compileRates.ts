import { CrmRulesError, type ErrorPath } from '../../../errors';
import {
  type CompiledCondition,
  type ConditionNode,
  compareSpecificity,
  compileCondition,
  conditionSpecificity,
  type Facts,
} from '../../../rules';
import type { Rate } from '../../model/Rate';
import type { FlatCalculation, RateTableCalculation } from '../../model/RateTable';
import type { AppliedRate } from '../../model/StatementLine';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { productLevel } from '../schema/lineFactTable';
import type { CategoryTree } from './categoryTree';
import { findRateRow } from './findRateRow';
import { discreteFacts, memoKey } from './memoCondition';
import { parsePlanCondition } from './planConditions';

/** Internal: a rate ready to apply, with its JSON form shared by every line that uses it. */
export interface CompiledRate {
  readonly kind: Rate['kind'];
  /** The fraction for `rate`, the plan-currency amount for fixed rates, `null` for `none`. */
  readonly value: Num | null;
  readonly applied: AppliedRate;
}

/** Internal: a compiled rate table (or flat rate): rows in precedence order and a memo. */
export interface CompiledRateTable {
  readonly rows: ReadonlyArray<{
    readonly id: string;
    readonly test: CompiledCondition;
    readonly rate: CompiledRate;
    /** Rows of one group pin as many facts and the same product level (the ancestor rule's scope). */
    readonly group: number;
    /** True when the row pins `product.category` (`eq`/`in`): it matches the category's subtree. */
    readonly category: boolean;
  }>;
  /** The product category tree (`null`: a category matches only itself). */
  readonly categories: CategoryTree | null;
  /** The no-match rate, or `null` when no match is an error. */
  readonly noMatch: CompiledRate | null;
  /** The facts the rows read. */
  readonly facts: readonly string[];
  /** True when every fact read is a string, boolean or date, so matches can be memoised. */
  readonly discrete: boolean;
  readonly memo: Map<string, CompiledRate | null>;
}

/** Internal: compiles a rate. */
export function compileRate(
  rate: Rate,
  arithmetic: Arithmetic,
  row: string | null,
  noMatch: string | null,
): CompiledRate {
  const text = rate.kind === 'rate' ? rate.value : rate.kind === 'none' ? null : rate.amount.amount;
  return {
    kind: rate.kind,
    value: text === null ? null : parseNum(text, arithmetic),
    applied: Object.freeze({ row, kind: rate.kind, value: text, noMatch }),
  };
}

/**
 * Internal: the deepest product level a condition pins with `eq`/`in` in its top-level conjunction
 * (as `conditionSpecificity` counts): 3 `product.id` (the variant), 2 `product.template`, 1
 * `product.category`, 0 none.
 */
function pinnedProductLevel(node: ConditionNode): number {
  if (node.kind === 'all') return Math.max(0, ...node.children.map(pinnedProductLevel));
  if (node.kind === 'leaf' && (node.operator === 'eq' || node.operator === 'in'))
    return productLevel(node.fact);
  return 0;
}

/** Internal: whether a condition pins `product.category` in its top-level conjunction. */
function pinsCategory(node: ConditionNode): boolean {
  if (node.kind === 'all') return node.children.some(pinsCategory);
  return (
    node.kind === 'leaf' &&
    (node.operator === 'eq' || node.operator === 'in') &&
    node.fact === 'product.category'
  );
}

/**
 * Internal: compiles a rate table. Rows are ordered most specific first (more pinned facts, then
 * the deeper product level pinned, then bounded, then constrained), then by higher priority, then
 * by their order in the table.
 */
export function compileRateTable(
  calc: RateTableCalculation | FlatCalculation,
  currency: string,
  arithmetic: Arithmetic,
  path: ErrorPath,
  categories: CategoryTree | null = null,
): CompiledRateTable {
  if (calc.kind === 'flat') {
    const rate = compileRate(calc.rate, arithmetic, null, null);
    return {
      rows: [{ id: 'flat', test: () => true, rate, group: 0, category: false }],
      categories: null,
      noMatch: null,
      facts: [],
      discrete: true,
      memo: new Map(),
    };
  }
  const facts = new Set<string>();
  const rows = calc.rows.map((row, index) => {
    const parsed = parsePlanCondition(row.when, currency, [...path, 'rows', index, 'when']);
    for (const fact of parsed.facts) facts.add(fact.name);
    return {
      id: row.id,
      index,
      priority: row.priority,
      specificity: conditionSpecificity(parsed),
      level: pinnedProductLevel(parsed.root),
      category: categories !== null && pinsCategory(parsed.root),
      test: compileCondition(parsed),
      rate: compileRate(row.rate, arithmetic, row.id, null),
    };
  });
  rows.sort(
    (a, b) =>
      b.specificity.pinned - a.specificity.pinned ||
      b.level - a.level ||
      compareSpecificity(b.specificity, a.specificity) ||
      b.priority - a.priority ||
      a.index - b.index,
  );
  const names = [...facts].sort();
  let group = 0;
  const grouped = rows.map((row, i) => {
    const before = rows[i - 1];
    if (
      before !== undefined &&
      (before.specificity.pinned !== row.specificity.pinned || before.level !== row.level)
    )
      group += 1;
    return { ...row, group };
  });
  return {
    rows: grouped,
    categories: grouped.some((row) => row.category) ? categories : null,
    noMatch:
      calc.noMatch.kind === 'rate'
        ? compileRate(calc.noMatch.rate, arithmetic, null, calc.noMatch.reason)
        : null,
    facts: names,
    discrete: discreteFacts(names),
    memo: new Map(),
  };
}

const MEMO_LIMIT = 100_000;

/**
 * Internal: the rate for a line's facts — the first matching row in precedence order, else the
 * no-match rate — or throws `NO_RATE_MATCH` at `path` when no match is an error.
 */
export function matchCompiledRate(
  table: CompiledRateTable,
  facts: Facts,
  path: ErrorPath,
): CompiledRate {
  const key = table.discrete ? memoKey(facts, table.facts) : null;
  let found = key === null ? undefined : table.memo.get(key);
  if (found === undefined) {
    found = table.rows[findRateRow(table, facts, path)]?.rate ?? table.noMatch;
    if (key !== null && table.memo.size < MEMO_LIMIT) table.memo.set(key, found);
  }
  if (found === null)
    throw new CrmRulesError(
      'NO_RATE_MATCH',
      'no rate-table row matches this line and the table says no match is an error',
      { path, value: pickFacts(facts, table.facts) },
    );
  return found;
}

function pickFacts(facts: Facts, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (Object.hasOwn(facts, name)) picked[name] = facts[name];
  return picked;
}
