import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderStep } from '../../src/explain';
import { type ContractClause, Incoterm } from '../../src/model';
import {
  type ContractPolicyInput,
  checkContract,
  riskCatalog,
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

  describe('from the contract itself', () => {
    // The same facts as `review`, carried by the model's contract.
    const own = {
      ...contract,
      transportMode: 'sea' as const,
      clauses: ['currency', 'ip', 'force-majeure'] as ContractClause[],
    };

    it('reads the transport mode and the clauses from the contract', () => {
      expect(checkContract(own, customer, policy)).toEqual([]);
      const byRail = checkContract({ ...own, transportMode: 'rail', clauses: [] }, customer, {
        ...policy,
        requiredClauses: ['force-majeure', 'retention-of-title'],
      });
      expect(byRail.map((f) => [f.code, f.severity, f.evidence])).toEqual([
        ['contract.incoterm.transport-mode', 'block', { incoterm: 'CIF', transportMode: 'rail' }],
        ['contract.clause.missing.force-majeure', 'warning', { clause: 'force-majeure' }],
        ['contract.clause.missing.retention-of-title', 'warning', { clause: 'retention-of-title' }],
        ['contract.currency-clause.missing', 'warning', { currency: 'USD', baseCurrency: 'CNY' }],
        ['contract.ip-clause.missing-country', 'warning', { country: 'DE', countryGroup: 'eu' }],
      ]);
      expect(byRail[1]?.message).toBe(
        'the contract has no force majeure clause, which the policy requires',
      );
      const missing = byRail[1] as (typeof byRail)[number];
      expect(
        renderStep(
          { code: missing.code, params: missing.evidence },
          { locale: 'zh-CN', catalog: riskCatalog },
        ),
      ).toBe('合同缺少政策要求的不可抗力条款');
    });

    it('says so when a sea-only rule names no transport mode, and not for an any-mode rule', () => {
      const { transportMode: _, ...unstated } = own;
      const findings = checkContract(unstated, customer, policy);
      expect(findings.map((f) => [f.code, f.severity, f.evidence])).toEqual([
        ['contract.transport-mode.unspecified', 'warning', { incoterm: 'CIF' }],
      ]);
      expect(findings[0]?.message).toBe(
        'CIF is an Incoterms 2020 rule for sea and inland waterway only, and the contract does not say how the goods travel',
      );
      expect(checkContract({ ...unstated, incoterm: 'CIP' }, customer, policy)).toEqual([]);
    });

    it('adds a review to the contract: its mode when the contract has none, its clause flags', () => {
      const bare = { ...contract, clauses: ['force-majeure'] as ContractClause[] };
      const required = { ...policy, requiredClauses: ['force-majeure', 'ip'] as ContractClause[] };
      expect(
        checkContract(
          { contract: bare, transportMode: 'sea', hasCurrencyClause: true, hasIpClause: true },
          customer,
          required,
        ),
      ).toEqual([]);
      expect(checkContract({ contract: own, hasIpClause: false }, customer, policy)).toEqual([]);
      expect(
        safeCheckContract({ contract: own, transportMode: 'air' }, customer, policy),
      ).toMatchObject({
        success: false,
        error: { code: 'INVALID_INPUT', path: ['review', 'transportMode'], value: 'air' },
      });
    });

    it('refuses a clause or category listed twice and an unknown clause, with the path', () => {
      expect(safeCheckContract({ ...own, clauses: ['ip', 'ip'] }, customer, policy)).toMatchObject({
        success: false,
        error: { path: ['review', 'clauses', 1] },
      });
      expect(
        safeCheckContract({ ...own, categoryIds: ['A', 'B', 'A'] }, customer, policy),
      ).toMatchObject({ success: false, error: { path: ['review', 'categoryIds', 2] } });
      expect(
        safeCheckContract({ ...own, clauses: ['hardship'] } as never, customer, policy),
      ).toMatchObject({ success: false, error: { path: ['review', 'clauses', 0] } });
      expect(
        safeCheckContract({ ...own, incoterm: 'DAT' } as never, customer, policy),
      ).toMatchObject({ success: false, error: { path: ['review', 'incoterm'] } });
    });

    it('a contract carrying its facts gives the findings of the same facts given as a review', () => {
      const modes = fc.constantFrom(...TransportMode.options);
      const clause = fc.constantFrom('currency', 'ip', 'force-majeure', 'retention-of-title');
      fc.assert(
        fc.property(
          fc.constantFrom(...Incoterm.options),
          modes,
          fc.uniqueArray(clause),
          fc.uniqueArray(fc.constantFrom('CAT-SOFTWARE', 'CAT-PUMPS')),
          (incoterm, transportMode, clauses, categoryIds) => {
            const rules = { ...policy, requiredClauses: ['force-majeure' as const] };
            const asReview = checkContract(
              {
                contract: {
                  ...contract,
                  incoterm,
                  clauses: clauses.filter((c) => c === 'force-majeure'),
                },
                transportMode,
                hasCurrencyClause: clauses.includes('currency'),
                hasIpClause: clauses.includes('ip'),
                categoryIds,
              },
              customer,
              rules,
            );
            expect(
              checkContract(
                { ...contract, incoterm, transportMode, clauses, categoryIds },
                customer,
                rules,
              ),
            ).toEqual(asReview);
          },
        ),
        { numRuns: 40 },
      );
    });
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
