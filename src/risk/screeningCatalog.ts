import { defineCatalog, type MessageCatalog } from '../explain';
import { SCREENING_MESSAGES } from './_lib/screening/screeningMessages';

/**
 * Messages of the denied-party and trade-barrier findings (`screening.denied-party.match`,
 * `trade.country.restricted`, `trade.hs-code.restricted`) in `en` and `zh-CN`. `screenParties`
 * and `checkTradeBarriers` render their findings' messages with it; merge it with other catalogs
 * (`mergeCatalogs`) to render elsewhere.
 *
 * @example
 * ```ts
 * screeningCatalog.messages.get('trade.hs-code.restricted')?.en;
 * //=> 'order {order} line {line}: HS code {hsCode} falls under the restricted prefix {prefix} ({reason})'
 * ```
 */
export const screeningCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog(SCREENING_MESSAGES);
