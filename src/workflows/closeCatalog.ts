import { defineCatalog, type MessageCatalog } from '../explain';

/**
 * Messages for a period close's report (`workflow.close.*`) in `en` and `zh-CN`: the headings
 * and summary lines a report of {@link closeBooks} prints. Merge it with `coreCatalog` and the
 * areas' catalogs (`mergeCatalogs`) to render a report with the areas' own explanations.
 *
 * @example
 * ```ts
 * renderStep(
 *   { code: 'workflow.close.stored', params: { created: 0, replaced: 0, unchanged: 1295 } },
 *   { locale: 'zh-CN', catalog: closeCatalog },
 * );
 * //=> '已保存结果：新增 0 条，替换 0 条，未变 1,295 条'
 * ```
 */
export const closeCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog({
  'workflow.close.title': {
    en: 'Period close {period} of {company} ({start} to {end}), amounts in {currency}',
    'zh-CN': '{company} {period} 期间结账（{start} 至 {end}），金额单位 {currency}',
  },
  'workflow.close.grades': {
    en: 'Customer grades ({customers:number} customers)',
    'zh-CN': '客户分级（共 {customers:number} 个客户）',
  },
  'workflow.close.grade-count': {
    en: '{grade}: {customers:number} customers',
    'zh-CN': '{grade}：{customers:number} 个客户',
  },
  'workflow.close.movements': {
    en: 'Movers since {previous}: {up:number} up, {down:number} down, {new:number} new',
    'zh-CN': '与 {previous} 相比：升级 {up:number} 个，降级 {down:number} 个，新增 {new:number} 个',
  },
  'workflow.close.mover': {
    en: '{customerId} {name}: {from} → {grade}',
    'zh-CN': '{customerId} {name}：{from} → {grade}',
  },
  'workflow.close.leaderboard': {
    en: 'KPI leaderboard (scorecard {scorecard})',
    'zh-CN': 'KPI 排行榜（考核表 {scorecard}）',
  },
  'workflow.close.rank': {
    en: '{rank}. {managerId} {name}: {score:number}',
    'zh-CN': '第 {rank} 名 {managerId} {name}：{score:number} 分',
  },
  'workflow.close.commission': {
    en: 'Commission, {period}',
    'zh-CN': '{period} 提成',
  },
  'workflow.close.payable': {
    en: '{payeeId} {name}: payable {amount:money:currency}',
    'zh-CN': '{payeeId} {name}：应付 {amount:money:currency}',
  },
  'workflow.close.statement': {
    en: 'The statement of {payeeId} {name} in full',
    'zh-CN': '{payeeId} {name} 的提成单明细',
  },
  'workflow.close.line': {
    en: '{component}: {amount:money:currency}',
    'zh-CN': '{component}：{amount:money:currency}',
  },
  'workflow.close.risk': {
    en: 'Risk findings: {block:number} block, {warning:number} warning, {info:number} info',
    'zh-CN': '风险提示：阻止 {block:number} 条，警告 {warning:number} 条，信息 {info:number} 条',
  },
  'workflow.close.finding': {
    en: '[{severity}] {subjectId}: {code}',
    'zh-CN': '[{severity}] {subjectId}：{code}',
  },
  'workflow.close.page-grades': { en: 'Customers by grade', 'zh-CN': '各等级客户数' },
  'workflow.close.page-leaderboard': { en: 'KPI leaderboard (score)', 'zh-CN': 'KPI 排行（得分）' },
  'workflow.close.page-payout': {
    en: 'Attainment against payout',
    'zh-CN': '目标达成率与应发提成',
  },
  'workflow.close.page-attainment': { en: 'attainment (%)', 'zh-CN': '达成率（%）' },
  'workflow.close.page-credited': {
    en: 'credited sales ({currency})',
    'zh-CN': '计提销售额（{currency}）',
  },
  'workflow.close.page-payable': { en: 'payable ({currency})', 'zh-CN': '应发提成（{currency}）' },
  'workflow.close.page-managers': { en: 'account managers', 'zh-CN': '客户经理' },
  'workflow.close.page-aging': {
    en: 'Receivables aging ({currency})',
    'zh-CN': '应收账款账龄（{currency}）',
  },
  'workflow.close.page-manager': { en: 'Account manager', 'zh-CN': '客户经理' },
  'workflow.close.page-severity': { en: 'Severity', 'zh-CN': '严重程度' },
  'workflow.close.page-subject': { en: 'Subject', 'zh-CN': '对象' },
  'workflow.close.page-finding': { en: 'Finding', 'zh-CN': '发现' },
  'workflow.close.stored': {
    en: 'Results stored: {created:number} new, {replaced:number} replaced, {unchanged:number} unchanged',
    'zh-CN':
      '已保存结果：新增 {created:number} 条，替换 {replaced:number} 条，未变 {unchanged:number} 条',
  },
});
