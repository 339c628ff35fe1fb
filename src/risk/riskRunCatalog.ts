import { defineCatalog, type MessageCatalog } from '../explain';

/**
 * Messages of the trace step {@link runRiskChecks} adds to every finding (`risk.policy.layers`:
 * the check, the policy version and the layers that set its thresholds — `base`,
 * `country-group:<id>`, `grade:<id>`, most specific last) in `en` and `zh-CN`. Merge it with
 * `riskCatalog` and the other risk catalogs (`mergeCatalogs`) to render a run's traces.
 *
 * @example
 * ```ts
 * riskRunCatalog.messages.get('risk.policy.layers')?.en;
 * //=> 'check {check} under the risk policy of {version}: {layers}'
 * ```
 */
export const riskRunCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog({
  'risk.policy.layers': {
    en: 'check {check} under the risk policy of {version}: {layers}',
    'zh-CN': '按 {version} 起生效的风险政策执行 {check} 检查：{layers}',
  },
});
