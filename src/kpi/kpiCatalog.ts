import { defineCatalog, type MessageCatalog } from '../explain';

/**
 * Messages for the trace codes of KPI scoring (`kpi.curve.*`, `kpi.scorecard.*`, `kpi.metric.*`) in `en` and
 * `zh-CN`. Merge it with `coreCatalog` (`mergeCatalogs`) to render a scorecard's trace.
 *
 * @example
 * ```ts
 * kpiCatalog.messages.get('kpi.curve.gate.met')?.['zh-CN'];
 * //=> '实际值 {actual} 达到门槛 {threshold} → 得分 {score}'
 * ```
 */
export const kpiCatalog: MessageCatalog = defineCatalog({
  'kpi.curve.ratio': {
    en: 'actual {actual:number} ÷ target {target:number} = {ratio}, within floor {floor} and cap {cap} → score {score}',
    'zh-CN':
      '实际值 {actual:number} ÷ 目标值 {target:number} = {ratio}，下限 {floor}、上限 {cap} → 得分 {score}',
  },
  'kpi.curve.ratio.inverse': {
    en: 'lower is better: target {target:number} ÷ actual {actual:number} = {ratio}, within floor {floor} and cap {cap} → score {score}',
    'zh-CN':
      '越低越好：目标值 {target:number} ÷ 实际值 {actual:number} = {ratio}，下限 {floor}、上限 {cap} → 得分 {score}',
  },
  'kpi.curve.ratio.zero': {
    en: 'lower is better and the actual is {actual:number} (target {target:number}): nothing is better → the cap, score {score}',
    'zh-CN':
      '越低越好，实际值为 {actual:number}（目标值 {target:number}）：已是最优 → 取上限，得分 {score}',
  },
  'kpi.curve.linear': {
    en: 'actual {actual:number} lies between ({x0}, {y0}) and ({x1}, {y1}) → interpolated score {score}',
    'zh-CN': '实际值 {actual:number} 位于 ({x0}, {y0}) 与 ({x1}, {y1}) 之间 → 线性插值得分 {score}',
  },
  'kpi.curve.linear.below': {
    en: 'actual {actual:number} is below the first point ({x}) → score {score}',
    'zh-CN': '实际值 {actual:number} 低于第一个点（{x}）→ 得分 {score}',
  },
  'kpi.curve.linear.above': {
    en: 'actual {actual:number} reaches the last point ({x}) → score {score}',
    'zh-CN': '实际值 {actual:number} 达到最后一个点（{x}）→ 得分 {score}',
  },
  'kpi.curve.band': {
    en: 'actual {actual:number} lies in the band from {from} (inclusive) to {to} (exclusive) → score {score}',
    'zh-CN': '实际值 {actual:number} 落在 {from}（含）至 {to}（不含）档位 → 得分 {score}',
  },
  'kpi.curve.band.upper': {
    en: 'actual {actual:number} lies in the band from {from} (exclusive) to {to} (inclusive) → score {score}',
    'zh-CN': '实际值 {actual:number} 落在 {from}（不含）至 {to}（含）档位 → 得分 {score}',
  },
  'kpi.curve.gate.met': {
    en: 'actual {actual} reaches the threshold {threshold} → score {score}',
    'zh-CN': '实际值 {actual} 达到门槛 {threshold} → 得分 {score}',
  },
  'kpi.curve.gate.missed': {
    en: 'actual {actual} is below the threshold {threshold} → score {score}',
    'zh-CN': '实际值 {actual} 未达到门槛 {threshold} → 得分 {score}',
  },
  'kpi.curve.gate.met.lower': {
    en: 'lower is better: actual {actual} is at most the threshold {threshold} → score {score}',
    'zh-CN': '越低越好：实际值 {actual} 不高于门槛 {threshold} → 得分 {score}',
  },
  'kpi.curve.gate.missed.lower': {
    en: 'lower is better: actual {actual} is above the threshold {threshold} → score {score}',
    'zh-CN': '越低越好：实际值 {actual} 高于门槛 {threshold} → 得分 {score}',
  },
  'kpi.scorecard.scale.kpi': {
    en: 'KPI {kpi}: score {score} kept within the scale {min}–{max} → {kept}',
    'zh-CN': '指标 {kpi}：得分 {score} 限定在量表 {min}–{max} 内 → {kept}',
  },
  'kpi.scorecard.scale.total': {
    en: 'total {score} kept within the scale {min}–{max} → {kept}',
    'zh-CN': '总分 {score} 限定在量表 {min}–{max} 内 → {kept}',
  },
  'kpi.scorecard.gate.kpi': {
    en: 'gate: KPI {kpi} scored below {below}, so KPI {target} is capped at {capAt} (was {score})',
    'zh-CN': '门槛：指标 {kpi} 得分低于 {below}，指标 {target} 封顶为 {capAt}（原为 {score}）',
  },
  'kpi.scorecard.gate.total': {
    en: 'gate: KPI {kpi} scored below {below}, so the total is capped at {capAt} (was {score})',
    'zh-CN': '门槛：指标 {kpi} 得分低于 {below}，总分封顶为 {capAt}（原为 {score}）',
  },
  'kpi.scorecard.kpi': {
    en: 'KPI {kpi}: score {score} × weight {weight}% = {contribution}',
    'zh-CN': '指标 {kpi}：得分 {score} × 权重 {weight}% = {contribution}',
  },
  'kpi.scorecard.weighted-average': {
    en: 'weighted average of {kpis} KPIs: Σ weight × score ÷ Σ weight = {score}',
    'zh-CN': '{kpis} 项指标加权平均：Σ 权重 × 得分 ÷ Σ 权重 = {score}',
  },
  'kpi.scorecard.weighted-sum': {
    en: 'weighted sum of {kpis} KPIs: Σ weight ÷ 100 × score = {score}',
    'zh-CN': '{kpis} 项指标加权求和：Σ 权重 ÷ 100 × 得分 = {score}',
  },
  // ── metrics from facts (issue 15, kpimetrics): kpi.metric.* ──
  'kpi.metric.sales_amount': {
    en: 'sales: orders {orders} less credit notes {credits} = {value}',
    'zh-CN': '销售额：订单 {orders} 减贷项通知 {credits} = {value}',
  },
  'kpi.metric.sales_growth': {
    en: 'growth: ({current} − prior {prior}) ÷ {prior} × 100 = {value}%',
    'zh-CN': '增长率：（{current} − 上期 {prior}）÷ {prior} × 100 = {value}%',
  },
  'kpi.metric.new_customers': {
    en: 'new customers (first deal in the period): {value}',
    'zh-CN': '新客户（首次成交在本期）：{value}',
  },
  'kpi.metric.order_completion_rate': {
    en: 'order completion: {numerator} completed ÷ {denominator} orders × 100 = {value}%',
    'zh-CN': '订单完成率：已完成 {numerator} ÷ 订单 {denominator} × 100 = {value}%',
  },
  'kpi.metric.on_time_delivery_rate': {
    en: 'on-time delivery: {numerator} delivered by the promised date ÷ {denominator} orders due × 100 = {value}%',
    'zh-CN': '准时交付率：按承诺日期交付 {numerator} ÷ 到期订单 {denominator} × 100 = {value}%',
  },
  'kpi.metric.collection_rate': {
    en: 'collection rate: cash {numerator} ÷ amount due {denominator} × 100 = {value}%',
    'zh-CN': '回款率：回款 {numerator} ÷ 应收 {denominator} × 100 = {value}%',
  },
  'kpi.metric.dso': {
    en: 'DSO: receivables {receivables} ÷ sales {sales} × {days} days = {value}',
    'zh-CN': '应收账款周转天数：应收 {receivables} ÷ 销售 {sales} × {days} 天 = {value}',
  },
  'kpi.metric.complaint_count': {
    en: 'complaints: {value} (against {orders} orders)',
    'zh-CN': '投诉：{value} 件（订单 {orders} 笔）',
  },
  'kpi.metric.csat': {
    en: 'CSAT: {numerator} answers of 4–5 ÷ {denominator} answers × 100 = {value}%',
    'zh-CN': '客户满意度：4–5 分 {numerator} ÷ 回答 {denominator} × 100 = {value}%',
  },
  'kpi.metric.nps': {
    en: 'NPS: ({promoters} promoters − {detractors} detractors) ÷ {answers} answers × 100 = {value}',
    'zh-CN':
      '净推荐值：（推荐者 {promoters} − 贬损者 {detractors}）÷ 回答 {answers} × 100 = {value}',
  },
  'kpi.metric.training_completion': {
    en: 'training: {numerator} completed ÷ {denominator} assigned × 100 = {value}%',
    'zh-CN': '培训完成率：已完成 {numerator} ÷ 已安排 {denominator} × 100 = {value}%',
  },
  'kpi.metric.target_completion': {
    en: 'target completion: {of} {actual} ÷ target {target} × 100 = {value}%',
    'zh-CN': '目标完成率：{of} {actual} ÷ 目标 {target} × 100 = {value}%',
  },
  'kpi.metric.gap': {
    en: '{metric} has no value: {gap}',
    'zh-CN': '{metric} 无法计算：{gap}',
  },
});
