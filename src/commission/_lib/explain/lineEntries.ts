import type { CatalogEntries } from '../../../explain';

/** Internal: the messages of a line's own steps: its base, rate, tiers and caps (en, zh-CN). */
export const LINE_ENTRIES: CatalogEntries = {
  // Base measure.
  'commission.base.margin': {
    en: 'margin base {base:money:currency} = amount {amount:money:currency} − cost {cost:money:currency}',
    'zh-CN':
      '毛利基数 {base:money:currency} = 金额 {amount:money:currency} − 成本 {cost:money:currency}',
  },
  'commission.base.margin-floored': {
    en: 'margin {margin:money:currency} (amount {amount:money:currency} − cost {cost:money:currency}) floored to {base:money:currency}',
    'zh-CN':
      '毛利 {margin:money:currency}（金额 {amount:money:currency} − 成本 {cost:money:currency}）低于零，按 {base:money:currency} 计',
  },
  // Rates.
  'commission.rate.percent': {
    en: '{component}: rate row {row} applies — {rate:percent} × {base:money:currency} = {commission:money:currency}',
    'zh-CN':
      '{component}：适用费率行 {row}——{base:money:currency} × {rate:percent} = 提成 {commission:money:currency}',
  },
  'commission.rate.flat': {
    en: '{component}: {rate:percent} × {base:money:currency} = {commission:money:currency}',
    'zh-CN':
      '{component}：{base:money:currency} × 提成比例 {rate:percent} = {commission:money:currency}',
  },
  'commission.rate.fixed-line': {
    en: '{component}: rate row {row} pays {amount:money:currency} per line × {share}% = {commission:money:currency}',
    'zh-CN':
      '{component}：费率行 {row} 每行固定 {amount:money:currency} × {share}% = 提成 {commission:money:currency}',
  },
  'commission.rate.fixed-unit': {
    en: '{component}: rate row {row} pays {amount:money:currency} per unit × {quantity} units = {commission:money:currency}',
    'zh-CN':
      '{component}：费率行 {row} 每件 {amount:money:currency} × {quantity} 件 = 提成 {commission:money:currency}',
  },
  'commission.rate.none': {
    en: '{component}: rate row {row} makes this item commission-free',
    'zh-CN': '{component}：费率行 {row} 规定该项目不计提成',
  },
  'commission.rate.no-match': {
    en: '{component}: no rate row matches; the plan says: {reason}',
    'zh-CN': '{component}：没有匹配的费率行，按方案约定处理：{reason}',
  },
  // Tiers.
  'commission.tier.measure': {
    en: '{component}: {mode} tiers on {measure}, from {before:money:currency} to {after:money:currency}',
    'zh-CN':
      '{component}：按 {measure} 计算阶梯（{mode}），累计由 {before:money:currency} 增至 {after:money:currency}',
  },
  'commission.tier.slice': {
    en: '{amount:money:currency} moving the measure from {from:number} to {to:number}, at {rate:percent} = {commission:money:currency}',
    'zh-CN':
      '计量值由 {from:number} 增至 {to:number} 的这段 {amount:money:currency}，按该档 {rate:percent} = {commission:money:currency}',
  },
  'commission.tier.retro': {
    en: 'retroactive uplift: {amount:money:currency} already credited × {rate:percent} = {commission:money:currency}',
    'zh-CN':
      '全额累进补差：此前已计 {amount:money:currency} × 提高的比例 {rate:percent} = {commission:money:currency}',
  },
  'commission.tier.blended': {
    en: '{component}: blended rate {commission:money:currency} ÷ {amount:money:currency} = {rate:percent} (rounded half-up to 6 decimal places of the fraction)',
    'zh-CN':
      '{component}：综合费率 {commission:money:currency} ÷ {amount:money:currency} = {rate:percent}（比例四舍五入至小数点后 6 位）',
  },
  // Caps and limits on a line.
  'commission.cap.line': {
    en: 'capped at {cap:money:currency} per line: {before:money:currency} → {after:money:currency}',
    'zh-CN': '单行封顶 {cap:money:currency}：{before:money:currency} → {after:money:currency}',
  },
  'commission.spiff.max': {
    en: 'SPIFF limit {cap:money:currency} per payee: {before:money:currency} → {after:money:currency}',
    'zh-CN':
      '专项奖励每人上限 {cap:money:currency}：{before:money:currency} → {after:money:currency}',
  },
};
