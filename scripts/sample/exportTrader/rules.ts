/**
 * The export trader's rules, as its CRM would store them as JSON: the grade policy, the account
 * managers' scorecard, the commission plan (with its KPI-linked bonus) and who is on it, and the
 * risk policy with its country groups. Written to `examples/data/export-trader/rules/` by
 * `npm run sample:generate`; `closeBooks` (`crm-rules/workflows`) closes a period with them.
 */

/** Key, ordinary, potential, dormant — by amount, tenure and recency, in CNY. */
export const GRADE_POLICY = {
  id: 'haitong-grades-2026',
  effectiveFrom: '2026-01-01',
  grades: [
    { id: 'key', label: { en: 'key', 'zh-CN': '重点客户' } },
    { id: 'ordinary', label: { en: 'ordinary', 'zh-CN': '普通客户' } },
    { id: 'potential', label: { en: 'potential', 'zh-CN': '潜力客户' } },
    { id: 'dormant', label: { en: 'dormant', 'zh-CN': '休眠客户' } },
  ],
  rules: [
    {
      id: 'dormant',
      label: { en: 'no order for 180 days', 'zh-CN': '180 天无订单' },
      grade: 'dormant',
      when: { fact: 'recencyDays', operator: 'gt', value: 180 },
    },
    {
      id: 'key',
      label: { en: 'large and loyal', 'zh-CN': '金额大且合作久' },
      grade: 'key',
      when: {
        all: [
          { fact: 'amount', operator: 'gte', value: { amount: '1500000', currency: 'CNY' } },
          { fact: 'tenureYears', operator: 'gte', value: 1 },
        ],
      },
    },
    {
      id: 'potential',
      label: { en: 'new or small', 'zh-CN': '新客户或采购少' },
      grade: 'potential',
      when: {
        any: [
          { fact: 'tenureYears', operator: 'lt', value: 1 },
          { fact: 'purchases', operator: 'lt', value: 2 },
        ],
      },
    },
  ],
  default: 'ordinary',
};

const linear = (points: Array<[string, string]>) => ({
  kind: 'linear',
  points: points.map(([x, y]) => ({ x, y })),
});

/** The account managers' quarterly scorecard, 0–120. */
export const SCORECARD = {
  id: 'am-scorecard',
  name: 'Account manager scorecard',
  effectiveFrom: '2026-01-01',
  scale: { min: '0', max: '120' },
  combine: 'weighted-sum',
  kpis: [
    {
      id: 'target',
      metric: 'target_completion',
      weight: '40',
      curve: linear([
        ['50', '0'],
        ['100', '100'],
        ['120', '120'],
      ]),
    },
    {
      id: 'collection',
      metric: 'collection_rate',
      weight: '20',
      curve: linear([
        ['60', '0'],
        ['100', '100'],
      ]),
    },
    {
      id: 'on-time',
      metric: 'on_time_delivery_rate',
      weight: '15',
      curve: linear([
        ['70', '0'],
        ['100', '100'],
      ]),
    },
    {
      id: 'csat',
      metric: 'csat',
      weight: '10',
      curve: linear([
        ['40', '0'],
        ['90', '100'],
      ]),
    },
    {
      id: 'training',
      metric: 'training_completion',
      weight: '5',
      curve: linear([
        ['0', '0'],
        ['100', '100'],
      ]),
    },
    {
      id: 'teamwork',
      metric: 'manual',
      weight: '10',
      curve: linear([
        ['1', '0'],
        ['5', '100'],
      ]),
    },
  ],
};

/**
 * Quarterly commission in CNY on invoiced sales (the sample's invoices carry totals, not lines): 1 %
 * of every invoice, a marginal volume bonus over 3 and 6 million a quarter, and a bonus on the
 * scorecard total.
 */
export const COMMISSION_PLAN = {
  id: 'haitong-am',
  version: 1,
  name: 'Export account managers 2026',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  periodGrain: 'quarter',
  fx: { policy: 'document-date' },
  crediting: { base: 'invoiced' },
  components: [
    {
      id: 'sales',
      name: 'Sales commission',
      label: { en: 'sales commission', 'zh-CN': '销售提成' },
      calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.01' } },
    },
    {
      id: 'volume',
      name: 'Volume bonus',
      label: { en: 'volume bonus', 'zh-CN': '销量奖金' },
      calculation: {
        kind: 'tiers',
        mode: 'marginal',
        measure: 'period-to-date',
        tiers: [
          { from: '0', to: '3000000', rate: '0' },
          { from: '3000000', to: '6000000', rate: '0.005' },
          { from: '6000000', to: null, rate: '0.01' },
        ],
      },
    },
  ],
  kpiBonuses: [
    {
      id: 'scorecard-bonus',
      name: 'Scorecard bonus',
      kpi: 'am-scorecard',
      targetBonus: { amount: '20000', currency: 'CNY' },
      curve: [
        { score: '60', payoutPercent: '0' },
        { score: '100', payoutPercent: '100' },
        { score: '120', payoutPercent: '150' },
      ],
      missingScore: 'zero',
    },
  ],
};

/** Every account manager on the plan from the day they joined (or the plan's start). */
export function commissionAssignments(
  managers: ReadonlyArray<{ id: string; hireDate: string; leaveDate?: string | undefined }>,
): Array<Record<string, string>> {
  return managers.map((m) => ({
    payeeId: m.id,
    planId: COMMISSION_PLAN.id,
    effectiveFrom:
      m.hireDate > COMMISSION_PLAN.effectiveFrom ? m.hireDate : COMMISSION_PLAN.effectiveFrom,
    ...(m.leaveDate === undefined ? {} : { effectiveTo: m.leaveDate }),
  }));
}

/** Countries the risk policy treats as riskier (wider margins of caution). */
export const COUNTRY_GROUPS = [{ id: 'higher-risk', countries: ['AR', 'EC', 'PA', 'PE', 'VN'] }];

/** Credit, receivables, concentration, pricing, contracts, churn and screening. */
export const RISK_POLICY = {
  effectiveFrom: '2026-01-01',
  checks: {
    credit: {
      warnAtPercent: '80',
      blockAtPercent: '100',
      defaultLimit: { amount: '100000', currency: 'CNY' },
    },
    aging: { warnAfterDays: 30, blockAfterDays: 90 },
    concentration: { topN: 5, topShareWarnPercent: '40', hhiWarn: '1500', hhiBlock: '2500' },
    pricing: {
      discount: { freePercent: '15', approvals: [{ upToPercent: '20', approver: 'team lead' }] },
    },
    churn: { keyGrades: ['key'], dormantDays: 90 },
    screening: { threshold: '0.85', blockAt: '0.97' },
    contract: { baseCurrency: 'CNY' },
  },
  byCountryGroup: { 'higher-risk': { credit: { warnAtPercent: '60', blockAtPercent: '80' } } },
  byGrade: { key: { aging: { warnAfterDays: 45 } } },
};
