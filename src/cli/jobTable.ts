import type { Locale } from '../explain';
import { reportSummary } from './closeCommand';
import type { JobResult } from './runJob';

/** A job's result lines as a table: a title, column labels, and one row per result line. */
export interface JobTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const LABELS = {
  en: {
    close: 'Close',
    grade: 'Customer grades',
    score: 'KPI leaderboard',
    commission: 'Commission statement lines',
    risk: 'Risk findings',
    section: 'section',
    subject: 'subject',
    value: 'value',
    customer: 'customer',
    grade_: 'grade',
    previous: 'previous',
    change: 'change',
    rank: 'rank',
    manager: 'manager',
    score_: 'score',
    payee: 'payee',
    line: 'line',
    kind: 'kind',
    component: 'component',
    source: 'source',
    amount: 'amount',
    currency: 'currency',
    severity: 'severity',
    code: 'code',
    message: 'message',
  },
  'zh-CN': {
    close: '期末结算',
    grade: '客户分级',
    score: 'KPI 排行',
    commission: '提成明细',
    risk: '风险发现',
    section: '部分',
    subject: '对象',
    value: '值',
    customer: '客户',
    grade_: '等级',
    previous: '上期等级',
    change: '变动',
    rank: '名次',
    manager: '客户经理',
    score_: '得分',
    payee: '收款人',
    line: '行',
    kind: '类型',
    component: '组成部分',
    source: '来源',
    amount: '金额',
    currency: '币种',
    severity: '严重程度',
    code: '代码',
    message: '说明',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The result lines of a job as a table, its title and labels in the locale. */
export function jobTable(result: JobResult, locale: Locale): JobTable {
  const t = LABELS[locale];
  switch (result.job) {
    case 'close': {
      const s = reportSummary(result.report);
      return {
        title: `${t.close} ${s.period.label}`,
        columns: [t.section, t.subject, t.value],
        rows: [
          ...s.grades.map((g) => ['grade', g.grade, String(g.customers)]),
          ...s.leaderboard.map((r) => ['kpi', r.managerId, r.score]),
          ...s.commission.map((c) => ['commission', c.payeeId, `${c.payable} ${c.currency}`]),
          ...(['block', 'warning', 'info'] as const).map((k) => ['risk', k, String(s.risk[k])]),
        ],
      };
    }
    case 'grade':
      return {
        title: `${t.grade} ${result.period}`,
        columns: [t.customer, t.grade_, t.previous, t.change],
        rows: result.grading.result.grades.map((g) => [
          g.customerId,
          g.grade,
          g.previous ?? '',
          g.change,
        ]),
      };
    case 'score':
      return {
        title: `${t.score} ${result.period}`,
        columns: [t.rank, t.manager, t.score_],
        rows: result.kpi.leaderboard.map((r) => [String(r.rank), r.id, r.score]),
      };
    case 'commission':
      return {
        title: `${t.commission} ${result.period}`,
        columns: [t.payee, t.line, t.kind, t.component, t.source, t.amount, t.currency],
        rows: result.statements.flatMap((s) =>
          s.lines.map((l) => [
            s.payeeId,
            l.id,
            l.kind,
            l.component ?? '',
            `${l.source.kind} ${l.source.id}`,
            l.amount,
            l.currency,
          ]),
        ),
      };
    case 'risk':
      return {
        title: `${t.risk} ${result.risk.asOf}`,
        columns: [t.severity, t.code, t.subject, t.message],
        rows: result.risk.findings.map((f) => [
          f.severity,
          f.code,
          `${f.subject.kind} ${f.subject.id}`,
          f.message,
        ]),
      };
    default: {
      const _exhaustive: never = result;
      return _exhaustive;
    }
  }
}
