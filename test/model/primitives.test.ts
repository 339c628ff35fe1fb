import { describe, expect, test } from 'vitest';
import {
  COUNTRY_CODES,
  CountryCode,
  EntityId,
  HsCode,
  isCountryCode,
  isPortableText,
  Label,
  NonNegativeDecimal,
  PositiveDecimal,
} from '../../src/model';

describe('primitives', () => {
  test('country codes: ISO 3166-1 alpha-2 plus XK, upper case only', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    expect(COUNTRY_CODES).toEqual([...COUNTRY_CODES].sort());
    expect(['CN', 'DE', 'US', 'GB', 'XK'].every(isCountryCode)).toBe(true);
    expect(['UK', 'de', 'EU', 'DEU', 'toString'].some(isCountryCode)).toBe(false);
    expect(CountryCode.safeParse('UK').success).toBe(false);
  });

  test('ids are non-empty, portable and never prototype keys', () => {
    expect(EntityId.parse('客户-001')).toBe('客户-001');
    for (const id of ['', '__proto__', 'constructor', 'prototype', 'a\u0000', 'a\ud800']) {
      expect(EntityId.safeParse(id).success).toBe(false);
    }
  });

  test('portable text has no NUL and no lone surrogate; emoji are fine', () => {
    expect(isPortableText('😀 上海')).toBe(true);
    expect(isPortableText('a\u0000b')).toBe(false);
    expect(isPortableText('\udc00')).toBe(false);
    expect(Label.safeParse('').success).toBe(false);
  });

  test('signed decimal strings', () => {
    expect(NonNegativeDecimal.safeParse('0').success).toBe(true);
    expect(NonNegativeDecimal.safeParse('-0').success).toBe(true);
    expect(NonNegativeDecimal.safeParse('-0.01').success).toBe(false);
    expect(PositiveDecimal.safeParse('0.01').success).toBe(true);
    expect(PositiveDecimal.safeParse('0').success).toBe(false);
    expect(PositiveDecimal.safeParse(1).success).toBe(false);
  });

  test('HS codes are 4 to 10 digits in pairs', () => {
    expect(
      ['8413', '841370', '84137010', '8413701000'].every((code) => HsCode.safeParse(code).success),
    ).toBe(true);
    expect(
      ['84', '84137', '8413.70', '84137010001', ' 8413'].some(
        (code) => HsCode.safeParse(code).success,
      ),
    ).toBe(false);
  });
});
