import type { CatalogEntries } from '../../../explain';

/**
 * Internal: the messages of the trace steps `runRiskChecks` adds — `risk.policy.layers` (the
 * check, the policy version and the layers that set its thresholds) and `risk.insured.fx` (an
 * insured limit in another currency valued in the base currency) — and `risk.display.rounding`
 * (the rounding of amounts shown, stated by `renderFinding`), in `en` and `zh-CN`. `riskCatalog`
 * is built from it.
 */
export const runEntries = {
  'risk.policy.layers': {
    en: 'check {check} under the risk policy of {version}: {layers}',
    'zh-CN': '按 {version} 起生效的风险政策执行 {check} 检查：{layers}',
  },
  'risk.display.rounding': {
    en: "amounts shown rounded half-up (halves away from zero) to the currency's minor unit; the evidence keeps every digit",
    'zh-CN': '金额按四舍五入保留到货币的最小单位显示；证据保留全部位数',
  },
  'risk.insured.fx': {
    en: 'insured limit {insuredLimit:money:currency} × {rate} ({currency}/{base} rate of {date}, the last on or before {asOf}) = {value:money:base}',
    'zh-CN':
      '投保限额 {insuredLimit:money:currency} × {rate}（{date} 的 {currency}/{base} 汇率，即 {asOf} 或之前的最近汇率）= {value:money:base}',
  },
} as const satisfies CatalogEntries;
