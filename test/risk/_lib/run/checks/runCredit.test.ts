import { describe, expect, it } from 'vitest';
import { type RiskPolicyInput, runRiskChecks, safeRunRiskChecks } from '../../../../../src/risk';

// Worked example: limits looked up customer → group → default, with the layer that applies to
// each customer. Base: default 1,000.00 USD, group G-1 2,000.00. High-risk countries (VE): default
// 300.00. Grade A: default 5,000.00, group G-1 8,000.00. Every customer owes 900.00.
const usd = (amount: string) => ({ amount, currency: 'USD' });
const policy = {
  effectiveFrom: '2026-01-01',
  checks: {
    credit: {
      warnAtPercent: '80',
      blockAtPercent: '100',
      defaultLimit: usd('1000.00'),
      groupLimits: { 'G-1': usd('2000.00') },
    },
  },
  byCountryGroup: { 'high-risk': { credit: { defaultLimit: usd('300.00') } } },
  byGrade: {
    A: { credit: { defaultLimit: usd('5000.00'), groupLimits: { 'G-1': usd('8000.00') } } },
  },
} as RiskPolicyInput;
const customer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Customer ${id}`,
  country: 'DE',
  ownerId: 'M-1',
  ...extra,
});
const customers = [
  customer('C-1'), // base default → 1,000.00: 90 % → warning
  customer('C-2', { grade: 'A' }), // grade default → 5,000.00: 18 % → ok
  customer('C-3', { country: 'VE' }), // country-group default → 300.00: 300 % → block
  customer('C-4', { grade: 'A', groupId: 'G-1' }), // grade's group → 8,000.00
  customer('C-5', { groupId: 'G-1' }), // base group → 2,000.00
  customer('C-6', { grade: 'A', creditLimit: usd('700.00') }), // own limit first → 700.00: block
  customer('C-7', { country: 'VE', groupId: 'G-1' }), // group before the layer's default → 2,000.00
];
const invoices = customers.map((c, i) => ({
  id: `I-${i}`,
  customerId: c.id,
  ownerId: 'M-1',
  issueDate: '2026-06-01',
  dueDate: '2026-07-31',
  currency: 'USD',
  total: '900.00',
}));
const options = {
  asOf: '2026-06-30',
  baseCurrency: 'USD',
  countryGroups: [{ id: 'high-risk', countries: ['VE'] }],
};

describe('runRiskChecks: layered credit limits', () => {
  it('looks each limit up customer → group → default with the layers of that customer', () => {
    const { findings } = runRiskChecks(policy, { customers, invoices }, options);
    const byCustomer = Object.fromEntries(
      findings.map((f) => [
        f.subject.id,
        [f.evidence.limit, f.severity, f.trace?.[1]?.params.source, f.trace?.[0]?.params.layers],
      ]),
    );
    expect(byCustomer).toEqual({
      'C-1': ['1000.00', 'warning', 'default', 'base'],
      'C-2': ['5000.00', 'info', 'default', 'base → grade:A'],
      'C-3': ['300.00', 'block', 'default', 'base → country-group:high-risk'],
      'C-4': ['8000.00', 'info', 'group', 'base → grade:A'],
      'C-5': ['2000.00', 'info', 'group', 'base'],
      'C-6': ['700.00', 'block', 'customer', 'base → grade:A'],
      'C-7': ['2000.00', 'info', 'group', 'base → country-group:high-risk'],
    });
  });

  it('names the missing limit at the customer when no layer gives one', () => {
    const bare = {
      ...policy,
      byGrade: { A: { credit: { groupLimits: { 'G-1': usd('8000.00') } } } },
      checks: {
        credit: { warnAtPercent: '80', blockAtPercent: '100', groupLimits: { 'G-2': usd('1.00') } },
      },
      byCountryGroup: {},
    } as RiskPolicyInput;
    const result = safeRunRiskChecks(
      bare,
      {
        customers: [
          customer('C-1', { groupId: 'G-2' }),
          customer('C-2', { grade: 'A', groupId: 'G-2' }),
        ],
      },
      options,
    );
    expect(result).toMatchObject({
      success: false,
      error: { code: 'MISSING_CREDIT_LIMIT', path: ['facts', 'customers', 1, 'creditLimit'] },
    });
  });
});
