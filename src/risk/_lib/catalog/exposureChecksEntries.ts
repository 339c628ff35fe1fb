import type { CatalogEntries } from '../../../explain';

/**
 * Internal: the messages of the credit, aging and concentration findings (`credit.*`,
 * `receivables.*`, `concentration.*`) and of their trace steps (`risk.credit.*`, `risk.aging.*`,
 * `risk.concentration.*`) in `en` and `zh-CN`, by code. `riskCatalog` is built from it.
 */
export const exposureChecksEntries = {
  'credit.limit.exceeded': {
    en: 'exposure {exposure:money:currency} is above {blockAtPercent}% of the credit limit {limit:money:currency} (over the limit by {excess:money:currency})',
    'zh-CN':
      '信用敞口 {exposure:money:currency} 超过信用额度 {limit:money:currency} 的 {blockAtPercent}%（超出额度 {excess:money:currency}）',
  },
  'credit.limit.warning': {
    en: 'exposure {exposure:money:currency} reaches {warnAtPercent}% of the credit limit {limit:money:currency} ({available:money:currency} left)',
    'zh-CN':
      '信用敞口 {exposure:money:currency} 已达信用额度 {limit:money:currency} 的 {warnAtPercent}%（尚余 {available:money:currency}）',
  },
  'credit.limit.ok': {
    en: 'exposure {exposure:money:currency} is within the credit limit {limit:money:currency} ({available:money:currency} left)',
    'zh-CN':
      '信用敞口 {exposure:money:currency} 在信用额度 {limit:money:currency} 之内（尚余 {available:money:currency}）',
  },
  'receivables.overdue.block': {
    en: 'the oldest open invoice {invoiceId} is {oldestDays} days past due, more than {thresholdDays} days ({overdue:money:currency} overdue)',
    'zh-CN':
      '最早的未清发票 {invoiceId} 已逾期 {oldestDays} 天，超过 {thresholdDays} 天（逾期金额 {overdue:money:currency}）',
  },
  'receivables.overdue.warning': {
    en: 'the oldest open invoice {invoiceId} is {oldestDays} days past due, more than {thresholdDays} days ({overdue:money:currency} overdue)',
    'zh-CN':
      '最早的未清发票 {invoiceId} 已逾期 {oldestDays} 天，超过 {thresholdDays} 天（逾期金额 {overdue:money:currency}）',
  },
  'concentration.hhi.high': {
    en: 'HHI {hhi:number} of {scope} reaches the threshold {threshold:number}',
    'zh-CN': '{scope} 的赫芬达尔指数 {hhi:number} 达到阈值 {threshold:number}',
  },
  'concentration.top-share.high': {
    en: 'the top {topN} customers of {scope} hold {topSharePercent}% of revenue, at least {threshold}%',
    'zh-CN': '{scope} 前 {topN} 名客户占收入的 {topSharePercent}%，不低于 {threshold}%',
  },
  'concentration.manager.share': {
    en: 'account manager {managerId} holds {sharePercent}% of revenue, at least {threshold}% (key-person risk)',
    'zh-CN':
      '客户经理 {managerId} 掌握 {sharePercent}% 的收入，不低于 {threshold}%（关键人员风险）',
  },
  'concentration.manager.capacity': {
    en: 'account manager {managerId} serves {customers} customers, more than {threshold}',
    'zh-CN': '客户经理 {managerId} 负责 {customers} 个客户，超过 {threshold} 个',
  },
  'risk.aging.oldest': {
    en: 'oldest open invoice {invoiceId} was due {dueDate}: {oldestDays} days past due on {asOf} (warn after {warnAfterDays}, block after {blockAfterDays} days)',
    'zh-CN':
      '最早的未清发票 {invoiceId} 到期日为 {dueDate}：截至 {asOf} 已逾期 {oldestDays} 天（超过 {warnAfterDays} 天预警，超过 {blockAfterDays} 天拦截）',
  },
  'risk.concentration.hhi': {
    en: 'HHI of {scope}: Σ (share in percent)² over {customers} customers = {hhi}',
    'zh-CN': '{scope} 的赫芬达尔指数：{customers} 个客户的（百分比份额）² 之和 = {hhi}',
  },
  'risk.concentration.manager': {
    en: 'manager {managerId}: revenue {revenue} of {companyRevenue} = {sharePercent}%, {customers} customers',
    'zh-CN':
      '客户经理 {managerId}：收入 {revenue}，占总收入 {companyRevenue} 的 {sharePercent}%，客户 {customers} 个',
  },
  'risk.credit.limit': {
    en: 'credit limit from the {source}: {ownLimit:money:currency} + insured {insuredLimit:money:currency} = {limit:money:currency}',
    'zh-CN':
      '信用额度取自{source}：{ownLimit:money:currency} + 投保额度 {insuredLimit:money:currency} = {limit:money:currency}',
  },
  'risk.credit.exposure': {
    en: '{check} exposure: receivables {receivables:money:currency} + unbilled orders {unbilledOrders:money:currency} + unbilled deliveries {unbilledDeliveries:money:currency} + this order {order:money:currency} = {exposure:money:currency}',
    'zh-CN':
      '{check}敞口：应收 {receivables:money:currency} + 未开票订单 {unbilledOrders:money:currency} + 未开票发货 {unbilledDeliveries:money:currency} + 本订单 {order:money:currency} = {exposure:money:currency}',
  },
  'risk.credit.horizon': {
    en: 'dynamic check: orders promised after {horizonEnd} ({horizonDays} days) left out, {leftOut:money:currency}',
    'zh-CN':
      '动态检查：承诺交期晚于 {horizonEnd}（{horizonDays} 天）的订单不计入，共 {leftOut:money:currency}',
  },
  'risk.credit.fx': {
    en: '{currency} valued in {base} at {rate} (rate of {date})',
    'zh-CN': '{currency} 按 {rate}（{date} 的汇率）折算为 {base}',
  },
  'risk.credit.utilisation': {
    en: 'utilisation {exposure:money:currency} ÷ {limit:money:currency} = {utilisationPercent}% (warn at {warnAtPercent}%, block above {blockAtPercent}%)',
    'zh-CN':
      '额度使用率 {exposure:money:currency} ÷ {limit:money:currency} = {utilisationPercent}%（{warnAtPercent}% 起预警，超过 {blockAtPercent}% 拦截）',
  },
} as const satisfies CatalogEntries;
