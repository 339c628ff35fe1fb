import type { CatalogEntries } from '../../../explain';

const PERIOD = '{component}: period earnings {earnings:money:currency}';

const PERIOD_ZH = '{component}：本期提成 {earnings:money:currency}';

/**
 * Internal: the messages of the lines a period adds — overrides, SPIFFs, modifiers, manual lines,
 * clawbacks, adjustments, timing, rounding, draws — and of the statement's own steps (en, zh-CN).
 * Built in a pure call: its templates interpolate, so a bundler would otherwise keep it unused.
 */
export const PERIOD_ENTRIES: CatalogEntries = /* @__PURE__ */ (() => ({
  // Lines of their own.
  'commission.override': {
    en: 'manager override at level {level} on the credit of {from}: {rate:percent}',
    'zh-CN': '第 {level} 级管理提成（来自 {from} 的业绩）：比例 {rate:percent}',
  },
  'commission.spiff': {
    en: 'SPIFF {name} ({spiff}, {from} to before {to}): {commission:money:currency}',
    'zh-CN': '专项奖励 {name}（{spiff}，{from} 起至 {to} 前）：{commission:money:currency}',
  },
  'commission.multiplier': {
    en: `${PERIOD} × ({factor} − 1) at {attainment}% attainment`,
    'zh-CN': `${PERIOD_ZH}，达成率 {attainment}%，按加速系数 {factor} 调整（× ({factor} − 1)）`,
  },
  'commission.multiplier.ytd': {
    en: `${PERIOD}; year to date {gross:money:currency} × ({factor} − 1) = {target:money:currency} at {attainment}% attainment, less {paid:money:currency} already paid`,
    'zh-CN': `${PERIOD_ZH}；年初至今 {gross:money:currency} × ({factor} − 1) = {target:money:currency}（年度达成率 {attainment}%），扣除已付 {paid:money:currency} 后补差`,
  },
  'commission.gate': {
    en: `${PERIOD} withheld: attainment {attainment}% is below the {min}% gate`,
    'zh-CN': `${PERIOD_ZH} 不予发放：达成率 {attainment}% 未达到门槛 {min}%`,
  },
  'commission.gate.kpi': {
    en: `${PERIOD} withheld: {kpi} score {score} is below {min}`,
    'zh-CN': `${PERIOD_ZH} 不予发放：{kpi} 得分 {score} 低于门槛 {min}`,
  },
  'commission.gate.kpi-missing': {
    en: `${PERIOD} withheld: no {kpi} score (the gate needs at least {min})`,
    'zh-CN': `${PERIOD_ZH} 不予发放：缺少 {kpi} 得分（门槛为 {min}）`,
  },
  'commission.cap.period': {
    en: `${PERIOD} capped at {cap:money:currency}`,
    'zh-CN': `${PERIOD_ZH}，本期封顶 {cap:money:currency}`,
  },
  'commission.cap.plan-year': {
    en: `${PERIOD} capped by the plan-year cap {cap:money:currency} ({earnedBefore:money:currency} earned before)`,
    'zh-CN': `${PERIOD_ZH}，年度封顶 {cap:money:currency}（此前已得 {earnedBefore:money:currency}）`,
  },
  'commission.minimum': {
    en: `${PERIOD} topped up to the minimum {minimum:money:currency}`,
    'zh-CN': `${PERIOD_ZH}，按保底 {minimum:money:currency} 补足`,
  },
  'commission.kpi-bonus': {
    en: 'KPI bonus {bonus}: {kpi} score {score} pays {payoutPercent}% of the target {target:money:currency} = {result:money:currency}',
    'zh-CN':
      'KPI 奖金 {bonus}：{kpi} 得分 {score}，发放目标奖金 {target:money:currency} 的 {payoutPercent}% = {result:money:currency}',
  },
  'commission.kpi-bonus.missing': {
    en: 'KPI bonus {bonus}: no {kpi} score, paid as zero as the plan says',
    'zh-CN': 'KPI 奖金 {bonus}：缺少 {kpi} 得分，按方案约定计为零',
  },
  'commission.manual': {
    en: 'manual adjustment {id}: {amount:money:currency} — {reason}',
    'zh-CN': '手工调整 {id}：{amount:money:currency}——{reason}',
  },
  // Clawbacks and corrections.
  'commission.clawback.non-payment': {
    en: 'invoice {invoice} is unpaid {days} days after its due date {dueDate}: {unpaid:money:documentCurrency} of {total:money:documentCurrency} open, so {amount:money:currency} of the {paid:money:currency} paid is clawed back',
    'zh-CN':
      '发票 {invoice} 到期日 {dueDate} 后 {days} 天仍未回款：{total:money:documentCurrency} 中尚欠 {unpaid:money:documentCurrency}，已付提成 {paid:money:currency} 中追回 {amount:money:currency}',
  },
  'commission.clawback.repaid': {
    en: 'invoice {invoice} collected {collected} after a non-payment clawback: {amount:money:currency} paid back',
    'zh-CN': '发票 {invoice} 在追回后回款 {collected}：退还此前追回的提成 {amount:money:currency}',
  },
  'commission.clawback.repaid-credited': {
    en: 'invoice {invoice} collected {collected} and credited {credited}, on which the plan keeps commission, after a non-payment clawback: {amount:money:currency} paid back',
    'zh-CN':
      '发票 {invoice} 在追回后回款 {collected}、贷项冲减 {credited}（方案对此不追回提成）：退还此前追回的提成 {amount:money:currency}',
  },
  'commission.adjustment': {
    en: 'recalculation of {period}, line {line}: {before:money:currency} → {after:money:currency}, adjustment {amount:money:currency}',
    'zh-CN':
      '重算 {period} 明细 {line}：{before:money:currency} → {after:money:currency}，本期调整 {amount:money:currency}',
  },
  // Timing.
  'commission.holdback.withheld': {
    en: '{percent}% of {payable:money:currency} held back until {due}: {amount:money:currency}',
    'zh-CN':
      '暂扣应付 {payable:money:currency} 的 {percent}%，至 {due} 发放：{amount:money:currency}',
  },
  'commission.holdback.released': {
    en: 'holdback from {from} released: {amount:money:currency}',
    'zh-CN': '发放 {from} 暂扣的提成：{amount:money:currency}',
  },
  'commission.installment.deferred': {
    en: '{payable:money:currency} paid in {count} installments: {now:money:currency} now, {amount:money:currency} later',
    'zh-CN':
      '{payable:money:currency} 分 {count} 期发放：本期 {now:money:currency}，其余 {amount:money:currency} 以后发放',
  },
  'commission.installment.due': {
    en: 'installment from {from} due: {amount:money:currency}',
    'zh-CN': '{from} 的分期提成到期发放：{amount:money:currency}',
  },
  'commission.draw.recovery': {
    en: 'recoverable draw {draw:money:currency}: {amount:money:currency} of the balance {before:money:currency} recovered from earnings {earnings:money:currency} (balance {balance:money:currency})',
    'zh-CN':
      '可追回预支 {draw:money:currency}：从应得 {earnings:money:currency} 中扣回预支余额 {before:money:currency} 中的 {amount:money:currency}（剩余 {balance:money:currency}）',
  },
  'commission.round.component': {
    en: '{amount:money:currency} rounded with its component total: {result:money:currency} ({scale} decimals)',
    'zh-CN':
      '{amount:money:currency} 随所属提成项合计舍入后分摊为 {result:money:currency}（{scale} 位小数）',
  },
  'commission.round.statement': {
    en: '{amount:money:currency} rounded with the statement total: {result:money:currency} ({scale} decimals)',
    'zh-CN':
      '{amount:money:currency} 随结算单合计舍入后分摊为 {result:money:currency}（{scale} 位小数）',
  },
  'commission.draw.top-up.non-recoverable': {
    en: 'non-recoverable draw {draw:money:currency}: earnings {earnings:money:currency} topped up by {amount:money:currency}',
    'zh-CN':
      '不可追回预支 {draw:money:currency}：应得 {earnings:money:currency}，补足 {amount:money:currency}',
  },
  'commission.draw.top-up.recoverable': {
    en: 'recoverable draw {draw:money:currency}: earnings {earnings:money:currency} topped up by {amount:money:currency}, to be recovered later (balance {balance:money:currency})',
    'zh-CN':
      '可追回预支 {draw:money:currency}：应得 {earnings:money:currency}，补足 {amount:money:currency}，日后从提成中扣回（待扣回余额 {balance:money:currency}）',
  },
  // Statement.
  'commission.statement.plan': {
    en: 'statement of {payee} for {period}: plan {plan} version {version}, paid in {currency} (plan currency {planCurrency})',
    'zh-CN':
      '{payee} 的 {period} 提成结算单：方案 {plan} 第 {version} 版，以 {currency} 发放（方案币种 {planCurrency}）',
  },
  'commission.statement.version': {
    en: 'lines dated from {from} use plan {plan} version {version}',
    'zh-CN': '自 {from} 起的明细按方案 {plan} 第 {version} 版计算',
  },
  'commission.statement.attainment': {
    en: 'credited {credited:money:currency} against a quota of {quota:money:currency}: {percent}% attainment',
    'zh-CN':
      '计入业绩 {credited:money:currency}，业绩指标 {quota:money:currency}，达成率 {percent}%',
  },
  'commission.statement.no-quota': {
    en: 'credited {credited:money:currency} (no quota this period)',
    'zh-CN': '计入业绩 {credited:money:currency}（本期未设业绩指标）',
  },
  'commission.statement.attainment-units': {
    en: 'credited {credited} units against a quota of {quota} units: {percent}% attainment',
    'zh-CN': '计入销量 {credited} 件，销量指标 {quota} 件，达成率 {percent}%',
  },
  'commission.statement.no-quota-units': {
    en: 'credited {credited} units (no quota this period)',
    'zh-CN': '计入销量 {credited} 件（本期未设销量指标）',
  },
  'commission.statement.totals': {
    en: '{lines} lines: earned {earned:money:currency}, adjustments {adjustments:money:currency}, timing {timing:money:currency}, holdback {holdback:money:currency}, draw {draw:money:currency}; payable {payable:money:currency}',
    'zh-CN':
      '共 {lines} 行：应得提成 {earned:money:currency}，调整 {adjustments:money:currency}，递延/释放 {timing:money:currency}，暂扣 {holdback:money:currency}，预支 {draw:money:currency}；本期应付 {payable:money:currency}',
  },
  'commission.statement.ytd': {
    en: 'plan year {planYear}: earned {earned:money:currency} to date ({earnedBefore:money:currency} before this period), paid {paidBefore:money:currency} before; payable now {payable:money:currency}',
    'zh-CN':
      '{planYear} 方案年度：年初至今应得 {earned:money:currency}（本期之前 {earnedBefore:money:currency}），此前已付 {paidBefore:money:currency}；本期应付 {payable:money:currency}',
  },
}))();
