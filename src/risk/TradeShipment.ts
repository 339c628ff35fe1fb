import * as z from 'zod';
import { INPUT_LIMITS } from '../errors';
import { CountryCode, EntityId, HsCode } from '../model';

/**
 * What `checkTradeBarriers` reads of an order: its id, the destination country, the countries it
 * passes through, and each line's HS code (the product's `hsCode`; digits only). Line ids are
 * unique.
 *
 * @example
 * ```ts
 * TradeShipment.parse({
 *   orderId: 'SO-1', destinationCountry: 'DE', lines: [{ lineId: '1', hsCode: '841370' }],
 * }).transitCountries;
 * //=> []
 * ```
 */
export const TradeShipment = z
  .strictObject({
    orderId: EntityId,
    customerId: EntityId.optional(),
    destinationCountry: CountryCode,
    transitCountries: z.array(CountryCode).default([]),
    lines: z
      .array(z.strictObject({ lineId: EntityId, productId: EntityId.optional(), hsCode: HsCode }))
      .min(1, { message: 'a shipment has at least one line' }),
  })
  .superRefine((shipment, ctx) => {
    if (shipment.lines.length > INPUT_LIMITS.maxTableRows)
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: `more than ${INPUT_LIMITS.maxTableRows} lines (maxTableRows)`,
        input: shipment.lines.length,
        params: { code: 'LIMIT_EXCEEDED' },
      });
    const seen = new Set<string>();
    shipment.lines.forEach((line, index) => {
      if (seen.has(line.lineId))
        ctx.addIssue({
          code: 'custom',
          path: ['lines', index, 'lineId'],
          message: `line id ${line.lineId} is used twice`,
          input: line.lineId,
        });
      seen.add(line.lineId);
    });
  });
/** A shipment to check for trade barriers (see {@link TradeShipment}). */
export type TradeShipment = z.input<typeof TradeShipment>;
