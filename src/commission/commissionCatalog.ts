import { coreCatalog, defineCatalog, type MessageCatalog, mergeCatalogs } from '../explain';
import { ENTRIES } from './_lib/explain/catalogEntries';

/**
 * Every trace code of the commission engine's own messages (conditions, conversions and rounding
 * are `coreCatalog`'s), sorted — for tools that list or translate them.
 *
 * @example
 * ```ts
 * COMMISSION_TRACE_CODES.includes('commission.tier.marginal.period-to-date');
 * //=> true
 * ```
 */
export const COMMISSION_TRACE_CODES: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(Object.keys(ENTRIES).sort()))();

/**
 * The commission engine's messages in English and Simplified Chinese (提成, 阶梯, 累进, 封顶,
 * 保底, 追回 …), merged with `coreCatalog` (currency conversion, rounding, conditions), so every
 * trace a statement or line carries renders in both locales.
 *
 * @example
 * ```ts
 * const input = {
 *   period: '2026-03',
 *   plans: [{ id: 'p', version: 1, name: 'Plan', effectiveFrom: '2026-01-01', currency: 'USD',
 *     crediting: { base: 'invoiced' },
 *     components: [{ id: 'base', name: 'Base', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } }] }],
 *   assignments: [{ payeeId: 'AM-7', planId: 'p', effectiveFrom: '2026-01-01', currency: 'USD' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C-1', ownerId: 'AM-7', issueDate: '2026-03-05', dueDate: '2026-04-04', currency: 'USD', total: '1000.00' }],
 * };
 * const [statement] = computeStatements(input);
 * renderTrace(statement?.lines[0]?.trace ?? [], { locale: 'zh-CN', catalog: commissionCatalog })[1];
 * //=> 'base：1,000 USD × 提成比例 4% = 40 USD'
 * ```
 */
export const commissionCatalog: MessageCatalog = /* @__PURE__ */ mergeCatalogs(
  coreCatalog,
  /* @__PURE__ */ defineCatalog(ENTRIES),
);
