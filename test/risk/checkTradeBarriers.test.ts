import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTradeBarriers, safeCheckTradeBarriers } from '../../src/risk';

const policy: Parameters<typeof checkTradeBarriers>[1] = {
  effectiveFrom: '2026-01-01',
  restrictedCountries: [
    { country: 'KP', reason: 'UN sanctions' },
    { country: 'IR', severity: 'warning', reason: 'licence review' },
  ],
  restrictedHsCodes: [
    { prefix: '93', reason: 'arms and ammunition' },
    { prefix: '8471', reason: 'export licence needed' },
    { prefix: '847130', severity: 'warning', reason: 'laptops: licence exception' },
  ],
};

const shipment = (
  destinationCountry: string,
  hsCodes: string[],
  transitCountries: string[] = [],
) => ({
  orderId: 'SO-1',
  destinationCountry,
  transitCountries,
  lines: hsCodes.map((hsCode, i) => ({ lineId: String(i + 1), hsCode })),
});

const summary = (findings: ReturnType<typeof checkTradeBarriers>) =>
  findings.map(
    (f) =>
      `${f.severity} ${f.code} ${f.evidence.line ?? `${f.evidence.role}:${f.evidence.country}`}`,
  );

describe('checkTradeBarriers', () => {
  it('passes a shipment with nothing restricted', () => {
    expect(checkTradeBarriers(shipment('DE', ['841370']), policy)).toEqual([]);
  });

  it('flags restricted destination and transit countries with the rule severity and reason', () => {
    const findings = checkTradeBarriers(shipment('IR', ['841370'], ['KP', 'IR', 'TR']), policy);
    expect(summary(findings)).toEqual([
      'block trade.country.restricted.transit transit:KP',
      'warning trade.country.restricted destination:IR',
    ]);
    expect(findings[0]).toMatchObject({
      subject: { kind: 'order', id: 'SO-1' },
      evidence: { order: 'SO-1', role: 'transit', country: 'KP', reason: 'UN sanctions' },
      message: 'order SO-1 passes through KP, a restricted country (UN sanctions)',
    });
    expect(
      checkTradeBarriers(shipment('IR', ['841370']), policy, { locale: 'zh-CN' })[0]?.message,
    ).toBe('订单 SO-1 的目的国 IR 为受限国家（licence review）');
  });

  it('applies the longest matching HS-code prefix', () => {
    expect(
      summary(checkTradeBarriers(shipment('DE', ['930190', '847130', '84715000', '8413']), policy)),
    ).toEqual([
      'block trade.hs-code.restricted 1',
      'block trade.hs-code.restricted 3',
      'warning trade.hs-code.restricted 2',
    ]);
  });

  it('refuses malformed input with coded errors and paths, nothing partial', () => {
    expect(safeCheckTradeBarriers(shipment('DE', ['8413.70']), policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['shipment', 'lines', 0, 'hsCode'] },
    });
    expect(safeCheckTradeBarriers(shipment('XX', ['8413']), policy)).toMatchObject({
      success: false,
      error: { path: ['shipment', 'destinationCountry'] },
    });
    expect(
      safeCheckTradeBarriers(shipment('DE', ['8413']), {
        ...policy,
        restrictedHsCodes: [...(policy.restrictedHsCodes ?? []), { prefix: '93', reason: 'again' }],
      }),
    ).toMatchObject({
      success: false,
      error: { path: ['policy', 'restrictedHsCodes', 3, 'prefix'] },
    });
    expect(
      safeCheckTradeBarriers(shipment('DE', ['8413']), {
        ...policy,
        threshold: '0.9',
        blockAt: '0.8',
      }),
    ).toMatchObject({ success: false, error: { path: ['policy', 'blockAt'] } });
    expect(
      safeCheckTradeBarriers(shipment('DE', ['8413']), { ...policy, extra: 1 } as never),
    ).toMatchObject({ success: false, error: { path: ['policy', 'extra'] } });
    expect(
      safeCheckTradeBarriers(
        {
          ...shipment('DE', ['8413', '8414']),
          lines: [
            { lineId: '1', hsCode: '8413' },
            { lineId: '1', hsCode: '8414' },
          ],
        },
        policy,
      ),
    ).toMatchObject({ success: false, error: { path: ['shipment', 'lines', 1, 'lineId'] } });
  });
});

describe('checkTradeBarriers: where the goods come from', () => {
  const from = { ...shipment('IR', ['841370']), originCountry: 'KP', portOfLoading: 'KPNAM' };
  const every: typeof policy = {
    ...policy,
    countryRoles: ['destination', 'transit', 'origin', 'loading'],
  };

  it('checks the destination and transit countries only unless the policy names more sides', () => {
    expect(summary(checkTradeBarriers(from, policy))).toEqual([
      'warning trade.country.restricted destination:IR',
    ]);
  });

  it('reports a restricted origin and port of loading, the evidence naming the side', () => {
    const findings = checkTradeBarriers(
      { ...from, originCountry: 'CN', portOfLoading: 'IRBND' },
      { ...every, countryRoles: ['origin', 'loading'] },
    );
    expect(summary(findings)).toEqual(['warning trade.country.restricted.loading loading:IR']);
    expect(findings[0]).toMatchObject({
      evidence: { order: 'SO-1', role: 'loading', country: 'IR', port: 'IRBND' },
      message: 'order SO-1 is loaded at IRBND in IR, a restricted country (licence review)',
    });
    const origin = checkTradeBarriers(from, every, { locale: 'zh-CN' });
    expect(summary(origin)).toEqual([
      'block trade.country.restricted.origin origin:KP',
      'warning trade.country.restricted destination:IR',
    ]);
    expect(origin[0]?.message).toBe('订单 SO-1 的原产国 KP 为受限国家（UN sanctions）');
  });

  it('reports a port of loading in the origin country once, as the origin', () => {
    expect(
      summary(checkTradeBarriers(from, { ...every, countryRoles: ['origin', 'loading'] })),
    ).toEqual(['block trade.country.restricted.origin origin:KP']);
    expect(summary(checkTradeBarriers(from, { ...every, countryRoles: ['loading'] }))).toEqual([
      'block trade.country.restricted.loading loading:KP',
    ]);
  });

  it('refuses a malformed port of loading or a side named twice', () => {
    expect(safeCheckTradeBarriers({ ...from, portOfLoading: 'kpnam' }, policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['shipment', 'portOfLoading'] },
    });
    expect(safeCheckTradeBarriers({ ...from, portOfLoading: 'XXNAM' }, policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['shipment', 'portOfLoading'] },
    });
    expect(safeCheckTradeBarriers({ ...from, originCountry: 'XX' }, policy)).toMatchObject({
      success: false,
      error: { path: ['shipment', 'originCountry'] },
    });
    expect(
      safeCheckTradeBarriers(from, { ...policy, countryRoles: ['origin', 'origin'] }),
    ).toMatchObject({ success: false, error: { path: ['policy', 'countryRoles', 1] } });
  });
});

const hsCode = fc.constantFrom('930190', '847130', '84715000', '841370', '8413', '9301');
const country = fc.constantFrom('DE', 'KP', 'IR', 'TR', 'CN');

describe('properties', () => {
  it('gives the same findings whatever the order of lines, transit countries and rules', () => {
    fc.assert(
      fc.property(
        country,
        fc.array(country, { maxLength: 4 }),
        fc.array(hsCode, { minLength: 1, maxLength: 6 }),
        (to, via, codes) => {
          const forward = checkTradeBarriers(shipment(to, codes, via), policy);
          const reversed = checkTradeBarriers(
            {
              ...shipment(to, codes, [...via].reverse()),
              lines: shipment(to, codes).lines.reverse(),
            },
            {
              ...policy,
              restrictedCountries: [...(policy.restrictedCountries ?? [])].reverse(),
              restrictedHsCodes: [...(policy.restrictedHsCodes ?? [])].reverse(),
            },
          );
          expect(reversed).toEqual(forward);
        },
      ),
    );
  });

  it('never passes a line whose HS code starts with a restricted prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom('93', '8471'), fc.stringMatching(/^\d{0,4}$/), (prefix, rest) => {
        const code = (prefix + rest).slice(0, 10);
        const hs = code.length % 2 === 1 ? `${code}0` : code;
        fc.pre(hs.length >= 4);
        const findings = checkTradeBarriers(shipment('DE', [hs]), policy);
        expect(findings.map((f) => f.code)).toEqual(['trade.hs-code.restricted']);
      }),
    );
  });
});
