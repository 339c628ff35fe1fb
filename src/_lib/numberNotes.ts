/**
 * Internal: the one number convention of the public schemas, stated on each field so that the
 * JSON Schemas (`npm run schemas`) carry it and `test/schemas/numberConvention.test.ts` can check
 * it: a field named `percent` or `…Percent` holds a percentage (`"5"` is 5 %, `"100"` the whole);
 * a field named `rate` or `…Rate` holds a fraction (`"0.05"` is 5 %) — except an exchange rate,
 * which holds units of the quote currency per unit of the base.
 */
import { type $ZodType, globalRegistry, util } from 'zod/v4/core';

/** The description of a percentage field. */
export const PERCENT_NOTE = 'A percentage: "5" is 5 %, "100" is the whole.';
/** The description of a rate field. */
export const RATE_NOTE = 'A rate, as a fraction: "0.05" is 5 %.';
/** The description of an exchange rate. */
export const FX_RATE_NOTE =
  'An exchange rate: units of the quote currency for one unit of the base currency.';

/* @__NO_SIDE_EFFECTS__ */
function noted<T extends $ZodType>(schema: T, description: string): T {
  const copy = util.clone(schema);
  globalRegistry.add(copy, { description });
  return copy;
}

/** A copy of `schema` described as a percentage (0–100 is none to the whole). */
/* @__NO_SIDE_EFFECTS__ */
export function percentField<T extends $ZodType>(schema: T): T {
  return noted(schema, PERCENT_NOTE);
}

/** A copy of `schema` described as a rate (a fraction). */
/* @__NO_SIDE_EFFECTS__ */
export function rateField<T extends $ZodType>(schema: T): T {
  return noted(schema, RATE_NOTE);
}

/** A copy of `schema` described as an exchange rate. */
/* @__NO_SIDE_EFFECTS__ */
export function fxRateField<T extends $ZodType>(schema: T): T {
  return noted(schema, FX_RATE_NOTE);
}
