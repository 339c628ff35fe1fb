import type { TierMeasure, TierMode } from '../../model/TierTable';

/** Internal: one message, in en and zh-CN. */
export type Entry = { en: string; 'zh-CN': string };

const DOCUMENTS: ReadonlyArray<readonly [string, string, string]> = [
  ['order', 'order', '订单'],
  ['invoice', 'invoice', '发票'],
  ['payment', 'payment', '回款'],
  ['credit-note', 'credit note', '贷项通知单'],
  ['refund', 'credit note (paid back)', '贷项通知单（退回已收款）'],
];

const CREDITS: ReadonlyArray<readonly [string, string, string]> = [
  [
    'owner',
    '{amount:money:currency} credited to the owner ({share}%)',
    '{amount:money:currency} 全额计入负责人业绩（{share}%）',
  ],
  [
    'split',
    '{amount:money:currency} credited by the split ({share}% of the line)',
    '按业绩分成计入 {amount:money:currency}（该行的 {share}%）',
  ],
  [
    'full',
    '{amount:money:currency} full credit by the split ({share}% of the line, as its sole owner would have it)',
    '按全额分成计入 {amount:money:currency}（该行的 {share}%，与独立负责人相同）',
  ],
  [
    'roll-up',
    '{amount:money:currency} rolled up from {from} ({share}%, level {level})',
    '由下属 {from} 的业绩向上汇总计入 {amount:money:currency}（{share}%，第 {level} 级）',
  ],
];

// Keyed by every tier mode and measure: a new one fails to compile until it has its labels.
const MODE_LABELS = {
  whole: ['whole (retroactive)', '全额累进'],
  marginal: ['marginal', '超额累进'],
  'interpolated-rate': ['rate interpolated', '费率线性插值'],
  'interpolated-amount': ['amount interpolated', '金额按比例插值'],
} as const satisfies Record<TierMode, readonly [string, string]>;
const MODES = Object.entries(MODE_LABELS).map(([mode, [en, zh]]) => [mode, en, zh] as const);

const MEASURE_LABELS = {
  line: ['the line alone', '单行金额'],
  'period-to-date': ['the period to date', '本期累计'],
  'plan-year-to-date': ['the plan year to date', '年度累计'],
  attainment: ['attainment of quota', '指标达成'],
} as const satisfies Record<TierMeasure, readonly [string, string]>;
const MEASURES = Object.entries(MEASURE_LABELS).map(([m, [en, zh]]) => [m, en, zh] as const);

const REASONS: ReadonlyArray<readonly [string, string, string]> = [
  ['return', 'return', '退货'],
  ['cancellation', 'cancellation', '取消'],
  ['price-adjustment', 'price adjustment', '价格调整'],
  ['quality-claim', 'quality claim', '质量索赔'],
  ['rebate', 'rebate', '返利'],
  ['other', 'credit', '其他贷项'],
];

const TIMINGS: ReadonlyArray<readonly [string, string, string]> = [
  ['on-collection', 'collected', '回款'],
  ['on-invoice', 'invoiced', '开票'],
];

const BASES: ReadonlyArray<readonly [string, string, string]> = [
  ['invoice', 'invoice', '发票'],
  ['order', 'order', '订单'],
];

/**
 * Internal: the commission messages made from tables (credits by document, tiers by mode and
 * measure, clawbacks by reason, deferrals and releases by timing and basis), in en and zh-CN.
 */
export function generatedEntries(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [kind, en, zh] of CREDITS)
    for (const [doc, docEn, docZh] of DOCUMENTS)
      entries[`commission.credit.${kind}.${doc}`] = {
        en: `${docEn} {id} line {line} ({date}): ${en}`,
        'zh-CN': `${docZh} {id} 第 {line} 行（{date}）：${zh}`,
      };
  for (const [mode, modeEn, modeZh] of MODES)
    for (const [measure, measureEn, measureZh] of MEASURES)
      entries[`commission.tier.${mode}.${measure}`] = {
        en: `{component}: ${modeEn} tiers on ${measureEn}, {before:money:currency} → {after:money:currency}`,
        'zh-CN': `{component}：按${measureZh}计${modeZh}阶梯，由 {before:money:currency} 增至 {after:money:currency}`,
      };
  for (const [reason, en, zh] of REASONS)
    entries[`commission.clawback.${reason}`] = {
      en: `${en} {id} ({date}) reverses {reversed:money:documentCurrency} of {original} ({lineAmount:money:documentCurrency}, paid {paid:money:currency}): {amount:money:currency} clawed back`,
      'zh-CN': `${zh} {id}（{date}）冲减 {original} 的 {reversed:money:documentCurrency}（原金额 {lineAmount:money:documentCurrency}，已付提成 {paid:money:currency}）：追回 {amount:money:currency}`,
    };
  for (const [timing, en, zh] of TIMINGS)
    for (const [basis, basisEn, basisZh] of BASES) {
      const common = `${basisEn} {id}: {earned:money:currency} earned, {progress}% ${en}, {payable:money:currency} payable to date, {released:money:currency} paid before`;
      const commonZh = `${basisZh} {id}：应得 {earned:money:currency}，${zh}进度 {progress}%，累计可付 {payable:money:currency}，此前已付 {released:money:currency}`;
      entries[`commission.deferral.${timing}.${basis}`] = {
        en: `${common}: {amount:money:currency} deferred`,
        'zh-CN': `${commonZh}：递延 {amount:money:currency}`,
      };
      entries[`commission.release.${timing}.${basis}`] = {
        en: `${common}: {amount:money:currency} released`,
        'zh-CN': `${commonZh}：本期释放 {amount:money:currency}`,
      };
    }
  return entries;
}
