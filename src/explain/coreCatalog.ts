import { type CatalogEntries, defineCatalog, type MessageCatalog } from './defineCatalog';

type Entry = { en: string; 'zh-CN': string };

/** Leaf comparisons: the operator in words, as `[code suffix, en, zh-CN]`. */
const COMPARISONS: ReadonlyArray<readonly [string, string, string]> = [
  ['eq', '{fact} = {expected}', '{fact} 等于 {expected}'],
  ['ne', '{fact} ≠ {expected}', '{fact} 不等于 {expected}'],
  ['lt', '{fact} < {expected}', '{fact} 小于 {expected}'],
  ['lte', '{fact} ≤ {expected}', '{fact} 小于或等于 {expected}'],
  ['gt', '{fact} > {expected}', '{fact} 大于 {expected}'],
  ['gte', '{fact} ≥ {expected}', '{fact} 大于或等于 {expected}'],
  ['in', '{fact} in {expected}', '{fact} 属于 {expected}'],
  [
    'between',
    '{fact} between {low} and {high} inclusive',
    '{fact} 介于 {low} 与 {high} 之间（含两端）',
  ],
  ['exists', '{fact} has a value', '{fact} 有值'],
  ['absent', '{fact} has no value', '{fact} 无值'],
];

/** Rounding modes in words, as `[mode, en, zh-CN]`. */
const ROUNDING: ReadonlyArray<readonly [string, string, string]> = [
  ['half-up', 'half-up (halves away from zero)', '四舍五入'],
  ['half-even', "half-even (banker's rounding)", '银行家舍入（四舍六入五成双）'],
  ['half-down', 'half-down (halves toward zero)', '五舍六入'],
  ['down', 'down (toward zero)', '向零截断（去尾法）'],
  ['up', 'up (away from zero)', '远离零进位（进一法）'],
  ['ceiling', 'ceiling (toward +∞)', '向正无穷取整（向上取整）'],
  ['floor', 'floor (toward −∞)', '向负无穷取整（向下取整）'],
];

function leafEntries(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [op, en, zh] of COMPARISONS) {
    entries[`rules.leaf.${op}`] = {
      en: `${en} {outcome:check} (was {actual})`,
      'zh-CN': `${zh} {outcome:check}（实际为 {actual}）`,
    };
    entries[`rules.leaf.${op}.missing`] =
      op === 'absent'
        ? { en: `${en} {outcome:check}`, 'zh-CN': `${zh} {outcome:check}` }
        : { en: `${en} {outcome:check} (no value)`, 'zh-CN': `${zh} {outcome:check}（无值）` };
  }
  return entries;
}

function roundingEntries(): Record<string, Entry> {
  const entries: Record<string, Entry> = {};
  for (const [mode, en, zh] of ROUNDING)
    entries[`money.round.${mode}`] = {
      en: `rounded {amount:money:currency} ${en} to {scale} decimals: {result:money:currency}`,
      'zh-CN': `{amount:money:currency} 按${zh}保留 {scale} 位小数，得 {result:money:currency}`,
    };
  return entries;
}

const ENTRIES: CatalogEntries = /* @__PURE__ */ (() => ({
  'rules.all': {
    en: 'all of the following {outcome:check} ({met} of {total} met)',
    'zh-CN': '以下条件全部满足 {outcome:check}（{total} 项中满足 {met} 项）',
  },
  'rules.any': {
    en: 'any of the following {outcome:check} ({met} of {total} met)',
    'zh-CN': '以下条件至少满足一项 {outcome:check}（{total} 项中满足 {met} 项）',
  },
  'rules.not': {
    en: 'not the following {outcome:check}',
    'zh-CN': '以下条件不成立 {outcome:check}',
  },
  ...leafEntries(),
  'money.fx.convert': {
    en: 'converted {amount:money:currency} to {result:money:resultCurrency} at {rate} on {date} ({source})',
    'zh-CN':
      '按 {date} 的汇率 {rate}（来源：{source}）将 {amount:money:currency} 折算为 {result:money:resultCurrency}',
  },
  'money.fx.convert.inverse': {
    en: 'converted {amount:money:currency} to {result:money:resultCurrency} at 1 ÷ {inverse} (the {resultCurrency}/{currency} rate) on {date} ({source})',
    'zh-CN':
      '按 {date} 的 {resultCurrency}/{currency} 汇率 {inverse} 的倒数（来源：{source}）将 {amount:money:currency} 折算为 {result:money:resultCurrency}',
  },
  'money.fx.convert.average': {
    en: 'converted {amount:money:currency} to {result:money:resultCurrency} at {rate}, the average of {observations} rates from {start} to before {end} ({source})',
    'zh-CN':
      '按 {start} 至 {end}（不含）期间 {observations} 个汇率的平均值 {rate}（来源：{source}）将 {amount:money:currency} 折算为 {result:money:resultCurrency}',
  },
  'money.fx.inverse': {
    en: 'the {base}/{quote} rate {rate} is 1 ÷ the {quote}/{base} rate {inverse}',
    'zh-CN': '{base}/{quote} 汇率 {rate} 为 {quote}/{base} 汇率 {inverse} 的倒数',
  },
  'money.fx.cross': {
    en: 'the {base}/{quote} rate {rate} is crossed through {via}',
    'zh-CN': '{base}/{quote} 汇率 {rate} 经由 {via} 套算得出',
  },
  ...roundingEntries(),
}))();

/**
 * The library's own messages in English and Simplified Chinese: the condition trace of the
 * `rules` module (`rules.all`, `rules.any`, `rules.not`, `rules.leaf.<operator>` and
 * `rules.leaf.<operator>.missing`, where `exists: false` is `absent`), currency conversion
 * (`money.fx.convert`, `money.fx.convert.average`, `money.fx.inverse`, `money.fx.cross`) and
 * rounding by each named mode (`money.round.half-up` … `money.round.floor`). Merge an area's
 * catalog into it with {@link mergeCatalogs}.
 *
 * Money params are a decimal `amount`/`result` with a `currency`/`resultCurrency`; a `rate` is a
 * decimal string; dates are `YYYY-MM-DD`; a `source` of `null` shows as `—`.
 *
 * @example
 * ```ts
 * renderStep(
 *   { code: 'money.round.half-up', params: { amount: '2.345', currency: 'USD', result: '2.35', scale: 2 } },
 *   { locale: 'zh-CN', catalog: coreCatalog },
 * );
 * //=> '2.345 USD 按四舍五入保留 2 位小数，得 2.35 USD'
 * ```
 */
export const coreCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog(ENTRIES);
