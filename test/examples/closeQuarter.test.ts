import { readFileSync } from 'node:fs';
import { formatMoney, money } from 'crm-rules';
import { renderHtmlReport } from 'crm-rules/report';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeQuarter, REPORT_LIMITS, renderClose, shownScore } from '../../examples/closeQuarter';
import { closeQuarterPage } from '../../examples/closeQuarterHtml';
import { demo, langOf } from '../../examples/demo';

/**
 * `npm run demo` closes 2026-Q3 for the sample export trader and prints the report: the tests
 * read the printed lines against the report's own numbers (the library's results), in English
 * and in Chinese, never against numbers written here.
 */
type Closed = Awaited<ReturnType<typeof closeQuarter>>;
let closed: Closed;
const printed: Record<'en' | 'zh-CN', string[]> = { en: [], 'zh-CN': [] };

beforeAll(async () => {
  const close = closeQuarter('2026-Q3');
  closed = await close;
  printed.en = await demo('en', close);
  printed['zh-CN'] = await demo('zh-CN', close);
}, 180_000);

const GRADE_NAMES = {
  key: '重点客户',
  ordinary: '普通客户',
  potential: '潜力客户',
  dormant: '休眠客户',
};

describe('npm run demo: the 2026-Q3 close', () => {
  it('starts with the close, in the language asked for', () => {
    expect(printed.en[0]).toMatch(/^Period close 2026-Q3 of Ningbo Haitong .* amounts in CNY$/);
    expect(printed['zh-CN'][0]).toMatch(
      /2026-Q3 期间结账（2026-07-01 至 2026-09-30），金额单位 CNY$/,
    );
    expect(printed.en.slice(0, 10)).toEqual(
      renderClose(closed.report, closed.input, 'en').slice(0, 10),
    );
  });

  it('prints the grade distribution and the movers of the grading', () => {
    const { result, movements } = closed.report.grading;
    expect(result.grades).toHaveLength(600);
    for (const { grade, customers } of result.counts) {
      expect(printed.en).toContain(`  ${grade}: ${customers} customers`);
      expect(printed['zh-CN']).toContain(
        `  ${GRADE_NAMES[grade as keyof typeof GRADE_NAMES]}：${customers} 个客户`,
      );
    }
    const { up, down, new: fresh } = movements.totals;
    expect(printed.en).toContain(`Movers since 2026-Q2: ${up} up, ${down} down, ${fresh} new`);
    const firstUp = movements.movements.find((m) => m.direction === 'up');
    expect(
      printed.en.some(
        (l) =>
          l.startsWith(`  ${firstUp?.customerId} `) &&
          l.endsWith(`: ${firstUp?.from} → ${firstUp?.to}`),
      ),
    ).toBe(true);
    expect(up + down).toBeGreaterThan(0);
  });

  it('prints the KPI leaderboard in rank order, scores as scored', () => {
    const board = closed.report.kpi.leaderboard;
    expect(board).toHaveLength(12);
    const rows = printed.en.filter((l) => /^ {2}\d+\. AM-\d\d /.test(l));
    expect(rows.map((l) => /AM-\d\d/.exec(l)?.[0])).toEqual(board.map((r) => r.id));
    board.forEach((r, i) => {
      expect(rows[i]).toMatch(new RegExp(`^  ${r.rank}\\. ${r.id} .*: ${shownScore(r.score)}$`));
    });
    // The data's weakest manager (lowest surveys, fewest courses, most late deliveries) is last.
    expect(board.at(-1)?.id).toBe('AM-07');
  });

  it("prints each manager's commission total and one statement in full, with its explanation", () => {
    const { statements } = closed.report.commission;
    expect(statements).toHaveLength(12);
    for (const s of statements) {
      const total = formatMoney(money(s.totals.payable, s.currency));
      expect(
        printed.en.some((l) => l.startsWith(`  ${s.payeeId} `) && l.endsWith(`: payable ${total}`)),
      ).toBe(true);
      expect(
        printed['zh-CN'].some(
          (l) => l.startsWith(`  ${s.payeeId} `) && l.endsWith(`：应付 ${total}`),
        ),
      ).toBe(true);
    }
    const top = closed.report.kpi.leaderboard[0]?.id;
    const at = printed.en.findIndex((l) => l.startsWith(`The statement of ${top} `));
    expect(at).toBeGreaterThan(0);
    const statement = statements.find((s) => s.payeeId === top);
    const bonus = statement?.lines.find((l) => l.kind === 'kpi-bonus');
    expect(bonus).toBeDefined();
    const text = printed.en.slice(at).join('\n');
    expect(text).toContain(`scorecard-bonus: ${formatMoney(money(bonus?.amount ?? '0', 'CNY'))}`);
    expect(text).toContain(
      `KPI bonus scorecard-bonus: am-scorecard score ${closed.report.kpi.leaderboard[0]?.score}`,
    );
    expect(printed['zh-CN'].join('\n')).toContain(`${top} `);
    expect(printed['zh-CN'].join('\n')).toMatch(/的提成单明细\n {2}销售提成：/);
  });

  it('prints the top risk findings, one per code, most severe first', () => {
    const { company, findings } = closed.report.risk;
    const { block, warning, info } = company.bySeverity;
    expect(printed.en).toContain(`Risk findings: ${block} block, ${warning} warning, ${info} info`);
    expect(printed['zh-CN']).toContain(
      `风险提示：阻止 ${block} 条，警告 ${warning} 条，信息 ${info} 条`,
    );
    const shown = printed.en.filter((l) => /^ {2}\[(block|warning|info)\] /.test(l));
    expect(shown).toHaveLength(REPORT_LIMITS.findings);
    const first = findings[0];
    expect(shown[0]).toBe(`  [${first?.severity}] ${first?.subject.id}: ${first?.code}`);
    expect(new Set(shown.map((l) => l.split(': ')[1])).size).toBe(shown.length);
  });

  it('says what it stored: every result of the close, once', () => {
    const { stored, grading, kpi, commission, risk } = closed.report;
    const results =
      grading.result.grades.length +
      kpi.scorecards.length +
      commission.statements.length +
      risk.findings.length;
    expect(stored).toEqual({ created: results, replaced: 0, unchanged: 0 });
    expect(printed.en).toContain(
      `Results stored: ${results.toLocaleString('en-US')} new, 0 replaced, 0 unchanged`,
    );
  });

  it('reads --lang from the command line', () => {
    expect([langOf([]), langOf(['--lang', 'zh-CN']), langOf(['--lang=en'])]).toEqual([
      'en',
      'zh-CN',
      'en',
    ]);
    expect(() => langOf(['--lang', 'fr'])).toThrow(/en or zh-CN/);
  });
});

describe('npm run demo: the HTML report of the close', () => {
  it('draws the grade distribution, the leaderboard, attainment against payout and the aging', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const page = closeQuarterPage(closed.report, closed.input, locale);
      const charts = page.blocks.filter((b) => b.kind === 'bars' || b.kind === 'line');
      expect(charts.map((b) => b.kind)).toEqual(['bars', 'bars', 'line', 'bars']);
      const [grades, leaders, payout, aging] = charts;
      expect(grades?.kind === 'bars' && grades.bars.map((b) => [b.label, b.value])).toEqual(
        closed.report.grading.result.counts.map((c) => [c.grade, String(c.customers)]),
      );
      expect(leaders?.kind === 'bars' && leaders.bars.map((b) => b.value)).toEqual(
        closed.report.kpi.leaderboard.map((row) => row.score),
      );
      expect(payout?.kind === 'line' && payout.series[0]?.points.map((p) => p.y)).toEqual(
        closed.report.commission.statements.map((s) => s.totals.payable),
      );
      expect(aging?.kind === 'bars' && aging.bars.map((b) => b.label)).toEqual([
        'current',
        '1-30',
        '31-60',
        '61-90',
        '91-120',
        '121+',
      ]);
      const html = renderHtmlReport(page);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html.match(/<rect class="mark"/g)?.length).toBe(
        [grades, leaders, aging].reduce((n, b) => n + (b?.kind === 'bars' ? b.bars.length : 0), 0),
      );
    }
  });

  it('writes the page the demo names', () => {
    const path = printed.en.find((line) => line.startsWith('HTML report: '))?.slice(13) ?? '';
    expect(readFileSync(path, 'utf8')).toBe(
      renderHtmlReport(closeQuarterPage(closed.report, closed.input, 'en')),
    );
    expect(printed['zh-CN'].some((line) => line.startsWith('HTML 报告: '))).toBe(true);
  });
});
