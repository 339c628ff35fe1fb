import type { CatalogEntries } from '../../../explain';

/**
 * Internal: the messages of the trade-barrier findings on where the goods come from (the country
 * of origin, the port of loading), in `en` and `zh-CN`.
 */
export const tradeEntries: CatalogEntries = {
  'trade.country.restricted.origin': {
    en: 'order {order} ships goods of {country} origin, a restricted country ({reason})',
    'zh-CN': '订单 {order} 的原产国 {country} 为受限国家（{reason}）',
  },
  'trade.country.restricted.loading': {
    en: 'order {order} is loaded at {port} in {country}, a restricted country ({reason})',
    'zh-CN': '订单 {order} 的装运港 {port} 位于受限国家 {country}（{reason}）',
  },
};
