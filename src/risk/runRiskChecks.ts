import { attempt, attemptAsync, type SafeResult } from '../errors';
import { collectFacts } from './_lib/run/context/collectFacts';
import { collectFactsAsync } from './_lib/run/context/collectFactsAsync';
import { makeContext, runDate } from './_lib/run/context/makeContext';
import { pickVersion } from './_lib/run/policy/pickVersion';
import { runAll } from './_lib/run/report/runAll';
import type { RiskPolicyInput } from './RiskPolicy';
import type { RiskRunFacts, RiskRunOptions } from './RiskRunFacts';
import type { RiskRunReport } from './RiskRunReport';

/** One {@link RiskPolicy} version, or a list of versions to pick from by `asOf`. */
export type RiskPolicyVersions = RiskPolicyInput | readonly RiskPolicyInput[];

/**
 * Runs every check a risk policy enables over a company's facts (DOMAIN §7): the version in force
 * on `asOf` is picked (`NO_VERSION_IN_FORCE` when none is), the exposure index is built once, and
 * per customer each check's thresholds come from its section with the layers laid over it —
 * base → country groups → grade, most specific wins — the layers named in a first trace step
 * `risk.policy.layers` of every finding. `credit` gives one finding per customer, judged as
 * `checkOrder` judges an order; `insured` compares the same exposure with each customer's
 * `insuredLimit` as `checkInsuredLimit` does (a limit in another currency valued at the `fx` rate
 * on or before `asOf`, the rate and its date in a `risk.insured.fx` trace step); `aging`,
 * `concentration`, `terms` and `contract` (of `facts.contracts`), `pricing` (orders still open or
 * confirmed), `fx` (`facts.fxItems`), `churn`, `screening` (the customers against
 * `options.screeningList`) and `tradeBarriers` call the checks of the same names. The trade
 * barriers are checked on `facts.shipments` when that stream is given (even empty: explicit
 * shipments win); without it, each order still `open` or `confirmed` and dated up to `asOf` gives
 * a shipment derived by one rule — destination its customer's country, no transit, origin or port
 * of loading, one line per order line that carries an `hsCode` (a line without one is not
 * screened by HS code; the destination still is) — judged as `checkTradeBarriers` would judge
 * that shipment written by hand. Findings are ordered by severity, then
 * subject, code and evidence, independent of the order of the facts; summaries per manager, team
 * and company count them by severity and code beside exposure and overdue totals.
 *
 * @param policy - a {@link RiskPolicy} version or a list of versions (untrusted)
 * @param facts - the documents ({@link RiskRunFacts}), each an iterable
 * @param options - `asOf`, `baseCurrency` and the optional inputs ({@link RiskRunOptions})
 * @returns the findings and summaries
 * @throws CrmRulesError `NO_VERSION_IN_FORCE` at `['policy']`; `INVALID_INPUT` for a bad policy
 * (an unknown check at `['policy', 'checks', key]`), fact (`['facts', stream, i, …]`) or option;
 * `MISSING_CREDIT_LIMIT` for a customer without a limit when the credit section has no default;
 * `MISSING_FX_RATE` (for an insured limit at `['facts', 'customers', i, 'insuredLimit',
 * 'currency']`), never a rate of 1; and the codes of each check
 * @example
 * ```ts
 * const report = runRiskChecks(
 *   {
 *     effectiveFrom: '2026-01-01',
 *     checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' } },
 *     byGrade: { A: { credit: { blockAtPercent: '150' } } },
 *   },
 *   {
 *     customers: [
 *       { id: 'C-1', name: 'Acme', country: 'DE', ownerId: 'M-1', grade: 'A', creditLimit: { amount: '1000.00', currency: 'USD' } },
 *       { id: 'C-2', name: 'Bolt', country: 'FR', ownerId: 'M-1', creditLimit: { amount: '1000.00', currency: 'USD' } },
 *     ],
 *     invoices: ['C-1', 'C-2'].map((customerId, i) => ({
 *       id: `I-${i}`, customerId, ownerId: 'M-1', issueDate: '2026-06-01', dueDate: '2026-07-01', currency: 'USD', total: '1200.00',
 *     })),
 *   },
 *   { asOf: '2026-06-30', baseCurrency: 'USD' },
 * );
 * report.findings.map((f) => `${f.severity} ${f.subject.id} ${f.trace?.[0]?.params.layers}`);
 * //=> ['block C-2 base', 'warning C-1 base → grade:A']
 * [report.company.exposure, report.managers[0]?.bySeverity];
 * //=> ['2400.00', { block: 1, warning: 1, info: 0 }]
 * ```
 */
export function runRiskChecks(
  policy: RiskPolicyVersions,
  facts: RiskRunFacts,
  options: RiskRunOptions,
): RiskRunReport {
  const version = pickVersion(policy, runDate(options), ['policy']);
  return runAll(makeContext(version, collectFacts(facts), options));
}

/**
 * Like {@link runRiskChecks}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeRunRiskChecks({ effectiveFrom: '2026-01-01', checks: { margin: {} } }, {}, { asOf: '2026-06-30', baseCurrency: 'USD' }).error?.path;
 * //=> ['policy', 'checks', 'margin']
 * ```
 */
export function safeRunRiskChecks(
  policy: RiskPolicyVersions,
  facts: RiskRunFacts,
  options: RiskRunOptions,
): SafeResult<RiskRunReport> {
  return attempt(() => runRiskChecks(policy, facts, options));
}

/**
 * Like {@link runRiskChecks}, for facts whose streams may be async iterables (cursors, streams):
 * each is read to the end first, then the checks run as {@link runRiskChecks} runs them.
 *
 * @example
 * ```ts
 * async function* customers() {
 *   yield { id: 'C-1', name: 'Acme', country: 'DE', ownerId: 'M-1', creditLimit: { amount: '500.00', currency: 'EUR' } };
 * }
 * const report = await runRiskChecksAsync(
 *   { effectiveFrom: '2026-01-01', checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' } } },
 *   { customers: customers() },
 *   { asOf: '2026-06-30', baseCurrency: 'EUR' },
 * );
 * report.findings.map((f) => f.code);
 * //=> ['credit.limit.ok']
 * ```
 */
export async function runRiskChecksAsync(
  policy: RiskPolicyVersions,
  facts: RiskRunFacts<Iterable<unknown> | AsyncIterable<unknown>>,
  options: RiskRunOptions,
): Promise<RiskRunReport> {
  const version = pickVersion(policy, runDate(options), ['policy']);
  const arrays = await collectFactsAsync(facts);
  return runAll(makeContext(version, collectFacts(arrays), options));
}

/**
 * Like {@link runRiskChecksAsync}, but resolves to `{ success, data | error }`; it never rejects.
 *
 * @example
 * ```ts
 * (await safeRunRiskChecksAsync([], {}, { asOf: '2026-06-30', baseCurrency: 'USD' })).error?.code;
 * //=> 'NO_VERSION_IN_FORCE'
 * ```
 */
export function safeRunRiskChecksAsync(
  policy: RiskPolicyVersions,
  facts: RiskRunFacts<Iterable<unknown> | AsyncIterable<unknown>>,
  options: RiskRunOptions,
): Promise<SafeResult<RiskRunReport>> {
  return attemptAsync(() => runRiskChecksAsync(policy, facts, options));
}
