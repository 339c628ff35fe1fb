import * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { requireOptions } from '../errors/_lib/argumentGuards';
import { IsoDate } from '../period';
import { type AgingTally, bucketRanges } from './_lib/aging/AgingTally';
import { agingLine, withEmptyBuckets } from './_lib/aging/agingLine';
import { overdueFinding } from './_lib/aging/overdueFinding';
import { agingSourceOf, tallyIndex } from './_lib/aging/tallyIndex';
import { requireIndex } from './_lib/credit/positionOf';
import { lazily } from './_lib/exposure/lazily';
import type { AgingLine, AgingReport } from './AgingReport';
import type { ExposureIndex } from './ExposureIndex';
import type { Finding } from './Finding';
import { AgingPolicy } from './policies';

/** Options of {@link ageReceivables}: `asOf` (must be the index's), `dsoDays` (default 365). */
export interface AgingOptions {
  readonly asOf?: string;
  readonly dsoDays?: number;
}

const Options = z.strictObject({
  asOf: z.optional(IsoDate),
  dsoDays: z.number().int().positive().max(36_600).default(365),
});

/**
 * Ages the open items of an exposure index as of its `asOf`: each invoice's open amount
 * (total − allocations − credit notes, in the base currency; items with nothing open left out)
 * goes to a bucket by days past due (`asOf` − due date): `current` (not past due), then one
 * bucket per `AgingPolicy.bucketDays` edge (default `1-30`, `31-60`, `61-90`, `91-120`) and the
 * last, open bucket (`121+`). Per customer, per account manager (the invoice's `ownerId`) and in
 * total: open, current and overdue amounts, overdue share, the oldest open item (earliest due
 * date), credit sales (invoice totals issued in the `dsoDays` days up to `asOf`), DSO = open ÷
 * credit sales × `dsoDays` and best possible DSO = current ÷ credit sales × `dsoDays`. Findings:
 * a customer whose oldest item is more than `blockAfterDays` past due is `receivables.overdue.block`,
 * more than `warnAfterDays` `receivables.overdue.warning`; ordered by severity, then subject.
 * The lines and findings are made on first read (see {@link AgingReport}).
 *
 * @param index - an index made by {@link buildExposureIndex}
 * @param policy - an `AgingPolicy` (input)
 * @param options - `asOf` (the index's, if given) and `dsoDays`
 * @returns the aging report
 * @throws CrmRulesError `INVALID_INPUT` (a bad index, policy — bucket edges out of order at
 * `['policy', 'bucketDays']` — or options; an `asOf` other than the index's)
 * @example
 * ```ts
 * const index = buildExposureIndex(
 *   { invoices: [{ id: 'I-1', customerId: 'C-1', ownerId: 'M-1', issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'USD', total: '500.00' }] },
 *   { asOf: '2026-06-30', baseCurrency: 'USD', policy: { effectiveFrom: '2026-01-01', defaultLimit: { amount: '1000', currency: 'USD' }, warnAtPercent: '80', blockAtPercent: '100' } },
 * );
 * const report = ageReceivables(index, { effectiveFrom: '2026-01-01' });
 * [report.total.buckets.find((b) => b.amount !== '0.00')?.label, report.findings[0]?.code];
 * //=> ['91-120', 'receivables.overdue.block']
 * ```
 */
export function ageReceivables(
  index: ExposureIndex,
  policy: z.input<typeof AgingPolicy>,
  options: AgingOptions = {},
): AgingReport {
  requireIndex(index, ['index']);
  const parsed = parseWith(AgingPolicy, policy, { path: ['policy'] });
  requireOptions(options);
  const { asOf, dsoDays } = parseWith(Options, options, { path: ['options'] });
  if (asOf !== undefined && asOf !== index.asOf)
    throw new CrmRulesError('INVALID_INPUT', `the index is taken as of ${index.asOf}`, {
      path: ['options', 'asOf'],
      value: asOf,
    });
  const source = agingSourceOf(index);
  const { total, customers, managers } = tallyIndex(index, source, parsed.bucketDays, dsoDays);
  const context = { currency: index.baseCurrency, dsoDays };
  const ranges = withEmptyBuckets(bucketRanges(parsed.bucketDays), index.baseCurrency);
  // A line per customer (manager) with open items, in ascending order of ids.
  const lines = (tally: AgingTally, order: ArrayLike<number>): AgingLine[] => {
    const out: AgingLine[] = [];
    for (let i = 0; i < order.length; i += 1) {
      const slot = order[i] as number;
      if ((tally.oldest[slot] as number) >= 0) out.push(agingLine(tally, slot, ranges, context));
    }
    return out;
  };
  const customerLines = () => lines(customers, source.customerOrder ?? sortedSlots(customers.ids));
  const report: AgingReport = {
    asOf: index.asOf,
    currency: index.baseCurrency,
    dsoDays,
    total: agingLine(total, 0, ranges, context),
    customers: [],
    managers: [],
    findings: [],
  };
  // The lines and findings (one per customer) are made on first read.
  lazily(report, 'customers', customerLines);
  lazily(report, 'managers', () => lines(managers, sortedSlots(managers.ids)));
  lazily(report, 'findings', () => overdueFindings(report.customers, parsed, index));
  return report;
}

/**
 * The customers' overdue findings. The lines are in ascending order of distinct customer ids, so
 * taking the blocks, then the warnings, in line order is the order of compareFindings (severity,
 * then subject), unsorted.
 */
function overdueFindings(
  customerLines: readonly AgingLine[],
  policy: AgingPolicy,
  index: ExposureIndex,
): Finding[] {
  const blocks: Finding[] = [];
  const warnings: Finding[] = [];
  const findingContext = { asOf: index.asOf, currency: index.baseCurrency };
  for (const line of customerLines) {
    const finding = overdueFinding(line, policy, findingContext);
    if (finding !== undefined) (finding.severity === 'block' ? blocks : warnings).push(finding);
  }
  return blocks.concat(warnings);
}

/** The slots of `ids` in ascending order of their ids. */
function sortedSlots(ids: readonly string[]): number[] {
  return Array.from(ids, (_, slot) => slot).sort((a, b) => {
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * Like {@link ageReceivables}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeAgeReceivables(null!, { effectiveFrom: '2026-01-01' }).success;
 * //=> false
 * ```
 */
export function safeAgeReceivables(
  index: ExposureIndex,
  policy: z.input<typeof AgingPolicy>,
  options: AgingOptions = {},
): SafeResult<AgingReport> {
  return attempt(() => ageReceivables(index, policy, options));
}
