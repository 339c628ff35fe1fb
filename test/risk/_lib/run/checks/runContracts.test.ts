import { describe, expect, it } from 'vitest';
import {
  checkContract,
  checkPaymentTerms,
  type RiskPolicyInput,
  runRiskChecks,
} from '../../../../../src/risk';
import { counted } from '../../../_support/counted';

const customers = [
  { id: 'C-1', name: 'Hamburg Trading GmbH', country: 'DE', ownerId: 'M-1', grade: 'A' },
  { id: 'C-2', name: 'Caracas Import', country: 'VE', ownerId: 'M-1' },
];
const contract = (id: string, customerId: string, extra: Record<string, unknown> = {}) => ({
  id,
  customerId,
  startDate: '2026-01-01',
  incoterm: 'FOB',
  governingLaw: 'CN',
  disputeResolution: { kind: 'arbitration', seat: 'Beijing', arbitrators: 3 },
  currency: 'EUR',
  paymentTerms: { method: 'DA', days: 90 },
  ...extra,
});
const contracts = [
  { contract: contract('K-1', 'C-1'), transportMode: 'air', hasIpClause: false },
  contract('K-2', 'C-2', { transportMode: 'road', clauses: ['force-majeure'] }),
  contract('K-3', 'C-2', { paymentTerms: { method: 'LC', days: 0 } }),
];
const termsPolicy = { rules: [{ riskiestMethod: 'DP', maxCreditDays: 60 }] };
const contractPolicy = { baseCurrency: 'USD', requiredClauses: ['force-majeure'] };
const policy = {
  effectiveFrom: '2026-01-01',
  checks: { terms: termsPolicy, contract: contractPolicy },
  byGrade: { A: { terms: { rules: [{ riskiestMethod: 'OA', maxCreditDays: 120 }] } } },
} as RiskPolicyInput;
const options = { asOf: '2026-06-30', baseCurrency: 'USD' };

describe('runRiskChecks: contracts', () => {
  it('judges each contract as checkPaymentTerms and checkContract do, byte for byte', () => {
    const run = runRiskChecks(policy, { customers, contracts }, options);
    const alone = contracts.flatMap((raw) => {
      const facts = 'contract' in raw ? raw.contract : raw;
      const customer = customers.find((c) => c.id === facts.customerId);
      const grade = customer?.grade === 'A';
      const terms = {
        effectiveFrom: '2026-01-01',
        ...(grade ? { rules: [{ riskiestMethod: 'OA', maxCreditDays: 120 }] } : termsPolicy),
      };
      return [
        ...checkPaymentTerms(facts as never, customer as never, terms as never),
        ...checkContract(
          raw as never,
          customer as never,
          { effectiveFrom: '2026-01-01', ...contractPolicy } as never,
        ),
      ];
    });
    const key = (f: { code: string; subject: { id: string } }) => `${f.subject.id} ${f.code}`;
    const withoutTrace = run.findings.map(({ trace, ...f }) => {
      expect(trace?.[0]?.code).toBe('risk.policy.layers');
      expect(trace).toHaveLength(1);
      return f;
    });
    expect(JSON.stringify([...withoutTrace].sort((a, b) => key(a).localeCompare(key(b))))).toBe(
      JSON.stringify([...alone].sort((a, b) => key(a).localeCompare(key(b)))),
    );
    expect(run.findings.length).toBeGreaterThan(4);
  });

  it('parses each contract and each customer once per run', () => {
    const contractReads = { n: 0 };
    const customerReads = { n: 0 };
    runRiskChecks(
      policy,
      {
        customers: customers.map((c) => counted(c, 'name', customerReads)),
        contracts: contracts.map((c) =>
          'contract' in c
            ? counted(c, 'transportMode', contractReads)
            : counted(c, 'incoterm', contractReads),
        ),
      },
      options,
    );
    expect(customerReads.n).toBe(customers.length);
    expect(contractReads.n).toBe(contracts.length);
  });
});
