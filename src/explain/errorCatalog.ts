import type { ErrorCode } from '../errors';
import { type CatalogEntries, defineCatalog, type MessageCatalog } from './defineCatalog';

/**
 * What each error code means, in Chinese. Keyed by every code: adding a code to `ERROR_CODES`
 * without its title fails the type check.
 */
const TITLES_ZH = {
  INVALID_INPUT: '输入无效',
  UNSAFE_KEY: '不安全的键名',
  LIMIT_EXCEEDED: '超出输入限制',
  INVALID_AMOUNT: '金额无效',
  UNKNOWN_CURRENCY: '未知币种',
  CURRENCY_MISMATCH: '币种不一致',
  DIVISION_BY_ZERO: '除数为零',
  INVALID_ALLOCATION: '分配比例无效',
  MISSING_FX_RATE: '缺少汇率',
  INVALID_DATE: '日期无效',
  INVALID_DATE_RANGE: '日期区间无效',
  INVALID_PERIOD: '期间无效',
  NO_VERSION_IN_FORCE: '没有生效的版本',
  OVERLAPPING_VERSIONS: '版本生效期重叠',
  INVALID_RULE: '规则无效',
  UNKNOWN_FACT: '未知的事实',
  FACT_TYPE_MISMATCH: '事实类型不符',
  UNSUPPORTED_CAPABILITY: '不支持的功能',
  CONFLICT: '数据冲突',
  STORAGE_ERROR: '存储出错',
  INVALID_TIERS: '阶梯设置无效',
  SPLIT_NOT_100: '分成比例合计不等于 100%',
  UNKNOWN_PAYEE: '未知的收款人',
  NO_RATE_MATCH: '没有匹配的费率',
  NEGATIVE_QUANTITY: '数量为负',
  PERIOD_CLOSED: '期间已结账',
  UNKNOWN_UNIT: '未知的单位',
  UNIT_MISMATCH: '时间单位不一致',
  INSUFFICIENT_DATA: '数据不足',
  FIT_NOT_CONVERGED: '拟合未收敛',
  WEIGHTS_NOT_100: '权重合计不等于 100',
  MISSING_CREDIT_LIMIT: '缺少信用额度',
  ABORTED: '已中止',
} as const satisfies Record<ErrorCode, string>;

/** The catalog code of an error code: `INVALID_AMOUNT` → `errors.invalid-amount`. */
export function errorMessageCode(code: ErrorCode): string {
  return `errors.${code.toLowerCase().replaceAll('_', '-')}`;
}

function entries(): CatalogEntries {
  const out: Record<string, { en: string; 'zh-CN': string }> = {
    'errors.where': { en: ' at {path}', 'zh-CN': '，位置 {path}' },
    'errors.got': { en: ' (got {value})', 'zh-CN': '（收到 {value}）' },
    'errors.more.one': {
      en: '{first} (and {count} more issue)',
      'zh-CN': '{first}（另有 {count} 个问题）',
    },
    'errors.more.other': {
      en: '{first} (and {count} more issues)',
      'zh-CN': '{first}（另有 {count} 个问题）',
    },
  };
  for (const [code, title] of Object.entries(TITLES_ZH))
    out[errorMessageCode(code as ErrorCode)] = {
      en: `${code}{where}: {detail}{got}`,
      'zh-CN': `${code}（${title}）{where}：{detail}{got}`,
    };
  return out;
}

/**
 * The messages of {@link CrmRulesError} in English and Simplified Chinese, used by
 * {@link formatError}: one entry per error code, `errors.<code in kebab case>` (`errors.invalid-amount`),
 * reading `{where}`, `{detail}` and `{got}`, and the parts `errors.where` (`{path}`), `errors.got`
 * (`{value}`) and `errors.more.one` / `errors.more.other` (`{first}`, `{count}`). The English
 * entries rebuild `error.message` exactly; the Chinese ones name the code in Chinese.
 *
 * @example
 * ```ts
 * renderStep(
 *   { code: 'errors.invalid-amount', params: { where: '', detail: 'not a decimal', got: '' } },
 *   { locale: 'zh-CN', catalog: errorCatalog },
 * );
 * //=> 'INVALID_AMOUNT（金额无效）：not a decimal'
 * ```
 */
export const errorCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog(
  /* @__PURE__ */ entries(),
);
