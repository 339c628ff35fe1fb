import type { z } from 'zod';
import { attempt, type ErrorPath, parseWith, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { checkJsonBounds } from '../errors/_lib/checkJsonBounds';
import type { ProductCategory } from '../model';
import type { Facts } from '../rules';
import { buildCategoryTree } from './_lib/plan/categoryTree';
import { compileRateTable, matchCompiledRate } from './_lib/plan/compileRates';
import { FlatCalculation, RateTableCalculation } from './model/RateTable';
import type { AppliedRate } from './model/StatementLine';

/** Options of {@link matchRate}. */
export interface MatchRateOptions {
  /** The plan currency: money in conditions and fixed rates must be in it. */
  readonly currency: string;
  /** Where the line sits in the caller's input, for `NO_RATE_MATCH`. */
  readonly path?: ErrorPath;
  /**
   * The product category tree (`{ id, name, parentId? }`, Odoo's `product.category`): a row
   * pinning a category then also rates the categories below it, the nearest ancestor winning.
   */
  readonly categories?: readonly z.input<typeof ProductCategory>[];
}

/**
 * Finds the rate a rate table gives a credit line. The most specific matching row wins, in this
 * order: more facts pinned by `eq`/`in`, then the deeper product level pinned (`product.id`, the
 * variant, over `product.template` over `product.category`), then more facts bounded by
 * `lt`/`lte`/`gt`/`gte`/`between`, then more facts constrained by `ne`/`exists`, then the higher
 * `priority`, then the earlier row. When no row matches, the table's stated `noMatch` outcome applies.
 * Given `categories` (a tree through `parentId`), a row pinning `product.category` also matches a
 * line of a category below it, and among rows pinning as many facts at the same product level the
 * nearest ancestor wins over a farther one.
 *
 * @param table - a `rate-table` or `flat` calculation (JSON, validated here)
 * @param facts - the line's facts by name (see {@link LINE_FACTS})
 * @param options - the plan `currency` and the line's `path` for errors
 * @returns the applied rate: `row` (null for flat and no-match), `kind`, `value`, `noMatch` reason
 * @throws CrmRulesError `NO_RATE_MATCH` at `options.path` when nothing matches and the table says
 * so; `INVALID_INPUT`, `INVALID_RULE`, `UNKNOWN_FACT`, `FACT_TYPE_MISMATCH`, `CURRENCY_MISMATCH`
 * for a malformed table or facts; `INVALID_INPUT` at `['categories', i, 'parentId']` for an
 * unknown parent or a loop, `LIMIT_EXCEEDED` at `['categories', i]` past `maxCategoryDepth`
 * @example
 * ```ts
 * matchRate(
 *   { kind: 'rate-table', noMatch: { kind: 'error' }, rows: [
 *     { id: 'pumps', when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' }, rate: { kind: 'rate', value: '0.05' } },
 *     { id: 'pumps-key', when: { all: [
 *       { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
 *       { fact: 'customer.grade', operator: 'eq', value: 'key' },
 *     ] }, rate: { kind: 'rate', value: '0.03' } },
 *   ] },
 *   { 'product.category': 'PUMPS', 'customer.grade': 'key' },
 *   { currency: 'USD' },
 * );
 * //=> { row: 'pumps-key', kind: 'rate', value: '0.03', noMatch: null }
 *
 * // Odoo's category tree: All / Saleable / Office Furniture; a row on Saleable rates the chairs.
 * matchRate(
 *   { kind: 'rate-table', noMatch: { kind: 'error' }, rows: [
 *     { id: 'all', when: { fact: 'product.category', operator: 'eq', value: 'ALL' }, rate: { kind: 'rate', value: '0.10' } },
 *     { id: 'saleable', when: { fact: 'product.category', operator: 'eq', value: 'SALEABLE' }, rate: { kind: 'rate', value: '0.05' } },
 *   ] },
 *   { 'product.category': 'OFFICE-FURNITURE' },
 *   { currency: 'USD', categories: [
 *     { id: 'ALL', name: 'All' },
 *     { id: 'SALEABLE', name: 'Saleable', parentId: 'ALL' },
 *     { id: 'OFFICE-FURNITURE', name: 'Office Furniture', parentId: 'SALEABLE' },
 *   ] },
 * ).row;
 * //=> 'saleable'
 * ```
 */
export function matchRate(
  table: z.input<typeof RateTableCalculation> | z.input<typeof FlatCalculation>,
  facts: Facts,
  options: MatchRateOptions,
): AppliedRate {
  requireObject(table, 'table');
  requireObject(facts, 'facts');
  requireObject(options, 'options');
  checkJsonBounds(table);
  const parsed =
    table.kind === 'flat'
      ? parseWith(FlatCalculation, table)
      : parseWith(RateTableCalculation, table);
  const categories = buildCategoryTree(options.categories);
  const compiled = compileRateTable(parsed, options.currency, 'decimal', [], categories);
  return { ...matchCompiledRate(compiled, facts, options.path ?? []).applied };
}

/**
 * Like {@link matchRate}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeMatchRate(null, null, null).success;
 * //=> false
 * ```
 */
export function safeMatchRate(
  table: z.input<typeof RateTableCalculation> | z.input<typeof FlatCalculation>,
  facts: Facts,
  options: MatchRateOptions,
): SafeResult<AppliedRate> {
  return attempt(() => matchRate(table, facts, options));
}
