import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Incoterm } from '../../src/model';
import {
  type ContractPolicyInput,
  checkContract,
  safeCheckContract,
  TransportMode,
} from '../../src/risk';

type Review = Parameters<typeof checkContract>[0];
const contract = {
  id: 'K-1',
  customerId: 'C-1',
  startDate: '2026-01-01',
  incoterm: 'CIF',
  governingLaw: 'CN',
  disputeResolution: { kind: 'arbitration', seat: 'Beijing', language: 'Chinese', arbitrators: 3 },
  currency: 'USD',
  paymentTerms: { method: 'LC', days: 0 },
} as const;
const review: Review = {
  contract,
  transportMode: 'sea',
  hasCurrencyClause: true,
  hasIpClause: true,
};
const customer = { id: 'C-1', name: 'Hamburg Trading GmbH', country: 'DE', ownerId: 'AM-1' };
const policy: ContractPolicyInput = {
  effectiveFrom: '2026-01-01',
  baseCurrency: 'CNY',
  countryGroups: [{ id: 'eu', countries: ['DE', 'FR'] }],
  governingLaws: ['CN', 'HK'],
  requireArbitration: true,
  arbitrationSeats: ['Beijing', 'Hong Kong', 'Singapore'],
  arbitrationLanguages: ['Chinese', 'English'],
  currencies: ['USD', 'EUR', 'CNY'],
  ipClauseCategories: ['CAT-SOFTWARE'],
  ipClauseCountryGroups: ['eu'],
};

describe('checkContract', () => {
  it('passes a contract that meets the policy', () => {
    expect(checkContract(review, customer, policy)).toEqual([]);
  });

  it('flags sea-only Incoterms on a shipment that is not by sea or inland waterway', () => {
    // ICC, Incoterms 2020 (introduction and the rules' guidance notes): FAS, FOB, CFR and CIF are
    // for sea and inland waterway transport only; EXW, FCA, CPT, CIP, DAP, DPU and DDP suit any
    // mode. Goods in containers handed over at a terminal belong under FCA/CPT/CIP.
    const byAir = checkContract({ ...review, transportMode: 'air' }, customer, policy);
    expect(byAir.map((f) => [f.code, f.severity, f.evidence])).toEqual([
      ['contract.incoterm.transport-mode', 'block', { incoterm: 'CIF', transportMode: 'air' }],
    ]);
    expect(byAir[0]?.message).toBe(
      'CIF is an Incoterms 2020 rule for sea and inland waterway only, but the goods travel by air',
    );
    const cip = {
      ...review,
      contract: { ...contract, incoterm: 'CIP' as const },
      transportMode: 'air' as const,
    };
    expect(checkContract(cip, customer, policy)).toEqual([]);
    expect(
      checkContract({ ...review, transportMode: 'inland-waterway' }, customer, policy),
    ).toEqual([]);
  });

  it('checks governing law, arbitration seat, language and tribunal size, currency and IP clauses', () => {
    const loose: Review = {
      contract: {
        ...contract,
        governingLaw: 'NY',
        disputeResolution: { kind: 'arbitration', seat: 'Paris', arbitrators: 2 },
        currency: 'JPY',
      },
      transportMode: 'sea',
      categoryIds: ['CAT-SOFTWARE', 'CAT-PUMPS'],
    };
    expect(checkContract(loose, customer, policy).map((f) => [f.code, f.evidence])).toEqual([
      ['contract.arbitration.arbitrators', { arbitrators: '2' }],
      ['contract.arbitration.language', { language: 'unspecified', allowed: 'Chinese, English' }],
      ['contract.arbitration.seat', { seat: 'Paris', allowed: 'Beijing, Hong Kong, Singapore' }],
      ['contract.currency-clause.missing', { currency: 'JPY', baseCurrency: 'CNY' }],
      ['contract.currency.not-allowed', { currency: 'JPY', allowed: 'USD, EUR, CNY' }],
      ['contract.governing-law.not-allowed', { governingLaw: 'NY', allowed: 'CN, HK' }],
      ['contract.ip-clause.missing-category', { categoryId: 'CAT-SOFTWARE' }],
      ['contract.ip-clause.missing-country', { country: 'DE', countryGroup: 'eu' }],
    ]);
    const court: Review = {
      ...review,
      contract: { ...contract, disputeResolution: { kind: 'court', seat: 'Shanghai' } },
    };
    expect(checkContract(court, customer, policy).map((f) => f.code)).toEqual([
      'contract.dispute.not-arbitration',
    ]);
  });

  it('refuses an unknown Incoterm, another customer and an unknown country group with a path', () => {
    const dat = { ...review, contract: { ...contract, incoterm: 'DAT' } } as unknown as Review;
    expect(safeCheckContract(dat, customer, policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['review', 'contract', 'incoterm'], value: 'DAT' },
    });
    expect(safeCheckContract(review, { ...customer, id: 'C-2' }, policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['customer', 'id'] },
    });
    expect(
      safeCheckContract(review, customer, { ...policy, ipClauseCountryGroups: ['asean'] }),
    ).toMatchObject({ success: false, error: { path: ['policy', 'ipClauseCountryGroups', 0] } });
  });

  describe('properties', () => {
    it('never passes a sea-only Incoterm off the water, and never flags an any-mode one', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...Incoterm.options),
          fc.constantFrom(...TransportMode.options),
          (term, mode) => {
            const found = checkContract(
              { ...review, contract: { ...contract, incoterm: term }, transportMode: mode },
              customer,
              policy,
            ).some((f) => f.code === 'contract.incoterm.transport-mode');
            const seaOnly = ['FAS', 'FOB', 'CFR', 'CIF'].includes(term);
            expect(found).toBe(seaOnly && mode !== 'sea' && mode !== 'inland-waterway');
          },
        ),
        { numRuns: 40 },
      );
    });

    it('does not depend on the order of the categories or the country groups', () => {
      const loose: Review = {
        contract: { ...contract, currency: 'JPY' },
        transportMode: 'road',
        categoryIds: ['A', 'B', 'C'],
      };
      const rules = {
        ...policy,
        ipClauseCategories: ['A', 'C'],
        countryGroups: [
          { id: 'eu', countries: ['DE'] },
          { id: 'de', countries: ['DE'] },
        ],
        ipClauseCountryGroups: ['eu', 'de'],
      };
      const expected = checkContract(loose, customer, rules);
      fc.assert(
        fc.property(
          fc.shuffledSubarray(['A', 'B', 'C'], { minLength: 3 }),
          fc.shuffledSubarray(rules.countryGroups, { minLength: 2 }),
          (categoryIds, countryGroups) => {
            expect(
              checkContract({ ...loose, categoryIds }, customer, { ...rules, countryGroups }),
            ).toEqual(expected);
          },
        ),
        { numRuns: 20 },
      );
    });
  });
});
