import * as z from 'zod';
import { INPUT_LIMITS } from '../errors';
import { CountryCode, EntityId, HsCode, isCountryCode } from '../model';

/**
 * A port as its UN/LOCODE: the port's ISO 3166-1 alpha-2 country, then three letters or digits
 * 2–9 (`'CNSHA'` Shanghai, `'DEHAM'` Hamburg). The port's country is its first two letters.
 *
 * @example
 * ```ts
 * PortCode.safeParse('CNSHA').success;
 * //=> true
 * ```
 */
export const PortCode = z
  .string()
  .regex(/^[A-Z]{2}[A-Z2-9]{3}$/, {
    message: 'expected a UN/LOCODE such as CNSHA (country, then 3 letters or digits 2-9)',
  })
  .refine((code) => isCountryCode(code.slice(0, 2)), {
    message: 'a UN/LOCODE starts with an ISO 3166-1 alpha-2 country code',
  });

/**
 * What `checkTradeBarriers` reads of an order: its id, the destination country, the countries it
 * passes through, where the goods come from (`originCountry`, the country of origin, and
 * `portOfLoading`, a {@link PortCode}; both optional, checked only when the policy's
 * `countryRoles` name them), and each line's HS code (the product's `hsCode`; digits only).
 * Line ids are unique.
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
    originCountry: CountryCode.optional(),
    portOfLoading: PortCode.optional(),
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
