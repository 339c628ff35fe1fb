import { defineCatalog, type MessageCatalog } from '../explain';

/**
 * Messages for the trace codes of KPI scoring (`kpi.curve.*`, `kpi.scorecard.*`) in `en` and
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
  // Bonuses, long-term goals, target and calibration traces (issue 15, kpibonus)
  'kpi.bonus.target': {
    en: 'target bonus {target:money:currency}',
    'zh-CN': '目标奖金 {target:money:currency}',
  },
  'kpi.bonus.target.salary': {
    en: 'target bonus: base salary {salary:money:currency} × {percent}% = {target:money:currency}',
    'zh-CN': '目标奖金：基本工资 {salary:money:currency} × {percent}% = {target:money:currency}',
  },
  'kpi.bonus.score': {
    en: 'score {score}',
    'zh-CN': '得分 {score}',
  },
  'kpi.bonus.score.kpi': {
    en: 'score of KPI {kpi}: {score}',
    'zh-CN': '指标 {kpi} 的得分：{score}',
  },
  'kpi.bonus.curve': {
    en: 'payout curve at score {score} → {percent}% of the target',
    'zh-CN': '奖金曲线：得分 {score} → 目标奖金的 {percent}%',
  },
  'kpi.bonus.curve.fraction': {
    en: 'payout curve at score {score} → {point} of the target = {percent}%',
    'zh-CN': '奖金曲线：得分 {score} → 目标奖金的 {point} 倍 = {percent}%',
  },
  'kpi.bonus.multiplier': {
    en: 'multiplier {multiplier}: result {result}',
    'zh-CN': '系数 {multiplier}：结果 {result}',
  },
  'kpi.bonus.multiplicative': {
    en: 'multiplicative: the product of {multipliers} multipliers = {factor}',
    'zh-CN': '乘法组合：{multipliers} 个系数相乘 = {factor}',
  },
  'kpi.bonus.multiplier.weighted': {
    en: 'multiplier {multiplier}: weight {weight}% × result {result} = {share}',
    'zh-CN': '系数 {multiplier}：权重 {weight}% × 结果 {result} = {share}',
  },
  'kpi.bonus.additive': {
    en: 'additive: Σ weight × result of {multipliers} multipliers = {factor}',
    'zh-CN': '加法组合：{multipliers} 个系数的 Σ 权重 × 结果 = {factor}',
  },
  'kpi.bonus.cap': {
    en: 'payout {percent}% capped at {cap}%',
    'zh-CN': '奖金比例 {percent}% 封顶为 {cap}%',
  },
  'kpi.bonus.payout': {
    en: 'payout: {target:money:currency} × {percent}% = {exact}, rounded {mode} → {payout:money:currency}',
    'zh-CN':
      '奖金：{target:money:currency} × {percent}% = {exact}，按 {mode} 取整 → {payout:money:currency}',
  },
  'kpi.goal.phase.complete': {
    en: 'phase {phase} ({start} to {last}) is complete: scored against its target {target:number}',
    'zh-CN': '阶段 {phase}（{start} 至 {last}）已结束：按目标值 {target:number} 评分',
  },
  'kpi.goal.phase.current': {
    en: 'phase {phase} is in progress: {elapsed} of {days} days → target to date {target:number} × {elapsed} ÷ {days} = {targetToDate:number}',
    'zh-CN':
      '阶段 {phase} 进行中：已过 {elapsed}/{days} 天 → 截至目前目标 {target:number} × {elapsed} ÷ {days} = {targetToDate:number}',
  },
  'kpi.goal.phase.future': {
    en: 'phase {phase} begins {start}: not scored yet',
    'zh-CN': '阶段 {phase} 于 {start} 开始：尚未评分',
  },
  'kpi.goal.phase.no-target': {
    en: 'phase {phase}: the target to date is 0, so it is not scored yet',
    'zh-CN': '阶段 {phase}：截至目前目标为 0，暂不评分',
  },
  'kpi.goal.phase.contribution': {
    en: 'phase {phase}: score {score} × weight {weight}% = {contribution}',
    'zh-CN': '阶段 {phase}：得分 {score} × 权重 {weight}% = {contribution}',
  },
  'kpi.goal.to-date': {
    en: 'as of {asOf}: weighted average of the {phases} phases scored (weights {weight}%) = {score}',
    'zh-CN': '截至 {asOf}：已评分的 {phases} 个阶段加权平均（权重合计 {weight}%）= {score}',
  },
  'kpi.goal.to-date.none': {
    en: 'as of {asOf}: no phase has begun',
    'zh-CN': '截至 {asOf}：尚无阶段开始',
  },
  'kpi.goal.total': {
    en: 'goal total: Σ weight × score ÷ 100, phases not begun counting 0 = {score}',
    'zh-CN': '目标总分：Σ 权重 × 得分 ÷ 100，未开始的阶段计 0 = {score}',
  },
  'kpi.scorecard.weighted-sum': {
    en: 'weighted sum of {kpis} KPIs: Σ weight ÷ 100 × score = {score}',
    'zh-CN': '{kpis} 项指标加权求和：Σ 权重 ÷ 100 × 得分 = {score}',
  },
});
