import * as z from 'zod';
import { attempt, parseWith, type SafeResult } from '../errors';
import { requireObject } from '../errors/_lib/argumentGuards';
import { CurrencyCode, minorUnits } from '../money';
import { scopeFindings } from './_lib/concentration/concentrationFindings';
import { managerFindings } from './_lib/concentration/managerFindings';
import { readRevenueRows } from './_lib/concentration/readRevenueRows';
import { revenueScopes } from './_lib/concentration/revenueScopes';
import { compareFindings } from './_lib/findings/makeFinding';
import type { ConcentrationReport, ManagerConcentration } from './ConcentrationReport';
import type { Finding } from './Finding';
import { ConcentrationPolicy } from './policies';

/** Options of {@link measureConcentration}: the rows' `currency`. */
export interface ConcentrationOptions {
  readonly currency: string;
}

const Options = z.strictObject({ currency: CurrencyCode });

/**
 * Measures revenue concentration (DOMAIN §7) for the company and for each account manager's
 * book: revenue per customer (rows added up; customers with revenue ≤ 0 left out), shares in
 * percent, HHI = Σ share² (0–10,000; shares 30/30/20/20 → 2,600), the top N customers' share;
 * per manager also its share of company revenue (key-person risk) and its customer count
 * (capacity). Findings, compared exactly: `concentration.hhi.high` (warning from `hhiWarn`, block
 * from `hhiBlock`), `concentration.top-share.high` (from `topShareWarnPercent`), for the company
 * and each manager; `concentration.manager.share` (from `managerShareWarnPercent`);
 * `concentration.manager.capacity` (more than `maxCustomersPerManager`). Ordered by severity,
 * then subject; independent of the rows' order.
 *
 * @param rows - revenue rows ({@link RevenueRow}, untrusted), any iterable
 * @param policy - a `ConcentrationPolicy` (input)
 * @param options - the rows' `currency`
 * @returns the report
 * @throws CrmRulesError `INVALID_INPUT` (a bad row at `['rows', index, …]`, policy or options)
 * @example
 * ```ts
 * const report = measureConcentration(
 *   [['A', '30'], ['B', '30'], ['C', '20'], ['D', '20']].map(([customerId, amount]) => ({ customerId, managerId: 'M-1', amount })),
 *   { effectiveFrom: '2026-01-01', topN: 2, topShareWarnPercent: '70', hhiWarn: '1500', hhiBlock: '2500' },
 *   { currency: 'USD' },
 * );
 * [report.company.hhi, report.company.topSharePercent, report.findings[0]?.code];
 * //=> ['2600.00', '60.00', 'concentration.hhi.high']
 * ```
 */
export function measureConcentration(
  rows: Iterable<unknown>,
  policy: z.input<typeof ConcentrationPolicy>,
  options: ConcentrationOptions,
): ConcentrationReport {
  const parsed = parseWith(ConcentrationPolicy, policy, { path: ['policy'] });
  requireObject(options, 'options');
  const { currency } = parseWith(Options, options, { path: ['options'] });
  const places = minorUnits(currency);
  const { company, managers: books } = revenueScopes(readRevenueRows(rows, places), {
    topN: parsed.topN,
    currency,
    places,
  });
  const findings: Finding[] = scopeFindings(
    { kind: 'company', id: 'company' },
    company.figures,
    company.sums,
    parsed,
  );
  const managers: ManagerConcentration[] = [];
  for (const managerId of [...books.keys()].sort()) {
    const { own, customerCount } = books.get(managerId) as NonNullable<
      ReturnType<typeof books.get>
    >;
    const subject = { kind: 'account-manager', id: managerId } as const;
    const manager = managerFindings(managerId, customerCount, own, company.sums.total, parsed);
    managers.push({ ...own.figures, managerId, ...manager.figures });
    findings.push(...scopeFindings(subject, own.figures, own.sums, parsed), ...manager.findings);
  }
  return { currency, company: company.figures, managers, findings: findings.sort(compareFindings) };
}

/**
 * Like {@link measureConcentration}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeMeasureConcentration([], { effectiveFrom: '2026-01-01', topN: 0, topShareWarnPercent: '50', hhiWarn: '1500', hhiBlock: '2500' }, { currency: 'USD' }).error?.path;
 * //=> ['policy', 'topN']
 * ```
 */
export function safeMeasureConcentration(
  rows: Iterable<unknown>,
  policy: z.input<typeof ConcentrationPolicy>,
  options: ConcentrationOptions,
): SafeResult<ConcentrationReport> {
  return attempt(() => measureConcentration(rows, policy, options));
}
