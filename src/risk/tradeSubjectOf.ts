import * as z from 'zod';
import { attempt, CrmRulesError, parseWith, type SafeResult } from '../errors';
import { CountryCode, Customer, Order, type Product } from '../model';
import { shipmentLines } from './_lib/trade/shipmentLines';
import { ScreeningParty } from './ScreeningEntry';
import { PortCode, TradeShipment } from './TradeShipment';

/**
 * Options of {@link tradeSubjectOf}: where the goods go when not to the customer's country
 * (`destinationCountry`), the countries they pass through (`transitCountries`), where they come
 * from (`originCountry`, `portOfLoading` as a UN/LOCODE), and further parties to screen beside
 * the customer (`parties`: a consignee, a notify party, a forwarder).
 */
export interface TradeSubjectOptions {
  readonly destinationCountry?: string | undefined;
  readonly transitCountries?: readonly string[] | undefined;
  readonly originCountry?: string | undefined;
  readonly portOfLoading?: string | undefined;
  readonly parties?: readonly ScreeningParty[] | undefined;
}

/** What {@link tradeSubjectOf} derives: the shipment for `checkTradeBarriers`, the parties for `screenParties`. */
export interface TradeSubject {
  readonly shipment: z.output<typeof TradeShipment>;
  readonly parties: z.output<typeof ScreeningParty>[];
}

const Options = z.strictObject({
  destinationCountry: CountryCode.optional(),
  transitCountries: z.array(CountryCode).optional(),
  originCountry: CountryCode.optional(),
  portOfLoading: PortCode.optional(),
  parties: z.array(ScreeningParty).optional(),
});

/**
 * Derives what the trade checks screen from a CRM's own records: the shipment of an order
 * (`checkTradeBarriers`: destination — the customer's country unless
 * `options.destinationCountry` — transit countries, the origin and port of loading when given,
 * and each line with its product's HS code)
 * and the parties (`screenParties`: the customer, then `options.parties`).
 *
 * @param order - the order ({@link Order}); every line's product must be among `products`
 * @param customer - the order's customer ({@link Customer})
 * @param products - the products ({@link Product}), e.g. the whole catalogue; those the lines
 * name need an `hsCode`
 * @param options - destination, transit countries, origin, port of loading, further parties
 * @returns the shipment and the parties, parsed
 * @throws CrmRulesError `INVALID_INPUT` at `['customer', 'id']` when the customer is not the
 * order's, at `['order', 'lines', i, 'productId']` for a product not listed, at
 * `['products', j, 'hsCode']` for a product without an HS code, at `['products', j, 'id']` for
 * a product listed twice; `INVALID_INPUT` (or the schema's code) under `order`, `customer`,
 * `products` or `options`
 * @example
 * ```ts
 * const order = {
 *   id: 'SO-7', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-03-02', currency: 'EUR', status: 'open' as const,
 *   lines: [{ lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '2', unitPrice: '900' }],
 * };
 * const customer = { id: 'C-1', name: 'Müller Pumpen GmbH', country: 'DE', ownerId: 'AM-1' };
 * const products = [{ id: 'P-1', name: 'Pump', categoryId: 'K-1', hsCode: '841370' }];
 * const { shipment, parties } = tradeSubjectOf(order, customer, products, { transitCountries: ['TR'] });
 * [shipment.destinationCountry, shipment.transitCountries, shipment.lines[0]?.hsCode, parties[0]?.name];
 * //=> ['DE', ['TR'], '841370', 'Müller Pumpen GmbH']
 * ```
 */
export function tradeSubjectOf(
  order: z.input<typeof Order>,
  customer: z.input<typeof Customer>,
  products: readonly z.input<typeof Product>[],
  options: TradeSubjectOptions = {},
): TradeSubject {
  const parsedOrder = parseWith(Order, order, { path: ['order'] });
  const buyer = parseWith(Customer, customer, { path: ['customer'] });
  const settings = parseWith(Options, options ?? {}, { path: ['options'] });
  if (buyer.id !== parsedOrder.customerId)
    throw new CrmRulesError('INVALID_INPUT', `the order's customer is ${parsedOrder.customerId}`, {
      path: ['customer', 'id'],
      value: buyer.id,
    });
  const shipment = parseWith(
    TradeShipment,
    {
      orderId: parsedOrder.id,
      customerId: buyer.id,
      destinationCountry: settings.destinationCountry ?? buyer.country,
      transitCountries: settings.transitCountries ?? [],
      ...(settings.originCountry === undefined ? {} : { originCountry: settings.originCountry }),
      ...(settings.portOfLoading === undefined ? {} : { portOfLoading: settings.portOfLoading }),
      lines: shipmentLines(parsedOrder, products),
    },
    { path: ['order'] },
  );
  const own = { id: buyer.id, name: buyer.name, kind: 'customer' as const, country: buyer.country };
  return { shipment, parties: [own, ...(settings.parties ?? [])] };
}

/**
 * Like {@link tradeSubjectOf}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * const order = {
 *   id: 'SO-7', customerId: 'C-1', ownerId: 'AM-1', orderDate: '2026-03-02', currency: 'EUR', status: 'open' as const,
 *   lines: [{ lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '2', unitPrice: '900' }],
 * };
 * const customer = { id: 'C-1', name: 'Müller Pumpen GmbH', country: 'DE', ownerId: 'AM-1' };
 * safeTradeSubjectOf(order, customer, [{ id: 'P-1', name: 'Pump', categoryId: 'K-1' }]).error?.path;
 * //=> ['products', 0, 'hsCode']
 * ```
 */
export function safeTradeSubjectOf(
  order: z.input<typeof Order>,
  customer: z.input<typeof Customer>,
  products: readonly z.input<typeof Product>[],
  options: TradeSubjectOptions = {},
): SafeResult<TradeSubject> {
  return attempt(() => tradeSubjectOf(order, customer, products, options));
}
