import { type CatalogEntries, defineCatalog, type MessageCatalog } from '../../explain';

type Entry = { en: string; 'zh-CN': string };

/** Unit words as `[unit, en, zh-CN]`. */
const UNITS: ReadonlyArray<readonly [string, string, string]> = [
  ['days', 'days', '天'],
  ['weeks', 'weeks', '周'],
  ['months', 'months', '个月'],
];

function unitEntries(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [unit, en, zh] of UNITS) {
    entries[`grading.clv.history.${unit}`] = {
      en: `history: {frequency} repeat purchases, the last {recency} ${en} after the first; first purchase {T} ${en} before the end of observation`,
      'zh-CN': `购买记录：重复购买 {frequency} 次，最后一次在首次购买后 {recency} ${zh}；首次购买距观察期末 {T} ${zh}`,
    };
    entries[`grading.clv.expected-purchases.${unit}`] = {
      en: `expected purchases in the next {horizon} ${en}: {expected}`,
      'zh-CN': `未来 {horizon} ${zh}的预期购买次数：{expected}`,
    };
  }
  return entries;
}

const ENTRIES: CatalogEntries = /* @__PURE__ */ (() => ({
  'grading.clv.model.bg-nbd': {
    en: 'BG/NBD purchase model: r = {r}, α = {alpha}, a = {a}, b = {b}',
    'zh-CN': 'BG/NBD 购买模型：r = {r}，α = {alpha}，a = {a}，b = {b}',
  },
  'grading.clv.model.gamma-gamma': {
    en: 'Gamma-Gamma spend model: p = {p}, q = {q}, γ = {gamma}',
    'zh-CN': 'Gamma-Gamma 消费金额模型：p = {p}，q = {q}，γ = {gamma}',
  },
  ...unitEntries(),
  'grading.clv.palive': {
    en: 'probability the customer is still active: {probability:percent}',
    'zh-CN': '客户仍然活跃的概率：{probability:percent}',
  },
  'grading.clv.expected-spend': {
    en: 'expected spend per purchase {amount:money:currency}, from an observed average of {observed:money:currency} over {frequency} repeat purchases',
    'zh-CN':
      '预期每次消费 {amount:money:currency}，依据 {frequency} 次重复购买的实际平均消费 {observed:money:currency}',
  },
  'grading.clv.expected-spend.population': {
    en: 'expected spend per purchase {amount:money:currency}, the average of all customers (no repeat purchase yet)',
    'zh-CN': '预期每次消费 {amount:money:currency}，取全体客户的平均值（尚无重复购买）',
  },
  'grading.clv.expected-spend.known': {
    en: 'expected spend per purchase {amount:money:currency}, as given for this customer',
    'zh-CN': '预期每次消费 {amount:money:currency}（该客户的已知消费额）',
  },
  'grading.clv.month': {
    en: 'month {month}: {purchases} expected purchases × {spend:money:currency}, discounted at {rate:percent} a month: {amount:money:currency}',
    'zh-CN':
      '第 {month} 个月：预期购买 {purchases} 次 × {spend:money:currency}，按月贴现率 {rate:percent} 折现：{amount:money:currency}',
  },
  'grading.clv.total': {
    en: 'lifetime value over {months} months at a {rate:percent} monthly discount rate: {amount:money:currency}',
    'zh-CN': '{months} 个月的客户终身价值（月贴现率 {rate:percent}）：{amount:money:currency}',
  },
  'grading.clv.round.increment': {
    en: 'rounded {amount:money:currency} to a multiple of {increment}: {result:money:currency}',
    'zh-CN': '{amount:money:currency} 按 {increment} 的整数倍取整，得 {result:money:currency}',
  },
}))();

/**
 * The messages of the lifetime-value trace in English and Simplified Chinese: the models used
 * (`grading.clv.model.bg-nbd`, `grading.clv.model.gamma-gamma`), the customer's history and the
 * purchase forecast per unit (`grading.clv.history.<unit>`,
 * `grading.clv.expected-purchases.<unit>` for days, weeks, months), P(alive)
 * (`grading.clv.palive`), expected spend (`grading.clv.expected-spend`,
 * `grading.clv.expected-spend.population`, `grading.clv.expected-spend.known`), each discounted month (`grading.clv.month`), the total
 * (`grading.clv.total`) and cash rounding (`grading.clv.round.increment`; rounding to decimals
 * uses the core `money.round.<mode>`). Merge it with `coreCatalog` to render a CLV trace.
 *
 * @example
 * ```ts
 * renderStep(
 *   { code: 'grading.clv.palive', params: { probability: '0.7266' } },
 *   { locale: 'zh-CN', catalog: lifetimeCatalog },
 * );
 * //=> '客户仍然活跃的概率：72.66%'
 * ```
 */
export const lifetimeCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog(ENTRIES);
