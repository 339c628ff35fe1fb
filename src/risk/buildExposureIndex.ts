import { attempt, attemptAsync, type SafeResult } from '../errors';
import { finishIndex } from './_lib/exposure/finishIndex';
import {
  isAsyncIterable,
  isIterable,
  readStreams,
  startBuilder,
} from './_lib/exposure/startBuilder';
import type { ExposureIndex } from './ExposureIndex';
import type { ExposureOptions, RiskFacts } from './RiskFacts';

/**
 * Builds the credit exposure index of a book of documents as of `asOf`, in the base currency
 * (DOMAIN §7). Per customer:
 *
 * - **open receivables** = invoice totals − payment allocations − credit notes (a payment or
 *   credit note lowers its customer's receivables even when its invoice is not among the facts);
 * - **unbilled orders and deliveries**: an open, confirmed or completed order counts its net
 *   value less what invoices naming it (`Invoice.orderId`) billed — their lines linked by
 *   `orderLineId`, else their total less tax — never below 0; the delivered part (a completed
 *   order is delivered in full) is an unbilled delivery, the rest an unbilled order;
 * - **limit**: customer `creditLimit` → the policy's `groupLimits[groupId]` → `defaultLimit`,
 *   plus the customer's `insuredLimit` when `insuredLimitAdds`.
 *
 * Documents dated after `asOf` and cancelled orders are left out. Foreign amounts are valued at
 * the rate on or before `asOf` (the index's `rates` state each rate and its date). Exposure is
 * additive: over disjoint document sets (each order with the invoices and deliveries that name
 * it) the exposures add up to the exposure of the union. Input order does not matter.
 *
 * @param facts - the document streams ({@link RiskFacts}), each read once
 * @param options - `asOf`, `baseCurrency`, `fx`, `policy` ({@link ExposureOptions})
 * @returns the frozen index
 * @throws CrmRulesError `INVALID_INPUT` (a bad document, at `['facts', stream, index, …]`; an id
 * twice), `MISSING_CREDIT_LIMIT` (a customer with no limit and no default), `MISSING_FX_RATE`
 * (a currency with no rate to the base currency); nothing is returned partially
 * @example
 * ```ts
 * const index = buildExposureIndex(
 *   { invoices: [{ id: 'I-1', customerId: 'C-1', ownerId: 'M-1', issueDate: '2026-06-01', dueDate: '2026-07-01', currency: 'USD', total: '800.00' }] },
 *   { asOf: '2026-06-30', baseCurrency: 'USD', policy: { effectiveFrom: '2026-01-01', defaultLimit: { amount: '1000', currency: 'USD' }, warnAtPercent: '80', blockAtPercent: '100' } },
 * );
 * exposureOf(index, 'C-1').exposure;
 * //=> '800.00'
 * ```
 */
export function buildExposureIndex(facts: RiskFacts, options: ExposureOptions): ExposureIndex {
  const { builder, streams } = startBuilder(facts, options, isIterable);
  readStreams(builder, streams);
  return finishIndex(builder);
}

/**
 * Like {@link buildExposureIndex}, but returns `{ success, data | error }`; it never throws.
 *
 * @example
 * ```ts
 * safeBuildExposureIndex({}, { asOf: '2026-06-30', baseCurrency: 'USD', policy: { effectiveFrom: '2026-01-01', warnAtPercent: '80', blockAtPercent: '100' } }).success;
 * //=> true
 * ```
 */
export function safeBuildExposureIndex(
  facts: RiskFacts,
  options: ExposureOptions,
): SafeResult<ExposureIndex> {
  return attempt(() => buildExposureIndex(facts, options));
}

/**
 * The async form of {@link buildExposureIndex}, for streams and cursors: each stream may be an
 * async or a sync iterable.
 *
 * @example
 * ```ts
 * async function* invoices() {
 *   yield { id: 'I-1', customerId: 'C-1', ownerId: 'M-1', issueDate: '2026-06-01', dueDate: '2026-07-01', currency: 'USD', total: '800.00' };
 * }
 * const index = await buildExposureIndexAsync(
 *   { invoices: invoices() },
 *   { asOf: '2026-06-30', baseCurrency: 'USD', policy: { effectiveFrom: '2026-01-01', defaultLimit: { amount: '1000', currency: 'USD' }, warnAtPercent: '80', blockAtPercent: '100' } },
 * );
 * index.openItems.length;
 * //=> 1
 * ```
 */
export async function buildExposureIndexAsync(
  facts: RiskFacts<AsyncIterable<unknown> | Iterable<unknown>>,
  options: ExposureOptions,
): Promise<ExposureIndex> {
  const { builder, streams } = startBuilder(facts, options, isAsyncIterable);
  for (const [name, stream] of streams) {
    if (Array.isArray(stream)) builder.expect(name, stream.length);
    let index = 0;
    for await (const raw of stream as AsyncIterable<unknown>) builder.add(name, raw, index++);
  }
  return finishIndex(builder);
}

/**
 * Like {@link buildExposureIndexAsync}, but the promise resolves to `{ success, data | error }`;
 * it never rejects.
 *
 * @example
 * ```ts
 * (await safeBuildExposureIndexAsync(null!, null!)).success;
 * //=> false
 * ```
 */
export function safeBuildExposureIndexAsync(
  facts: RiskFacts<AsyncIterable<unknown> | Iterable<unknown>>,
  options: ExposureOptions,
): Promise<SafeResult<ExposureIndex>> {
  return attemptAsync(() => buildExposureIndexAsync(facts, options));
}
