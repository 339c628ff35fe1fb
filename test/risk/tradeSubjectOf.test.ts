import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { checkTradeBarriers, safeTradeSubjectOf, tradeSubjectOf } from '../../src/risk';

const order = {
  id: 'SO-7',
  customerId: 'C-1',
  ownerId: 'AM-1',
  orderDate: '2026-03-02',
  currency: 'EUR',
  status: 'confirmed' as const,
  lines: [
    { lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '2', unitPrice: '900' },
    { lineId: '2', productId: 'P-2', categoryId: 'K-2', quantity: '1', unitPrice: '50' },
    { lineId: '3', productId: 'P-1', categoryId: 'K-1', quantity: '1', unitPrice: '900' },
  ],
};
const customer = { id: 'C-1', name: 'Müller Pumpen GmbH', country: 'DE', ownerId: 'AM-1' };
const products = [
  { id: 'P-0', name: 'Not ordered', categoryId: 'K-0' },
  { id: 'P-1', name: 'Pump', categoryId: 'K-1', hsCode: '841370' },
  { id: 'P-2', name: 'Laptop', categoryId: 'K-2', hsCode: '847130' },
];

describe('tradeSubjectOf', () => {
  it('builds the shipment and the parties from the order, the customer and the catalogue', () => {
    const { shipment, parties } = tradeSubjectOf(order, customer, products);
    expect(shipment).toEqual({
      orderId: 'SO-7',
      customerId: 'C-1',
      destinationCountry: 'DE',
      transitCountries: [],
      lines: [
        { lineId: '1', productId: 'P-1', hsCode: '841370' },
        { lineId: '2', productId: 'P-2', hsCode: '847130' },
        { lineId: '3', productId: 'P-1', hsCode: '841370' },
      ],
    });
    expect(parties).toEqual([
      { id: 'C-1', name: 'Müller Pumpen GmbH', kind: 'customer', country: 'DE' },
    ]);
  });

  it('takes another destination, transit countries and further parties from the options', () => {
    const { shipment, parties } = tradeSubjectOf(order, customer, products, {
      destinationCountry: 'RU',
      transitCountries: ['TR', 'GE'],
      parties: [{ id: 'FWD-1', name: 'Bosporus Logistics A.Ş.', country: 'TR' }],
    });
    expect([shipment.destinationCountry, shipment.transitCountries]).toEqual(['RU', ['TR', 'GE']]);
    expect(parties.map((p) => [p.id, p.kind])).toEqual([
      ['C-1', 'customer'],
      ['FWD-1', 'customer'],
    ]);
    const findings = checkTradeBarriers(shipment, {
      effectiveFrom: '2026-01-01',
      restrictedCountries: [{ country: 'RU', reason: 'sanctions' }],
      restrictedHsCodes: [{ prefix: '8471', reason: 'export licence needed' }],
    });
    expect(findings.map((f) => `${f.code} ${f.evidence.line ?? f.evidence.country}`)).toEqual([
      'trade.country.restricted RU',
      'trade.hs-code.restricted 2',
    ]);
  });

  it('takes the country of origin and the port of loading from the options', () => {
    const { shipment } = tradeSubjectOf(order, customer, products, {
      originCountry: 'CN',
      portOfLoading: 'CNSHA',
    });
    expect(shipment).toMatchObject({ originCountry: 'CN', portOfLoading: 'CNSHA' });
    expect(tradeSubjectOf(order, customer, products).shipment).not.toHaveProperty('originCountry');
    expect(
      safeTradeSubjectOf(order, customer, products, { portOfLoading: 'SHANGHAI' }),
    ).toMatchObject({ success: false, error: { path: ['options', 'portOfLoading'] } });
  });

  it('refuses what cannot be screened, with the path, and never a partial shipment', () => {
    const fail = (...args: Parameters<typeof tradeSubjectOf>) => safeTradeSubjectOf(...args);
    expect(fail(order, { ...customer, id: 'C-2' }, products)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['customer', 'id'], value: 'C-2' },
    });
    expect(fail(order, customer, products.slice(0, 2))).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['order', 'lines', 1, 'productId'], value: 'P-2' },
    });
    expect(
      fail(order, customer, [
        ...products.slice(0, 2),
        { id: 'P-2', name: 'Laptop', categoryId: 'K' },
      ]),
    ).toMatchObject({ success: false, error: { path: ['products', 2, 'hsCode'] } });
    expect(fail(order, customer, [...products, products[1] as never])).toMatchObject({
      success: false,
      error: { path: ['products', 3, 'id'], value: 'P-1' },
    });
    expect(
      fail(order, customer, [{ ...products[1], hsCode: '8413.70' } as never, products[2] as never]),
    ).toMatchObject({ success: false, error: { path: ['products', 0, 'hsCode'] } });
    expect(fail(order, customer, products, { transitCountries: ['XX'] })).toMatchObject({
      success: false,
      error: { path: ['options', 'transitCountries', 0] },
    });
    expect(fail(order, customer, null as never)).toMatchObject({
      success: false,
      error: { path: ['products'] },
    });
    expect(() => tradeSubjectOf({ ...order, lines: [] }, customer, products)).toThrow(
      CrmRulesError,
    );
  });

  describe('properties', () => {
    it('one line per order line, in order, each with its product’s HS code, whatever the catalogue order', () => {
      fc.assert(
        fc.property(fc.shuffledSubarray(products, { minLength: 3 }), (catalogue) => {
          const { shipment } = tradeSubjectOf(order, customer, catalogue);
          expect(shipment.lines.map((l) => [l.lineId, l.hsCode])).toEqual([
            ['1', '841370'],
            ['2', '847130'],
            ['3', '841370'],
          ]);
        }),
        { numRuns: 20 },
      );
    });
  });
});
