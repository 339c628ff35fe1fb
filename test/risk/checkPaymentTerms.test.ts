import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaymentMethod } from '../../src/model';
import {
  checkPaymentTerms,
  PAYMENT_RISK_LADDER,
  PaymentTermsPolicy,
  type PaymentTermsPolicyInput,
  safeCheckPaymentTerms,
} from '../../src/risk';

const customer = { id: 'C-1', name: 'Caracas Import', country: 'VE', ownerId: 'AM-1', grade: 'B' };
const policy: PaymentTermsPolicyInput = {
  effectiveFrom: '2026-01-01',
  countryGroups: [{ id: 'high-risk', countries: ['VE', 'AF'] }],
  rules: [
    { riskiestMethod: 'DP', maxCreditDays: 60 },
    { grade: 'A', riskiestMethod: 'OA', maxCreditDays: 120 },
    { countryGroup: 'high-risk', riskiestMethod: 'LC', maxCreditDays: 30 },
  ],
};
const contract = {
  id: 'K-1',
  customerId: 'C-1',
  startDate: '2026-01-01',
  incoterm: 'FOB',
  governingLaw: 'CN',
  disputeResolution: { kind: 'arbitration', seat: 'Beijing' },
  currency: 'USD',
  paymentTerms: { method: 'DA', days: 90 },
} as const;

describe('PAYMENT_RISK_LADDER', () => {
  it('ranks T/T in advance < L/C < D/P < D/A < O/A < consignment, every model method once', () => {
    expect(PAYMENT_RISK_LADDER).toEqual(['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA', 'CONSIGNMENT']);
    expect([...PAYMENT_RISK_LADDER].sort()).toEqual([...PaymentMethod.options].sort());
  });
});

describe('checkPaymentTerms', () => {
  it('applies the strictest matching rule: the high-risk country group beats the default', () => {
    const findings = checkPaymentTerms(contract, customer, policy);
    expect(findings.map((f) => [f.code, f.severity, f.subject, f.evidence])).toEqual([
      [
        'terms.method.too-risky',
        'block',
        { kind: 'contract', id: 'K-1' },
        { method: 'DA', riskiestMethod: 'LC', rule: '2' },
      ],
      [
        'terms.days.too-long',
        'warning',
        { kind: 'contract', id: 'K-1' },
        { days: '90', maxCreditDays: '30', excess: '60', rule: '2' },
      ],
    ]);
    expect(findings[0]?.message).toBe(
      'payment method DA is riskier than LC, the riskiest rule 2 allows',
    );
  });

  it('a grade rule never loosens the default: rules combine, the strictest wins', () => {
    const key = { ...customer, country: 'DE', grade: 'A' };
    const terms = { orderId: 'SO-1', paymentTerms: { method: 'OA', days: 100 } } as const;
    expect(checkPaymentTerms(terms, key, policy).map((f) => [f.code, f.evidence.rule])).toEqual([
      ['terms.method.too-risky', '0'],
      ['terms.days.too-long', '0'],
    ]);
    expect(
      checkPaymentTerms({ orderId: 'SO-1', paymentTerms: { method: 'DP', days: 60 } }, key, policy),
    ).toEqual([]);
  });

  it('refuses a policy without a default rule, an unknown group and an unknown Incoterm', () => {
    expect(
      safeCheckPaymentTerms(contract, customer, { ...policy, rules: policy.rules.slice(1, 2) }),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['policy', 'rules'] },
    });
    expect(
      safeCheckPaymentTerms(contract, customer, {
        ...policy,
        rules: [...policy.rules, { countryGroup: 'eu', riskiestMethod: 'OA' }],
      }),
    ).toMatchObject({ success: false, error: { path: ['policy', 'rules', 3, 'countryGroup'] } });
    expect(
      safeCheckPaymentTerms({ ...contract, incoterm: 'DAT' } as never, customer, policy),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['document', 'incoterm'] },
    });
    expect(PaymentTermsPolicy.safeParse({ effectiveFrom: '2026-01-01', rules: [{}] }).success).toBe(
      false,
    );
  });

  describe('properties', () => {
    const method = fc.constantFrom(...PAYMENT_RISK_LADDER);
    it('never passes terms riskier or longer than the strictest rule allows, and passes the rest', () => {
      fc.assert(
        fc.property(method, fc.nat(400), method, fc.nat(400), (m, d, allowed, max) => {
          const one = {
            effectiveFrom: '2026-01-01',
            rules: [{ riskiestMethod: allowed, maxCreditDays: max }],
          };
          const codes = checkPaymentTerms(
            { orderId: 'O', paymentTerms: { method: m, days: d } },
            customer,
            one,
          ).map((f) => f.code);
          const riskier = PAYMENT_RISK_LADDER.indexOf(m) > PAYMENT_RISK_LADDER.indexOf(allowed);
          expect(codes.includes('terms.method.too-risky')).toBe(riskier);
          expect(codes.includes('terms.days.too-long')).toBe(d > max);
        }),
        { numRuns: 50 },
      );
    });

    it('does not depend on the order of the rules', () => {
      fc.assert(
        fc.property(fc.shuffledSubarray([...policy.rules], { minLength: 3 }), (rules) => {
          const findings = checkPaymentTerms(contract, customer, { ...policy, rules });
          expect(
            findings.map((f) => [f.code, f.evidence.riskiestMethod ?? f.evidence.maxCreditDays]),
          ).toEqual([
            ['terms.method.too-risky', 'LC'],
            ['terms.days.too-long', '30'],
          ]);
        }),
        { numRuns: 20 },
      );
    });
  });
});
