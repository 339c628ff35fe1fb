import type { CatalogEntries } from '../../../explain';
import type { ContractClause } from '../../../model';

/** Each contract clause in words, as `[en, zh-CN]`: the missing-clause messages name it. */
const CLAUSE_WORDS = {
  currency: ['currency', '货币'],
  ip: ['intellectual property', '知识产权'],
  'force-majeure': ['force majeure', '不可抗力'],
  'retention-of-title': ['retention of title', '所有权保留'],
} as const satisfies Record<ContractClause, readonly [string, string]>;

/** `contract.clause.missing.<clause>`: one message per clause, naming it in each locale. */
function clauseEntries(): {
  [C in ContractClause as `contract.clause.missing.${C}`]: { en: string; 'zh-CN': string };
} {
  const entries: Record<string, { en: string; 'zh-CN': string }> = {};
  for (const [clause, [en, zh]] of Object.entries(CLAUSE_WORDS))
    entries[`contract.clause.missing.${clause}`] = {
      en: `the contract has no ${en} clause, which the policy requires`,
      'zh-CN': `合同缺少政策要求的${zh}条款`,
    };
  return entries as ReturnType<typeof clauseEntries>;
}

/**
 * Internal: the messages of the document checks' findings (payment terms, pricing, contracts,
 * FX, churn) in `en` and `zh-CN`, by finding code. Each template reads only the finding's
 * evidence keys. `riskCatalog` is built from it.
 */
export const documentChecksEntries = {
  'terms.method.too-risky': {
    en: 'payment method {method} is riskier than {riskiestMethod}, the riskiest rule {rule} allows',
    'zh-CN': '付款方式 {method} 的风险高于规则 {rule} 允许的最高风险方式 {riskiestMethod}',
  },
  'terms.days.too-long': {
    en: 'credit of {days} days exceeds the {maxCreditDays} days rule {rule} allows by {excess} days',
    'zh-CN': '信用期 {days} 天超过规则 {rule} 允许的 {maxCreditDays} 天，超出 {excess} 天',
  },
  'terms.insured-limit.exceeded': {
    en: 'exposure {exposure:money:currency} exceeds the insured limit {insuredLimit:money:currency}; {uncovered:money:currency} is uninsured',
    'zh-CN':
      '风险敞口 {exposure:money:currency} 超过信用保险限额 {insuredLimit:money:currency}，未投保部分 {uncovered:money:currency}',
  },
  'pricing.line-discount.approval': {
    en: 'line {lineId}: discount {discountPercent}% is above the free {freePercent}% and needs approval by {approver} (up to {upToPercent}%)',
    'zh-CN':
      '行 {lineId}：折扣 {discountPercent}% 超过免审 {freePercent}%，需 {approver} 审批（至多 {upToPercent}%）',
  },
  'pricing.line-discount.exceeded': {
    en: 'line {lineId}: discount {discountPercent}% is above {maxPercent}%, the most anyone may approve',
    'zh-CN': '行 {lineId}：折扣 {discountPercent}% 超过最高可审批的 {maxPercent}%',
  },
  'pricing.order-discount.approval': {
    en: 'order discount {discountPercent}% is above the free {freePercent}% and needs approval by {approver} (up to {upToPercent}%)',
    'zh-CN':
      '整单折扣 {discountPercent}% 超过免审 {freePercent}%，需 {approver} 审批（至多 {upToPercent}%）',
  },
  'pricing.order-discount.exceeded': {
    en: 'order discount {discountPercent}% is above {maxPercent}%, the most anyone may approve',
    'zh-CN': '整单折扣 {discountPercent}% 超过最高可审批的 {maxPercent}%',
  },
  'pricing.line-margin.approval': {
    en: 'line {lineId}: margin {marginPercent}% is below the floor {floorPercent}% and needs approval by {approver} (down to {downToPercent}%)',
    'zh-CN':
      '行 {lineId}：毛利率 {marginPercent}% 低于底线 {floorPercent}%，需 {approver} 审批（最低 {downToPercent}%）',
  },
  'pricing.line-margin.below-floor': {
    en: 'line {lineId}: margin {marginPercent}% is below {minPercent}%, the least anyone may approve',
    'zh-CN': '行 {lineId}：毛利率 {marginPercent}% 低于最低可审批的 {minPercent}%',
  },
  'pricing.line-margin.no-revenue': {
    en: 'line {lineId}: nothing is charged but the goods cost {cost}',
    'zh-CN': '行 {lineId}：未收取任何价款，但成本为 {cost}',
  },
  'pricing.order-margin.approval': {
    en: 'order margin {marginPercent}% is below the floor {floorPercent}% and needs approval by {approver} (down to {downToPercent}%)',
    'zh-CN':
      '整单毛利率 {marginPercent}% 低于底线 {floorPercent}%，需 {approver} 审批（最低 {downToPercent}%）',
  },
  'pricing.order-margin.below-floor': {
    en: 'order margin {marginPercent}% is below {minPercent}%, the least anyone may approve',
    'zh-CN': '整单毛利率 {marginPercent}% 低于最低可审批的 {minPercent}%',
  },
  'pricing.order-margin.no-revenue': {
    en: 'nothing is charged for the order but the goods cost {cost}',
    'zh-CN': '整单未收取任何价款，但成本为 {cost}',
  },
  'contract.incoterm.transport-mode': {
    en: '{incoterm} is an Incoterms 2020 rule for sea and inland waterway only, but the goods travel by {transportMode}',
    'zh-CN':
      '{incoterm} 是仅适用于海运和内河运输的 2020 年国际贸易术语，但运输方式为 {transportMode}',
  },
  'contract.transport-mode.unspecified': {
    en: '{incoterm} is an Incoterms 2020 rule for sea and inland waterway only, and the contract does not say how the goods travel',
    'zh-CN': '{incoterm} 是仅适用于海运和内河运输的 2020 年国际贸易术语，但合同未写明运输方式',
  },
  ...clauseEntries(),
  'contract.governing-law.not-allowed': {
    en: 'governing law {governingLaw} is not one the policy accepts ({allowed})',
    'zh-CN': '适用法律 {governingLaw} 不在政策接受的范围内（{allowed}）',
  },
  'contract.dispute.not-arbitration': {
    en: 'disputes go to a court in {seat}; the policy requires arbitration',
    'zh-CN': '争议提交 {seat} 法院解决，但政策要求仲裁',
  },
  'contract.arbitration.seat': {
    en: 'arbitration seat {seat} is not one the policy accepts ({allowed})',
    'zh-CN': '仲裁地 {seat} 不在政策接受的范围内（{allowed}）',
  },
  'contract.arbitration.language': {
    en: 'arbitration language {language} is not one the policy accepts ({allowed})',
    'zh-CN': '仲裁语言 {language} 不在政策接受的范围内（{allowed}）',
  },
  'contract.arbitration.arbitrators': {
    en: '{arbitrators} arbitrators: a tribunal has 1 or 3',
    'zh-CN': '仲裁员人数为 {arbitrators}：仲裁庭应由 1 名或 3 名仲裁员组成',
  },
  'contract.currency.not-allowed': {
    en: 'contract currency {currency} is not one the policy accepts ({allowed})',
    'zh-CN': '合同币种 {currency} 不在政策接受的范围内（{allowed}）',
  },
  'contract.currency-clause.missing': {
    en: 'the contract is in {currency}, not {baseCurrency}, and has no currency clause',
    'zh-CN': '合同以 {currency} 而非 {baseCurrency} 计价，却没有汇率条款',
  },
  'contract.ip-clause.missing-category': {
    en: 'the contract covers category {categoryId}, which needs an IP clause, and has none',
    'zh-CN': '合同涉及需要知识产权条款的品类 {categoryId}，但没有该条款',
  },
  'contract.ip-clause.missing-country': {
    en: 'the customer is in {country} (group {countryGroup}), which needs an IP clause, and the contract has none',
    'zh-CN': '客户位于 {country}（国家组 {countryGroup}），需要知识产权条款，但合同没有',
  },
  'fx.open-position.exceeded': {
    en: 'net open position {net:money:currency} = {baseValue:money:baseCurrency} exceeds the limit {limit:money:baseCurrency}',
    'zh-CN':
      '净敞口头寸 {net:money:currency} = {baseValue:money:baseCurrency}，超过限额 {limit:money:baseCurrency}',
  },
  'fx.shock-loss.exceeded': {
    en: 'a {shockPercent}% move of {currency} loses {loss:money:baseCurrency}, above the limit {limit:money:baseCurrency}',
    'zh-CN':
      '{currency} 变动 {shockPercent}% 将损失 {loss:money:baseCurrency}，超过限额 {limit:money:baseCurrency}',
  },
  'churn.dormant': {
    en: 'key customer (grade {grade}) has not ordered for {days} days since {lastOrderDate} (limit {dormantDays})',
    'zh-CN':
      '重点客户（等级 {grade}）自 {lastOrderDate} 起已 {days} 天未下单（上限 {dormantDays} 天）',
  },
  'churn.no-orders': {
    en: 'key customer (grade {grade}) has no order on record',
    'zh-CN': '重点客户（等级 {grade}）没有任何订单记录',
  },
  'churn.p-alive.low': {
    en: 'key customer (grade {grade}) is still active with probability {pAlive}, below {threshold}',
    'zh-CN': '重点客户（等级 {grade}）仍活跃的概率为 {pAlive}，低于 {threshold}',
  },
} as const satisfies CatalogEntries;

/** Internal: a finding code of the document checks. */
export type DocumentFindingCode = keyof typeof documentChecksEntries;
