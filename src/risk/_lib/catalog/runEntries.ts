import type { CatalogEntries } from '../../../explain';

/**
 * Internal: the messages of the trace steps `runRiskChecks` adds — `risk.policy.layers` (the
 * check, the policy version and the layers that set its thresholds) and `risk.insured.fx` (an
 * insured limit in another currency valued in the base currency) — in `en` and `zh-CN`.
 * `riskCatalog` is built from it.
 */
export const runEntries = {
  'risk.policy.layers': {
    en: 'check {check} under the risk policy of {version}: {layers}',
    'zh-CN': '按 {version} 起生效的风险政策执行 {check} 检查：{layers}',
  },
  'risk.insured.fx': {
    en: 'insured limit {insuredLimit} {currency} × {rate} ({currency}/{base} rate of {date}, the last on or before {asOf}) = {value} {base}',
    'zh-CN':
      '投保限额 {insuredLimit} {currency} × {rate}（{date} 的 {currency}/{base} 汇率，即 {asOf} 或之前的最近汇率）= {value} {base}',
  },
} as const satisfies CatalogEntries;
