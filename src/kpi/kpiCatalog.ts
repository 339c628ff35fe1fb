import { defineCatalog, type MessageCatalog } from '../explain';

/**
 * Messages for the trace codes of KPI work in `en` and `zh-CN`: measuring (`kpi.metric.*`),
 * scoring (`kpi.curve.*`, `kpi.scorecard.*`, `kpi.section.*`, `kpi.subperiods.*`, `kpi.formula.*`,
 * `kpi.scale.*`), bonuses and goals (`kpi.bonus.*`, `kpi.goal.*`), targets and calibration
 * (`kpi.target.*`, `kpi.calibration.*`).
 * Merge it with `coreCatalog` (`mergeCatalogs`) to render a trace.
 *
 * @example
 * ```ts
 * kpiCatalog.messages.get('kpi.curve.gate.met')?.['zh-CN'];
 * //=> '实际值 {actual} 达到门槛 {threshold} → 得分 {score}'
 * ```
 */
export const kpiCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog({
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
  'kpi.curve.steps': {
    en: 'actual {actual:number} is on the step from {from} (inclusive) to {to} (exclusive) → score {score}',
    'zh-CN': '实际值 {actual:number} 位于 {from}（含）至 {to}（不含）的台阶 → 得分 {score}',
  },
  'kpi.curve.steps.last': {
    en: 'actual {actual:number} reaches the last step, from {from} → score {score}',
    'zh-CN': '实际值 {actual:number} 达到最后一级台阶（自 {from} 起）→ 得分 {score}',
  },
  'kpi.curve.steps.below': {
    en: 'actual {actual:number} is below the first step ({from}) → score {score}',
    'zh-CN': '实际值 {actual:number} 低于第一级台阶（{from}）→ 得分 {score}',
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
  'kpi.subperiods.sum': {
    en: 'sum of {count} sub-period values ({values}) = {value}',
    'zh-CN': '{count} 个子期间数值（{values}）求和 = {value}',
  },
  'kpi.subperiods.average': {
    en: 'average of {count} sub-period values ({values}) = {value}',
    'zh-CN': '{count} 个子期间数值（{values}）的平均值 = {value}',
  },
  'kpi.subperiods.last': {
    en: 'the last of {count} sub-periods ({period}) gives {value}',
    'zh-CN': '取 {count} 个子期间中最后一个（{period}）的数值 {value}',
  },
  'kpi.subperiods.weighted-by-days': {
    en: 'weighted by calendar days: ({terms}) ÷ {days} days = {value}',
    'zh-CN': '按自然日加权：（{terms}）÷ {days} 天 = {value}',
  },
  'kpi.section.weighted-average': {
    en: 'section {section}: weighted average of {kpis} KPIs = {score}',
    'zh-CN': '分组 {section}：{kpis} 项指标加权平均 = {score}',
  },
  'kpi.section.weighted-sum': {
    en: 'section {section}: weighted sum of {kpis} KPIs = {score}',
    'zh-CN': '分组 {section}：{kpis} 项指标加权求和 = {score}',
  },
  'kpi.section.gate': {
    en: 'gate: KPI {kpi} scored below {below}, so section {target} is capped at {capAt} (was {score})',
    'zh-CN': '门槛：指标 {kpi} 得分低于 {below}，分组 {target} 封顶为 {capAt}（原为 {score}）',
  },
  'kpi.section.contribution': {
    en: 'section {section}: score {score} × weight {weight}% = {contribution}',
    'zh-CN': '分组 {section}：得分 {score} × 权重 {weight}% = {contribution}',
  },
  'kpi.section.total.weighted-average': {
    en: 'weighted average of {sections} sections: Σ weight × score ÷ Σ weight = {score}',
    'zh-CN': '{sections} 个分组加权平均：Σ 权重 × 得分 ÷ Σ 权重 = {score}',
  },
  'kpi.section.total.weighted-sum': {
    en: 'weighted sum of {sections} sections: Σ weight ÷ 100 × score = {score}',
    'zh-CN': '{sections} 个分组加权求和：Σ 权重 ÷ 100 × 得分 = {score}',
  },
  'kpi.formula.rating': {
    en: 'rating {name} = {value}',
    'zh-CN': '评分 {name} = {value}',
  },
  'kpi.formula.score.total': {
    en: 'the scorecard total = {value}',
    'zh-CN': '计分卡总分 = {value}',
  },
  'kpi.formula.score.kpi': {
    en: 'the score of KPI {id} = {value}',
    'zh-CN': '指标 {id} 的得分 = {value}',
  },
  'kpi.formula.score.section': {
    en: 'the score of section {id} = {value}',
    'zh-CN': '分组 {id} 的得分 = {value}',
  },
  'kpi.formula.avg': {
    en: 'average of {values} = {result}',
    'zh-CN': '{values} 的平均值 = {result}',
  },
  'kpi.formula.sum': {
    en: 'sum of {values} = {result}',
    'zh-CN': '{values} 之和 = {result}',
  },
  'kpi.formula.min': {
    en: 'lowest of {values} = {result}',
    'zh-CN': '{values} 中的最小值 = {result}',
  },
  'kpi.formula.max': {
    en: 'highest of {values} = {result}',
    'zh-CN': '{values} 中的最大值 = {result}',
  },
  'kpi.formula.weighted': {
    en: 'weighted average ({terms}) ÷ {weights} = {result}',
    'zh-CN': '加权平均（{terms}）÷ {weights} = {result}',
  },
  'kpi.formula.round': {
    en: '{value} rounded to {places} places ({mode}) = {result}',
    'zh-CN': '{value} 保留 {places} 位小数（{mode}）= {result}',
  },
  'kpi.formula.scale': {
    en: 'formula value {score} kept within the scale {min}–{max} → {kept}',
    'zh-CN': '公式结果 {score} 限定在量表 {min}–{max} 内 → {kept}',
  },
  'kpi.formula.result': {
    en: 'final rating by the formula: {score}',
    'zh-CN': '按公式得出的最终评分：{score}',
  },
  'kpi.scale.linear': {
    en: 'score {score} mapped from {min}–{max} onto {toMin}–{toMax}, rounded to {places} places ({mode}) → {mapped}',
    'zh-CN':
      '得分 {score} 由 {min}–{max} 映射到 {toMin}–{toMax}，保留 {places} 位小数（{mode}）→ {mapped}',
  },
  'kpi.scale.band': {
    en: 'score {score} lies in the rating band from {from} (inclusive) to {to} (exclusive) → rating {rating} {label}',
    'zh-CN': '得分 {score} 落在 {from}（含）至 {to}（不含）的评级档 → 评级 {rating} {label}',
  },
  'kpi.scale.band.upper': {
    en: 'score {score} lies in the rating band from {from} (exclusive) to {to} (inclusive) → rating {rating} {label}',
    'zh-CN': '得分 {score} 落在 {from}（不含）至 {to}（含）的评级档 → 评级 {rating} {label}',
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
    en: 'payout before rounding: {target:money:currency} × {percent}% = {exact:money:currency}',
    'zh-CN': '取整前奖金：{target:money:currency} × {percent}% = {exact:money:currency}',
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
  'kpi.target.split': {
    en: 'annual target {whole:money:currency} split into {parts} parts by weights totalling {totalWeight}',
    'zh-CN': '年度目标 {whole:money:currency} 按合计 {totalWeight} 的权重拆分为 {parts} 份',
  },
  'kpi.target.split.part': {
    en: 'part {part}: {whole:money:currency} × weight {weight} ÷ {totalWeight} = {amount:money:currency}',
    'zh-CN':
      '第 {part} 份：{whole:money:currency} × 权重 {weight} ÷ {totalWeight} = {amount:money:currency}',
  },
  'kpi.target.split.part.remainder': {
    en: 'part {part}: {whole:money:currency} × weight {weight} ÷ {totalWeight} = {floor:money:currency} rounded down, + {extra:money:currency} from the largest remainder = {amount:money:currency}',
    'zh-CN':
      '第 {part} 份：{whole:money:currency} × 权重 {weight} ÷ {totalWeight} 向下取整为 {floor:money:currency}，按最大余数法 + {extra:money:currency} = {amount:money:currency}',
  },
  'kpi.target.cascade': {
    en: 'team target {whole:money:currency} cascaded to {parts} members by shares totalling {totalWeight}',
    'zh-CN': '团队目标 {whole:money:currency} 按合计 {totalWeight} 的份额分解给 {parts} 名成员',
  },
  'kpi.target.cascade.part': {
    en: 'member {part}: {whole:money:currency} × share {weight} ÷ {totalWeight} = {amount:money:currency}',
    'zh-CN':
      '成员 {part}：{whole:money:currency} × 份额 {weight} ÷ {totalWeight} = {amount:money:currency}',
  },
  'kpi.target.cascade.part.remainder': {
    en: 'member {part}: {whole:money:currency} × share {weight} ÷ {totalWeight} = {floor:money:currency} rounded down, + {extra:money:currency} from the largest remainder = {amount:money:currency}',
    'zh-CN':
      '成员 {part}：{whole:money:currency} × 份额 {weight} ÷ {totalWeight} 向下取整为 {floor:money:currency}，按最大余数法 + {extra:money:currency} = {amount:money:currency}',
  },
  'kpi.target.prorate': {
    en: 'target {target:money:currency} × {coveredDays} days in post ({start} to {last}) ÷ {totalDays} days = {prorated:money:currency}',
    'zh-CN':
      '目标 {target:money:currency} × 在岗 {coveredDays} 天（{start} 至 {last}）÷ {totalDays} 天 = {prorated:money:currency}',
  },
  'kpi.target.prorate.none': {
    en: 'not in post during the period: target {target:money:currency} × 0 ÷ {totalDays} days = {prorated:money:currency}',
    'zh-CN':
      '期间内未在岗：目标 {target:money:currency} × 0 ÷ {totalDays} 天 = {prorated:money:currency}',
  },
  'kpi.calibration.bucket.within': {
    en: '{bucket}: {percent}% of {size} = {exact} → {min} to {max} people (guideline {count}); {proposed} proposed: within the range',
    'zh-CN':
      '{bucket}：{size} 人的 {percent}% = {exact} → {min} 至 {max} 人（建议 {count} 人）；提名 {proposed} 人：在范围内',
  },
  'kpi.calibration.bucket.over': {
    en: '{bucket}: {percent}% of {size} = {exact} → {min} to {max} people (guideline {count}); {proposed} proposed: over the maximum',
    'zh-CN':
      '{bucket}：{size} 人的 {percent}% = {exact} → {min} 至 {max} 人（建议 {count} 人）；提名 {proposed} 人：超过上限',
  },
  'kpi.calibration.bucket.under': {
    en: '{bucket}: {percent}% of {size} = {exact} → {min} to {max} people (guideline {count}); {proposed} proposed: under the minimum',
    'zh-CN':
      '{bucket}：{size} 人的 {percent}% = {exact} → {min} 至 {max} 人（建议 {count} 人）；提名 {proposed} 人：低于下限',
  },
  'kpi.calibration.outside': {
    en: '{id} falls outside {bucket}',
    'zh-CN': '{id} 超出 {bucket} 档的名额',
  },
  'kpi.calibration.rank': {
    en: '{id}: score {score}, {higher} scores higher, {tied} tied → rank {rank}',
    'zh-CN': '{id}：得分 {score}，高于其者 {higher} 人，并列 {tied} 人 → 排名 {rank}',
  },
  'kpi.calibration.percentile': {
    en: '{id}: ({below} below + {equal} equal ÷ 2) ÷ {n} × 100 = percentile rank {percentile}',
    'zh-CN': '{id}：（低于 {below} 人 + 相同 {equal} 人 ÷ 2）÷ {n} × 100 = 百分位 {percentile}',
  },
  'kpi.calibration.z.population': {
    en: '{id}: (score {score} − mean {mean}) ÷ σ {sigma} (population, ÷ n, n = {n}) = z {z}',
    'zh-CN': '{id}：（得分 {score} − 均值 {mean}）÷ 总体标准差 {sigma}（÷ n，n = {n}）= z {z}',
  },
  'kpi.calibration.z.sample': {
    en: '{id}: (score {score} − mean {mean}) ÷ σ {sigma} (sample, ÷ n − 1, n = {n}) = z {z}',
    'zh-CN': '{id}：（得分 {score} − 均值 {mean}）÷ 样本标准差 {sigma}（÷ n − 1，n = {n}）= z {z}',
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
