import type * as z from 'zod';
import type { FxTable } from '../money';
import type { CreditPolicy } from './policies';

/**
 * The documents an exposure index reads, each an iterable (an array, a generator; async
 * iterables for {@link buildExposureIndexAsync}) of untrusted records parsed with the model's
 * schemas: `Customer`, `Invoice`, `Payment`, `CreditNote`, `Order`, `Delivery`. Every stream is
 * optional.
 */
export interface RiskFacts<S = Iterable<unknown>> {
  readonly customers?: S;
  readonly invoices?: S;
  readonly payments?: S;
  readonly creditNotes?: S;
  readonly orders?: S;
  readonly deliveries?: S;
}

/**
 * Options of {@link buildExposureIndex}: the date the exposure is taken (`asOf`, an ISO date),
 * the `baseCurrency` every amount is valued in, the `fx` table (made by `createFxTable`; each
 * foreign amount at its rate on or before `asOf`) and the credit `policy` (`CreditPolicy` input).
 */
export interface ExposureOptions {
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly fx?: FxTable;
  readonly policy: z.input<typeof CreditPolicy>;
}
