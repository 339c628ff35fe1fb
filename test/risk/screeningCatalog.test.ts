import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/explain';
import {
  buildScreeningList,
  checkTradeBarriers,
  screeningCatalog,
  screenParties,
} from '../../src/risk';

describe('screeningCatalog', () => {
  it('has en and zh-CN messages for every finding code of screening and trade barriers', () => {
    const list = buildScreeningList([
      { id: 'L', name: 'Acme', source: 'UN', type: 'organisation' },
    ]);
    const codes = new Set([
      ...screenParties([{ id: 'P', name: 'Acme' }], list).map((f) => f.code),
      ...checkTradeBarriers(
        {
          orderId: 'O',
          destinationCountry: 'KP',
          transitCountries: ['IR'],
          lines: [{ lineId: '1', hsCode: '9301' }],
        },
        {
          effectiveFrom: '2026-01-01',
          restrictedCountries: [
            { country: 'KP', reason: 'r' },
            { country: 'IR', reason: 'r' },
          ],
          restrictedHsCodes: [{ prefix: '93', reason: 'r' }],
        },
      ).map((f) => f.code),
    ]);
    expect([...codes].sort()).toEqual([
      'screening.denied-party.match',
      'trade.country.restricted',
      'trade.hs-code.restricted',
    ]);
    for (const code of codes)
      for (const locale of LOCALES)
        expect(screeningCatalog.messages.get(code)?.[locale]).toBeTruthy();
    expect([...screeningCatalog.messages.keys()]).toContain('trade.country.restricted.transit');
  });
});
