import { describe, expect, it } from 'vitest';
import {
  CURRENCY_CODES,
  CurrencyCode,
  isCurrencyCode,
  minorUnits,
  money,
  round,
  toMoneyJson,
} from '../../src/money';
import { thrown } from '../_support/money';

/**
 * ISO 4217 List One (current currency & funds code list, maintained by SIX Financial Information
 * for ISO: https://www.six-group.com/en/products-services/financial-information/data-standards.html,
 * list-one.xml of 2025), column "Minor unit", written out here by hand from that table: every
 * code with a numeric minor unit. Codes whose minor unit is "N.A." (XAG, XAU, XBA–XBD, XDR, XPD,
 * XPT, XSU, XTS, XUA, XXX) are not money in this library.
 */
const ISO_LIST_ONE: Readonly<Record<string, number>> = {
  ...units(0, 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'),
  ...units(3, 'BHD IQD JOD KWD LYD OMR TND'),
  ...units(4, 'CLF UYW'),
  ...units(
    2,
    'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN ' +
      'BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP ' +
      'GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT ' +
      'LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN ' +
      'NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE ' +
      'SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES ' +
      'WST XCD XCG YER ZAR ZMW ZWG',
  ),
};

/**
 * Withdrawn codes the library still reads because they appear on historical invoices, with their
 * minor unit from ISO 4217 List Three (historic denominations): ANG (replaced by XCG, 2025),
 * CUC (2021), HRK (replaced by EUR, 2023), SLL (replaced by SLE), ZWL (replaced by ZWG, 2024).
 */
const ISO_LIST_THREE_KEPT: Readonly<Record<string, number>> = units(2, 'ANG CUC HRK SLL ZWL');

function units(places: number, codes: string): Record<string, number> {
  return Object.fromEntries(codes.split(' ').map((code) => [code, places]));
}

describe('currencies', () => {
  const expected = { ...ISO_LIST_ONE, ...ISO_LIST_THREE_KEPT };

  it('knows exactly the ISO 4217 codes with a minor unit, in alphabetical order', () => {
    expect(CURRENCY_CODES).toEqual(Object.keys(expected).sort());
    expect(CURRENCY_CODES).toHaveLength(170);
    expect(Object.isFrozen(CURRENCY_CODES)).toBe(true);
  });

  it('gives every code the minor unit of the ISO table', () => {
    const actual = Object.fromEntries(CURRENCY_CODES.map((code) => [code, minorUnits(code)]));
    expect(actual).toEqual(expected);
  });

  it.each([
    ['JPY', 0, '1235'],
    ['KRW', 0, '1235'],
    ['ISK', 0, '1235'],
    ['CNY', 2, '1234.57'],
    ['USD', 2, '1234.57'],
    ['HUF', 2, '1234.57'],
    ['KWD', 3, '1234.568'],
    ['TND', 3, '1234.568'],
    ['CLF', 4, '1234.5679'],
    ['UYW', 4, '1234.5679'],
  ])('%s has %i decimal places (rounding goes to them)', (code, places, text) => {
    expect(minorUnits(code)).toBe(places);
    expect(toMoneyJson(round(money('1234.56789', code))).amount).toBe(text);
  });

  it('recognises codes: upper-case strings of the table only, never inherited keys', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('ZWL')).toBe(true);
    for (const code of ['eur', 'XAU', 'XXX', 'EURO', '', 'toString', '__proto__', 'hasOwnProperty'])
      expect(isCurrencyCode(code)).toBe(false);
    for (const value of [978, null, undefined, ['EUR'], { EUR: 2 }])
      expect(isCurrencyCode(value)).toBe(false);
    expect(CurrencyCode.safeParse('EUR')).toEqual({ success: true, data: 'EUR' });
    const refused = CurrencyCode.safeParse('usd');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      message: 'expected an ISO 4217 currency code such as USD or CNY',
      params: { code: 'UNKNOWN_CURRENCY' },
    });
  });

  it('refuses an unknown code with UNKNOWN_CURRENCY at the given path', () => {
    expect(thrown(() => minorUnits('XAU', ['lines', 1, 'currency']))).toMatchObject({
      code: 'UNKNOWN_CURRENCY',
      path: ['lines', 1, 'currency'],
      value: 'XAU',
      message: expect.stringContaining('expected an ISO 4217 currency code such as USD or CNY'),
    });
    expect(thrown(() => minorUnits('toString'))).toMatchObject({
      code: 'UNKNOWN_CURRENCY',
      path: [],
    });
  });
});
