/**
 * `npm run demo`: the sample export trader's 2026-Q3 closed in one call (`closeBooks` from
 * `crm-rules/workflows`, examples/closeQuarter.ts) — grades and movers, the KPI leaderboard,
 * commissions with one statement in full, the top risk findings — then a small tour of the parts:
 * money and FX on one export order, customer grades, a month of commission statements, and the
 * customers assigned to the account managers. Everything here is the public API; the output is
 * what a sales manager would read.
 *
 *   npm run demo                    # English
 *   npm run demo -- --lang zh-CN    # the close report, the grades and the assignment in Chinese
 */
import { parseArgs } from 'node:util';
import {
  allocate,
  attempt,
  convert,
  coreCatalog,
  createFxTable,
  evaluateCondition,
  formatMoney,
  Locale,
  money,
  multiply,
  parseCondition,
  periodOf,
  prorate,
  renderTrace,
  round,
  traceToSteps,
} from 'crm-rules';
import { assignExample } from './assignBook';
import { closeQuarter, renderClose } from './closeQuarter';
import { writeCloseReport } from './closeQuarterHtml';
import { commissionExample } from './commissionStatement';
import { gradeExample } from './gradeCustomers';

export async function demo(
  locale: Locale = 'en',
  close: ReturnType<typeof closeQuarter> = closeQuarter('2026-Q3'),
): Promise<string[]> {
  const out: string[] = [];
  const say = (line = '') => out.push(line);

  // 0. The period close: every area over the sample company's data, on the memory store.
  const { report, input } = await close;
  for (const line of renderClose(report, input, locale)) say(line);
  say(
    `${locale === 'zh-CN' ? 'HTML 报告' : 'HTML report'}: ${writeCloseReport(report, input, locale)}`,
  );
  say();
  say('crm-rules demo — one export order, start to finish');
  say('====================================================');

  // 1. An order of 48,250.75 USD, credited 70/30 to two account managers: parts sum exactly.
  const order = money('48250.75', 'USD');
  const [lead, support] = allocate(order, ['70', '30']) as [
    ReturnType<typeof money>,
    ReturnType<typeof money>,
  ];
  say(`Order total           ${formatMoney(order)}`);
  say(
    `Credit split 70 / 30  Li Wei ${formatMoney(lead)} + Anna Schmidt ${formatMoney(support)} (sums exactly)`,
  );

  // 2. Commission at 4 %, converted to the payee's currency at a named rate and date.
  const fx = createFxTable([
    {
      base: 'USD',
      quote: 'CNY',
      rate: '7.1268',
      date: '2026-06-30',
      source: 'PBOC central parity',
    },
    {
      base: 'USD',
      quote: 'CNY',
      rate: '7.1405',
      date: '2026-07-15',
      source: 'PBOC central parity',
    },
  ]);
  const commission = multiply(lead, '0.04');
  const { to, quote } = convert(commission, 'CNY', fx, {
    method: 'on-or-before',
    date: '2026-07-20',
  });
  say(`Commission 4 %        ${formatMoney(round(commission))}`);
  say(
    `In CNY                ${formatMoney(round(to))} at ${quote.rate} (${quote.source}, ${quote.date}), rounded half-up`,
  );

  // 3. Which periods the order falls in, calendar and fiscal (April start, named by the year it ends).
  const month = periodOf('2026-07-20', 'month');
  const fiscalQuarter = periodOf('2026-07-20', 'quarter', { startMonth: 4 });
  say(
    `Periods               ${month.label}, ${fiscalQuarter.label} [${fiscalQuarter.start}, ${fiscalQuarter.end})`,
  );
  const joined = prorate(fiscalQuarter, { start: '2026-08-10', end: fiscalQuarter.end });
  say(
    `A manager who joined 2026-08-10 is prorated ${joined.coveredDays}/${joined.totalDays} days of the quarter`,
  );

  // 4. Is the customer a key customer? Rules are JSON; the answer explains itself in two languages.
  const keyCustomer = parseCondition(
    {
      all: [
        { fact: 'ordersLast12Months', operator: 'gte', value: '12' },
        { fact: 'yearsAsCustomer', operator: 'gte', value: '3' },
        { fact: 'country', operator: 'in', value: ['DE', 'FR', 'US'] },
      ],
    },
    { ordersLast12Months: 'number', yearsAsCustomer: 'number', country: 'string' },
  );
  const result = evaluateCondition(keyCustomer, {
    ordersLast12Months: '15',
    yearsAsCustomer: '2',
    country: 'DE',
  });
  for (const locale of ['en', 'zh-CN'] as Locale[]) {
    say();
    say(locale === 'en' ? 'Key customer? (en)' : '重点客户？(zh-CN)');
    for (const line of renderTrace(traceToSteps(result.trace), {
      locale,
      catalog: coreCatalog,
      indent: '  ',
    }))
      say(`  ${line}`);
  }

  // 5. Bad input is a typed error naming the field and the value, never NaN.
  const bad = attempt(() => money(0.1 + 0.2, 'USD', ['orders', 7, 'total']));
  say();
  say(`Bad input             ${bad.success ? 'accepted?!' : bad.error.message}`);

  // 6. Grading a small book of customers (examples/gradeCustomers.ts).
  say();
  say('Customer grades (examples/gradeCustomers.ts)');
  say('--------------------------------------------');
  for (const line of gradeExample(locale)) say(line);

  // 7. A month of commission for the export team (examples/commissionStatement.ts).
  say();
  say('Commission statements, July 2026 (examples/commissionStatement.ts)');
  say('------------------------------------------------------------------');
  const statements = commissionExample('en');
  const firstPayee = statements.findIndex((line, i) => i > 0 && !line.startsWith(' '));
  for (const line of statements.slice(0, firstPayee)) say(line);
  for (const line of statements.slice(firstPayee)) if (!line.startsWith(' ')) say(line);
  say('(run `npx tsx examples/commissionStatement.ts zh-CN` for every line, in Chinese)');

  // 8. Who serves whom: the sample export trader's book assigned (examples/assignBook.ts).
  say();
  say('Account assignment, 2026-09-30 (examples/assignBook.ts, examples/data/export-trader)');
  say('-------------------------------------------------------------------------------------');
  for (const line of assignExample(locale)) say(line);
  return out;
}

/** The `--lang` of the command line: `en` (default) or `zh-CN`. */
export function langOf(argv: readonly string[]): Locale {
  const { values } = parseArgs({
    args: [...argv],
    options: { lang: { type: 'string', default: 'en' } },
  });
  const parsed = Locale.safeParse(values.lang);
  if (!parsed.success) throw new Error(`--lang is en or zh-CN, not ${values.lang}`);
  return parsed.data;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await demo(langOf(process.argv.slice(2)))).join('\n'));
}
