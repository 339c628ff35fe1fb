import { type CatalogEntries, defineCatalog, type MessageCatalog } from '../explain';

type Entry = { en: string; 'zh-CN': string };

/** Built-in grades as `[id, en, zh-CN]`. */
const GRADES: ReadonlyArray<readonly [string, string, string]> = [
  ['key', 'key customer', '重点客户'],
  ['ordinary', 'ordinary customer', '普通客户'],
  ['potential', 'potential customer', '潜在客户'],
  ['new', 'new customer', '新客户'],
  ['dormant', 'dormant customer', '休眠客户'],
  ['lost', 'lost customer', '流失客户'],
];

/** Built-in segments as `[id, en, zh-CN]`. */
const SEGMENTS: ReadonlyArray<readonly [string, string, string]> = [
  ['champions', 'Champions', '冠军客户'],
  ['loyal', 'Loyal', '忠诚客户'],
  ['potential-loyalists', 'Potential loyalists', '潜在忠诚客户'],
  ['new', 'New customers', '新客户'],
  ['promising', 'Promising', '有潜力客户'],
  ['need-attention', 'Need attention', '需要关注客户'],
  ['about-to-sleep', 'About to sleep', '即将休眠客户'],
  ['at-risk', 'At risk', '流失风险客户'],
  ['cannot-lose', "Can't lose them", '不能失去的客户'],
  ['hibernating', 'Hibernating', '沉睡客户'],
  ['other', 'Other', '其他客户'],
];

const UNITS: ReadonlyArray<readonly [string, string, string]> = [
  ['days', 'days', '天'],
  ['weeks', 'weeks', '周'],
  ['iso-weeks', 'calendar weeks', '自然周'],
  ['calendar-months', 'calendar months', '自然月'],
];

function named(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [id, en, zh] of GRADES)
    entries[`grading.grade.${id}`] = { en: `grade: ${en}`, 'zh-CN': `等级：${zh}` };
  for (const [id, en, zh] of SEGMENTS)
    entries[`grading.segment.${id}`] = { en: `segment: ${en}`, 'zh-CN': `细分：${zh}` };
  for (const [unit, en, zh] of UNITS) {
    entries[`grading.rfm.recency.quantile.${unit}`] = {
      en: `recency: last purchase {value} ${en} before the end, more recent than {worse} of {count} customers → score {score} of {bins}`,
      'zh-CN': `最近购买：距观察期末 {value} ${zh}，比 {count} 位客户中的 {worse} 位更近 → 得分 {score}（满分 {bins}）`,
    };
    entries[`grading.rfm.recency.thresholds.${unit}`] = {
      en: `recency: last purchase {value} ${en} before the end; thresholds {thresholds} ${en} → score {score}`,
      'zh-CN': `最近购买：距观察期末 {value} ${zh}；阈值 {thresholds} ${zh} → 得分 {score}`,
    };
  }
  return entries;
}

const ENTRIES: CatalogEntries = /* @__PURE__ */ (() => ({
  ...named(),
  'grading.grade.custom': { en: 'grade: {grade}', 'zh-CN': '等级：{grade}' },
  'grading.segment.custom': { en: 'segment: {segment}', 'zh-CN': '细分：{segment}' },
  'grading.segment.rule': {
    en: 'segment rule {rule} of {rules} holds',
    'zh-CN': '命中细分规则第 {rule} 条（共 {rules} 条）',
  },
  'grading.segment.default': {
    en: 'none of the {rules} segment rules holds; the default segment applies',
    'zh-CN': '{rules} 条细分规则均未命中，采用默认细分',
  },
  'grading.rfm.code': {
    en: 'RFM score {code} (R {r}, F {f}, M {m})',
    'zh-CN': 'RFM 评分 {code}（R {r}，F {f}，M {m}）',
  },
  'grading.rfm.frequency.quantile': {
    en: 'frequency: {value} purchases, more than {worse} of {count} customers → score {score} of {bins}',
    'zh-CN':
      '购买频次：{value} 次，多于 {count} 位客户中的 {worse} 位 → 得分 {score}（满分 {bins}）',
  },
  'grading.rfm.frequency.thresholds': {
    en: 'frequency: {value} purchases; thresholds {thresholds} → score {score}',
    'zh-CN': '购买频次：{value} 次；阈值 {thresholds} → 得分 {score}',
  },
  'grading.rfm.monetary.quantile': {
    en: 'monetary: {value:money:currency}, more than {worse} of {count} customers → score {score} of {bins}',
    'zh-CN':
      '购买金额：{value:money:currency}，高于 {count} 位客户中的 {worse} 位 → 得分 {score}（满分 {bins}）',
  },
  'grading.rfm.monetary.thresholds': {
    en: 'monetary: {value:money:currency}; thresholds {thresholds} → score {score}',
    'zh-CN': '购买金额：{value:money:currency}；阈值 {thresholds} → 得分 {score}',
  },
  'grading.abc.class': {
    en: 'class {class}: rank {rank} with {value:money:currency}; the customers ranked above hold {before:percent} of the value, below the {cutoff:percent} cut-off (with this one {after:percent})',
    'zh-CN':
      '{class} 类：价值排名第 {rank}（{value:money:currency}）；排名在前的客户占总价值 {before:percent}，低于 {cutoff:percent} 的分界（含本客户 {after:percent}）',
  },
  'grading.abc.crossing': {
    en: 'class {class}: rank {rank} with {value:money:currency} takes the cumulative share from {before:percent} to {after:percent}, across the {cutoff:percent} cut-off; the customer that crosses a cut-off stays in the upper class',
    'zh-CN':
      '{class} 类：价值排名第 {rank}（{value:money:currency}），累计占比由 {before:percent} 升至 {after:percent}，跨过 {cutoff:percent} 的分界；跨越分界的客户留在较高一类',
  },
  'grading.abc.no-value': {
    en: 'class {class}: rank {rank} with {value:money:currency}, no positive value, so the last class',
    'zh-CN': '{class} 类：价值排名第 {rank}（{value:money:currency}），无正价值，归入最后一类',
  },
  'grading.points.total': { en: 'score: {score} points', 'zh-CN': '得分：{score} 分' },
  'grading.points.band': {
    en: 'score {score} points reaches the band from {min} points',
    'zh-CN': '得分 {score} 分，达到 {min} 分及以上的档位',
  },
  'grading.points.below': {
    en: 'score {score} points is below the lowest band ({lowest} points)',
    'zh-CN': '得分 {score} 分，低于最低档位（{lowest} 分）',
  },
  'grading.points.rule': {
    en: 'point rule {rule} holds: {points} points',
    'zh-CN': '积分规则第 {rule} 条成立：{points} 分',
  },
  'grading.points.rule.named': {
    en: 'point rule {rule} ({name}) holds: {points} points',
    'zh-CN': '积分规则第 {rule} 条（{name}）成立：{points} 分',
  },
  'grading.points.cap.group': {
    en: 'group {group}: {raw} points, limited to {capped}',
    'zh-CN': '{group} 组：{raw} 分，按上下限调整为 {capped} 分',
  },
  'grading.points.cap.total': {
    en: 'total: {raw} points, limited to {capped}',
    'zh-CN': '总分：{raw} 分，按上下限调整为 {capped} 分',
  },
  'grading.policy.rule': {
    en: 'grading rule {rule} holds → {grade}',
    'zh-CN': '命中评级规则第 {rule} 条 → {grade}',
  },
  'grading.policy.rule.named': {
    en: 'grading rule {rule} ({name}) holds → {grade}',
    'zh-CN': '命中评级规则第 {rule} 条（{name}）→ {grade}',
  },
  'grading.policy.default': {
    en: 'none of the {rules} grading rules holds → default grade {grade}',
    'zh-CN': '{rules} 条评级规则均未命中 → 默认等级 {grade}',
  },
  'grading.policy.hold.demotion': {
    en: 'kept {held}: the rules give {computed}, but for {periods} of the {needed} consecutive periods a demotion needs',
    'zh-CN':
      '维持 {held}：规则评为 {computed}，但仅连续 {periods} 个周期，降级需连续 {needed} 个周期',
  },
  'grading.policy.hold.promotion': {
    en: 'kept {held}: the rules give {computed}, but for {periods} of the {needed} consecutive periods a promotion needs',
    'zh-CN':
      '维持 {held}：规则评为 {computed}，但仅连续 {periods} 个周期，升级需连续 {needed} 个周期',
  },
  'grading.policy.demoted': {
    en: 'demoted from {from} to {to}: a lower grade for {periods} consecutive periods',
    'zh-CN': '由 {from} 降为 {to}：连续 {periods} 个周期评级较低',
  },
  'grading.policy.promoted': {
    en: 'promoted from {from} to {to}: a higher grade for {periods} consecutive periods',
    'zh-CN': '由 {from} 升为 {to}：连续 {periods} 个周期评级较高',
  },
  'grading.policy.previous-unknown': {
    en: 'the previous grade {previous} is not in this policy; no hysteresis applies',
    'zh-CN': '上期等级 {previous} 不在本评级政策中，不适用缓冲规则',
  },
  'grading.movement.up': { en: 'moved up from {from} to {to}', 'zh-CN': '由 {from} 升至 {to}' },
  'grading.movement.down': { en: 'moved down from {from} to {to}', 'zh-CN': '由 {from} 降至 {to}' },
  'grading.movement.same': { en: 'stayed at {to}', 'zh-CN': '保持 {to}' },
  'grading.movement.changed': { en: 'changed from {from} to {to}', 'zh-CN': '由 {from} 变为 {to}' },
  'grading.movement.new': { en: 'newly graded {to}', 'zh-CN': '新评为 {to}' },
  'grading.movement.gone': {
    en: 'no longer graded (was {from})',
    'zh-CN': '本期未评级（上期为 {from}）',
  },
}))();

/**
 * Every trace code the grading functions emit (RFM scores, segments, ABC classes, point rules,
 * grade policies, movements); {@link gradingCatalog} has a message for each.
 *
 * @example
 * ```ts
 * GRADING_TRACE_CODES.includes('grading.grade.key');
 * //=> true
 * ```
 */
export const GRADING_TRACE_CODES: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(Object.keys(ENTRIES).sort()))();

/**
 * The messages of customer grading in English and natural Simplified Chinese: grade names
 * (`grading.grade.key` 重点客户, `ordinary` 普通客户, `potential` 潜在客户, `new` 新客户,
 * `dormant` 休眠客户, `lost` 流失客户, `custom`), segment names and rules (`grading.segment.*`),
 * RFM scores (`grading.rfm.*`), ABC classes (`grading.abc.*`), point rules
 * (`grading.points.*`), grade policy decisions and hysteresis (`grading.policy.*`) and
 * movements (`grading.movement.*`). Conditions inside a trace use the core `rules.*` codes:
 * merge with `coreCatalog` (and `lifetimeCatalog` for CLV traces) to render everything.
 *
 * @example
 * ```ts
 * renderStep({ code: 'grading.grade.key', params: {} }, { locale: 'zh-CN', catalog: gradingCatalog });
 * //=> '等级：重点客户'
 * ```
 */
export const gradingCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog(ENTRIES);
