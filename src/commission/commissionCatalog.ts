import { coreCatalog, defineCatalog, type MessageCatalog, mergeCatalogs } from '../explain';
import { ENTRIES } from './_lib/catalogEntries';

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
export const COMMISSION_TRACE_CODES: readonly string[] = Object.freeze(Object.keys(ENTRIES).sort());

/**
 * The commission engine's messages in English and Simplified Chinese (提成, 阶梯, 累进, 封顶,
 * 保底, 追回 …), merged with `coreCatalog` (currency conversion, rounding, conditions), so every
 * trace a statement or line carries renders in both locales.
 *
 * @example
 * ```ts
 * renderTrace(statement.lines[0].trace, { locale: 'zh-CN', catalog: commissionCatalog })[1];
 * //=> 'base：1,000 USD × 提成比例 4% = 40 USD'
 * ```
 */
export const commissionCatalog: MessageCatalog = mergeCatalogs(coreCatalog, defineCatalog(ENTRIES));
