import type { CatalogEntries } from '../../../../explain';

/**
 * Internal: the messages of the screening and trade-barrier findings, in `en` and `zh-CN`
 * (`riskCatalog` is built from them).
 */
export const SCREENING_MESSAGES: CatalogEntries = {
  'screening.denied-party.match': {
    en: '{party} matches {entryName} ({entryId}) on the {source} list with score {score} (threshold {threshold})',
    'zh-CN':
      '{party} 与 {source} 名单上的 {entryName}（{entryId}）相符，匹配得分 {score}（阈值 {threshold}）',
  },
  'trade.country.restricted': {
    en: 'order {order} ships to {country}, a restricted country ({reason})',
    'zh-CN': '订单 {order} 的目的国 {country} 为受限国家（{reason}）',
  },
  'trade.country.restricted.transit': {
    en: 'order {order} passes through {country}, a restricted country ({reason})',
    'zh-CN': '订单 {order} 途经受限国家 {country}（{reason}）',
  },
  'trade.hs-code.restricted': {
    en: 'order {order} line {line}: HS code {hsCode} falls under the restricted prefix {prefix} ({reason})',
    'zh-CN': '订单 {order} 第 {line} 行：HS 编码 {hsCode} 属于受限前缀 {prefix}（{reason}）',
  },
};
