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

  const order = {
    id: 'SO-1',
    customerId: 'C-1',
    ownerId: 'AM-1',
    orderDate: '2026-03-02',
    currency: 'USD',
    status: 'open' as const,
    lines: [{ lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '1', unitPrice: '100' }],
  };

  it('reads the terms from the order itself, subject the order', () => {
    const findings = checkPaymentTerms(
      { ...order, paymentTerms: { method: 'OA', days: 45 } },
      customer,
      policy,
    );
    expect(
      findings.map((f) => [f.code, f.subject, f.evidence.riskiestMethod ?? f.evidence.excess]),
    ).toEqual([
      ['terms.method.too-risky', { kind: 'order', id: 'SO-1' }, 'LC'],
      ['terms.days.too-long', { kind: 'order', id: 'SO-1' }, '15'],
    ]);
  });

  it('refuses an order that carries no terms, and bad terms on an order, with the path', () => {
    expect(safeCheckPaymentTerms(order, customer, policy)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['document', 'paymentTerms'] },
    });
    expect(
      safeCheckPaymentTerms(
        { ...order, paymentTerms: { method: 'CAD', days: 0 } } as never,
        customer,
        policy,
      ),
    ).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['document', 'paymentTerms', 'method'] },
    });
  });

  describe('properties', () => {
    const method = fc.constantFrom(...PAYMENT_RISK_LADDER);
    it('an order carrying its terms gives the same findings as the terms given apart', () => {
      fc.assert(
        fc.property(method, fc.nat(400), (m, d) => {
          const paymentTerms = { method: m, days: d };
          expect(checkPaymentTerms({ ...order, paymentTerms }, customer, policy)).toEqual(
            checkPaymentTerms({ orderId: order.id, paymentTerms }, customer, policy),
          );
        }),
        { numRuns: 40 },
      );
    });

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
