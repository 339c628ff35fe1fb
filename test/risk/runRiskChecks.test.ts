import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { renderTrace } from '../../src/explain';
import { createFxTable } from '../../src/money';
import {
  ageReceivables,
  buildExposureIndex,
  buildScreeningList,
  checkOrder,
  checkPaymentTerms,
  type RiskPolicyInput,
  riskCatalog,
  runRiskChecks,
  runRiskChecksAsync,
  safeRunRiskChecks,
} from '../../src/risk';
import { AS_OF, families, invoice, merge, order, POLICY } from './_support/facts';
import { viaSchema } from './_support/handCheck';

const limit = { amount: '1000.00', currency: 'USD' };
const customers = [
  {
    id: 'C-1',
    name: 'Hamburg Trading GmbH',
    country: 'DE',
    ownerId: 'M-1',
    grade: 'A',
    creditLimit: limit,
  },
  { id: 'C-2', name: 'Caracas Import', country: 'VE', ownerId: 'M-1', creditLimit: limit },
  { id: 'C-3', name: 'Lyon Outils SA', country: 'FR', ownerId: 'M-2', creditLimit: limit },
];
const managers = [
  { id: 'M-1', name: 'Wang Li', teamId: 'T-1', hireDate: '2020-01-01', payCurrency: 'USD' },
  { id: 'M-2', name: 'Anna Roth', teamId: 'T-2', hireDate: '2020-01-01', payCurrency: 'USD' },
];
const invoices = [
  invoice('I-1', 'C-1', '1100.00', { ownerId: 'M-1', dueDate: '2026-05-31' }),
  invoice('I-2', 'C-2', '600.00', {
    ownerId: 'M-1',
    issueDate: '2026-06-15',
    dueDate: '2026-07-15',
  }),
  invoice('I-3', 'C-3', '900.00', {
    ownerId: 'M-2',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
  }),
];
const countryGroups = [{ id: 'high-risk', countries: ['VE'] }];

const policy: RiskPolicyInput = {
  effectiveFrom: '2026-01-01',
  checks: {
    credit: { warnAtPercent: '80', blockAtPercent: '100' },
    aging: {},
    concentration: { topN: 1, topShareWarnPercent: '50', hhiWarn: '10001', hhiBlock: '10001' },
  },
  byCountryGroup: { 'high-risk': { credit: { warnAtPercent: '50', blockAtPercent: '70' } } },
  byGrade: {
    A: { credit: { warnAtPercent: '120', blockAtPercent: '150' }, aging: { warnAfterDays: 10 } },
  },
};
const options = { asOf: AS_OF, baseCurrency: 'USD', countryGroups };
const facts = { customers, managers, invoices };

const line = (f: { severity: string; code: string; subject: { id: string } }) =>
  `${f.severity} ${f.code} ${f.subject.id}`;

describe('runRiskChecks', () => {
  // Hand-computed. Limits 1,000.00 each; exposure = open invoices (no orders).
  // C-1 (grade A): 1,100 = 110 % < warn 120 (grade layer) → ok; oldest item 30 days past due
  //   > warnAfterDays 10 (grade layer) → overdue warning.
  // C-2 (VE, high-risk): 600 = 60 % ≥ warn 50 (country-group layer), ≤ block 70 → warning.
  // C-3 (base): 900 = 90 % ≥ 80 → warning; 91 days past due > 90 → overdue block.
  // Concentration (top 1 share ≥ 50 %): company 1,100/2,600 = 42.3 % no; M-1 1,100/1,700 =
  //   64.7 % and M-2 900/900 = 100 % → warnings.
  const report = runRiskChecks(policy, facts, options);

  it('runs the enabled checks with each customer’s layers, in a fixed order', () => {
    expect(report.findings.map(line)).toEqual([
      'block receivables.overdue.block C-3',
      'warning concentration.top-share.high M-1',
      'warning concentration.top-share.high M-2',
      'warning receivables.overdue.warning C-1',
      'warning credit.limit.warning C-2',
      'warning credit.limit.warning C-3',
      'info credit.limit.ok C-1',
    ]);
    expect(report.checks).toEqual(['credit', 'aging', 'concentration']);
    expect(report.policyVersion).toBe('2026-01-01');
  });

  it('names the policy layers that applied in each finding’s first trace step', () => {
    const layers = Object.fromEntries(
      report.findings.map((f) => [line(f), f.trace?.[0]?.params.layers]),
    );
    expect(layers).toEqual({
      'block receivables.overdue.block C-3': 'base',
      'warning concentration.top-share.high M-1': 'base',
      'warning concentration.top-share.high M-2': 'base',
      'warning receivables.overdue.warning C-1': 'base → grade:A',
      'warning credit.limit.warning C-2': 'base → country-group:high-risk',
      'warning credit.limit.warning C-3': 'base',
      'info credit.limit.ok C-1': 'base → grade:A',
    });
    const c2 = report.findings.find((f) => f.subject.id === 'C-2');
    expect([
      c2?.evidence.warnAtPercent,
      c2?.evidence.blockAtPercent,
      c2?.evidence.utilisationPercent,
    ]).toEqual(['50', '70', '60.00']);
  });

  it('summarises per manager, team and company with exact totals', () => {
    expect(report.managers).toEqual([
      {
        id: 'M-1',
        findings: 4,
        bySeverity: { block: 0, warning: 3, info: 1 },
        byCode: {
          'concentration.top-share.high': 1,
          'credit.limit.ok': 1,
          'credit.limit.warning': 1,
          'receivables.overdue.warning': 1,
        },
        customers: 2,
        exposure: '1700.00',
        overdue: '1100.00',
      },
      {
        id: 'M-2',
        findings: 3,
        bySeverity: { block: 1, warning: 2, info: 0 },
        byCode: {
          'concentration.top-share.high': 1,
          'credit.limit.warning': 1,
          'receivables.overdue.block': 1,
        },
        customers: 1,
        exposure: '900.00',
        overdue: '900.00',
      },
    ]);
    expect(report.teams.map((t) => [t.id, t.findings, t.exposure])).toEqual([
      ['T-1', 4, '1700.00'],
      ['T-2', 3, '900.00'],
    ]);
    expect(report.company).toMatchObject({
      id: 'company',
      findings: 7,
      bySeverity: { block: 1, warning: 5, info: 1 },
      customers: 3,
      exposure: '2600.00',
      overdue: '2000.00',
    });
  });

  it('totals overdue receivables even when the aging check does not run', () => {
    const creditOnly = runRiskChecks(
      {
        effectiveFrom: '2026-01-01',
        checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' } },
      },
      facts,
      { asOf: AS_OF, baseCurrency: 'USD' },
    );
    expect(creditOnly.findings.some((f) => f.code.startsWith('receivables'))).toBe(false);
    expect([creditOnly.company.overdue, creditOnly.company.exposure]).toEqual([
      '2000.00',
      '2600.00',
    ]);
  });

  it('lets the most specific layer win: base → country groups (in list order) → grade', () => {
    const layered: RiskPolicyInput = {
      effectiveFrom: '2026-01-01',
      checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' } },
      byCountryGroup: {
        latam: { credit: { warnAtPercent: '10', blockAtPercent: '20' } },
        'high-risk': { credit: { warnAtPercent: '50', blockAtPercent: '55' } },
      },
      byGrade: { B: { credit: { blockAtPercent: '200' } } },
    };
    const groups = [
      { id: 'latam', countries: ['VE', 'BR'] },
      { id: 'high-risk', countries: ['VE'] },
    ];
    const run = (grade?: string) =>
      runRiskChecks(
        layered,
        { customers: [{ ...customers[1], ...(grade ? { grade } : {}) }], invoices: [invoices[1]] },
        { asOf: AS_OF, baseCurrency: 'USD', countryGroups: groups },
      ).findings[0];
    // 600 / 1,000 = 60 %: high-risk (the later group) sets block 55 → block
    const ungraded = run();
    expect([ungraded?.severity, ungraded?.evidence.blockAtPercent]).toEqual(['block', '55']);
    expect(ungraded?.trace?.[0]?.params.layers).toBe(
      'base → country-group:latam → country-group:high-risk',
    );
    // grade B overrides only the block threshold: warn 50 (high-risk) stays, block 200 → warning
    const graded = run('B');
    expect([
      graded?.severity,
      graded?.evidence.warnAtPercent,
      graded?.evidence.blockAtPercent,
    ]).toEqual(['warning', '50', '200']);
    expect(graded?.trace?.[0]?.params.layers).toBe(
      'base → country-group:latam → country-group:high-risk → grade:B',
    );
  });

  it('takes grades from options.grades before the customer’s own, and a layer may disable a check', () => {
    // C-3 graded C: credit disabled; C-1 keeps its own grade A, which has no layer here → 110 % blocks
    const run = runRiskChecks(
      { ...policy, byGrade: { C: { credit: { enabled: false } } } },
      facts,
      { ...options, grades: new Map([['C-3', 'C']]) },
    );
    expect(
      run.findings.filter((f) => f.code.startsWith('credit')).map((f) => f.subject.id),
    ).toEqual(['C-1', 'C-2']);
  });

  it('reads async iterables like iterables', async () => {
    async function* stream<T>(items: readonly T[]) {
      yield* items;
    }
    const viaAsync = await runRiskChecksAsync(
      policy,
      { customers: stream(customers), managers, invoices: stream(invoices) },
      options,
    );
    expect(viaAsync).toEqual(report);
  });

  it('runs the document checks with the facts they need', () => {
    const list = buildScreeningList([
      { id: 'SDN-1', name: 'Caracas Import Ltd', source: 'OFAC SDN', type: 'organisation' },
    ]);
    const run = runRiskChecks(
      {
        effectiveFrom: '2026-01-01',
        checks: {
          terms: { rules: [{ riskiestMethod: 'LC', maxCreditDays: 30 }] },
          contract: { baseCurrency: 'USD' },
          pricing: { discount: { freePercent: '5' } },
          churn: { keyGrades: ['A'], dormantDays: 90 },
          screening: {},
          tradeBarriers: { restrictedCountries: [{ country: 'KP', reason: 'UN sanctions' }] },
        },
        byGrade: { A: { terms: { rules: [{ riskiestMethod: 'OA', maxCreditDays: 90 }] } } },
      },
      {
        customers,
        orders: [
          order('SO-1', 'C-2', [{ quantity: '1', unitPrice: '100.00' }], {
            lines: [
              {
                lineId: '1',
                productId: 'P',
                categoryId: 'K',
                quantity: '1',
                unitPrice: '100',
                discount: { kind: 'rate', rate: '0.1' },
              },
            ],
          }),
        ],
        contracts: [
          {
            contract: {
              id: 'K-1',
              customerId: 'C-1',
              startDate: '2026-01-01',
              incoterm: 'FOB',
              governingLaw: 'CN',
              disputeResolution: { kind: 'arbitration', seat: 'Beijing', arbitrators: 3 },
              currency: 'USD',
              paymentTerms: { method: 'OA', days: 60 },
            },
            transportMode: 'air',
          },
          {
            contract: {
              id: 'K-3',
              customerId: 'C-3',
              startDate: '2026-01-01',
              incoterm: 'CIP',
              governingLaw: 'CN',
              disputeResolution: { kind: 'arbitration', seat: 'Beijing', arbitrators: 3 },
              currency: 'USD',
              paymentTerms: { method: 'OA', days: 60 },
            },
            transportMode: 'air',
          },
        ],
        shipments: [
          { orderId: 'SO-1', destinationCountry: 'KP', lines: [{ lineId: '1', hsCode: '841370' }] },
        ],
      },
      { asOf: AS_OF, baseCurrency: 'USD', screeningList: list },
    );
    expect(run.findings.map((f) => `${line(f)} ${f.trace?.[0]?.params.layers}`)).toEqual([
      'block contract.incoterm.transport-mode K-1 base',
      'block terms.method.too-risky K-3 base',
      'block screening.denied-party.match C-2 base',
      'block pricing.line-discount.exceeded SO-1 base',
      'block pricing.order-discount.exceeded SO-1 base',
      'block trade.country.restricted SO-1 base',
      'warning terms.days.too-long K-3 base',
      'warning churn.no-orders C-1 base',
    ]);
  });

  it("reads payment terms from the orders and the facts of the model's own contracts", () => {
    const terms = (method: string, days: number) => ({ paymentTerms: { method, days } });
    const one = [{ quantity: '1', unitPrice: '100.00' }];
    const run = runRiskChecks(
      {
        effectiveFrom: '2026-01-01',
        checks: {
          terms: { rules: [{ riskiestMethod: 'LC', maxCreditDays: 30 }] },
          contract: { baseCurrency: 'USD', requiredClauses: ['force-majeure'] },
        },
        byGrade: { A: { terms: { rules: [{ riskiestMethod: 'OA', maxCreditDays: 90 }] } } },
      },
      {
        customers,
        orders: [
          // C-2 (base rule LC, 30 days): D/A 60 → both findings
          order('SO-1', 'C-2', one, { status: 'open', ...terms('DA', 60) }),
          // completed: its terms are history, not checked
          order('SO-2', 'C-2', one, { status: 'completed', ...terms('OA', 90) }),
          // C-1, grade A (O/A, 90 days): within policy
          order('SO-3', 'C-1', one, terms('OA', 60)),
          // no terms on the order: nothing to check
          order('SO-4', 'C-2', one),
        ],
        contracts: [
          {
            id: 'K-2',
            customerId: 'C-3',
            startDate: '2026-01-01',
            incoterm: 'FOB',
            governingLaw: 'CN',
            disputeResolution: { kind: 'arbitration', seat: 'Beijing', arbitrators: 3 },
            currency: 'USD',
            paymentTerms: { method: 'LC', days: 0 },
            transportMode: 'road',
            clauses: ['force-majeure'],
          },
        ],
      },
      { asOf: AS_OF, baseCurrency: 'USD' },
    );
    expect(run.findings.map((f) => `${line(f)} ${f.trace?.[0]?.params.layers}`)).toEqual([
      'block contract.incoterm.transport-mode K-2 base',
      'block terms.method.too-risky SO-1 base',
      'warning terms.days.too-long SO-1 base',
    ]);
    expect(run.findings[2]?.evidence).toMatchObject({ days: '60', maxCreditDays: '30' });
    // judged as checkPaymentTerms judges the order on its own (the run adds the layers trace)
    const alone = checkPaymentTerms(
      order('SO-1', 'C-2', one, { status: 'open', ...terms('DA', 60) }) as never,
      customers[1] as never,
      { effectiveFrom: '2026-01-01', rules: [{ riskiestMethod: 'LC', maxCreditDays: 30 }] },
    );
    expect(
      run.findings.filter((f) => f.subject.id === 'SO-1').map(({ trace: _, ...f }) => f),
    ).toEqual(alone);
  });

  it('refuses an order with terms whose customer is not among the facts, with its path', () => {
    const result = safeRunRiskChecks(
      {
        effectiveFrom: '2026-01-01',
        checks: { terms: { rules: [{ riskiestMethod: 'LC' }] } },
      },
      {
        customers,
        orders: [
          order('SO-9', 'C-404', [{ quantity: '1', unitPrice: '1' }], {
            paymentTerms: { method: 'LC', days: 0 },
          }),
        ],
      },
      { asOf: AS_OF, baseCurrency: 'USD' },
    );
    expect(result).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['facts', 'orders', 0, 'customerId'] },
    });
  });
});

describe('runRiskChecks: the insured-limit check', () => {
  const insuredCustomers = [
    // 40,000.00 USD insured, same currency as the base
    {
      id: 'C-1',
      name: 'Acme',
      country: 'US',
      ownerId: 'M-1',
      insuredLimit: { amount: '40000.00', currency: 'USD' },
    },
    // 20,000.00 EUR insured, valued at the EUR/USD rate on or before asOf
    {
      id: 'C-2',
      name: 'Lyon Outils SA',
      country: 'FR',
      ownerId: 'M-1',
      insuredLimit: { amount: '20000.00', currency: 'EUR' },
    },
    // no insurance: insured for 0, as checkInsuredLimit has it
    { id: 'C-3', name: 'Bolt', country: 'US', ownerId: 'M-2' },
  ];
  const insuredInvoices = [
    invoice('I-1', 'C-1', '30000.00'),
    invoice('I-2', 'C-1', '15000.00'),
    invoice('I-3', 'C-2', '25000.00'),
    invoice('I-4', 'C-3', '0.01'),
  ];
  const fx = createFxTable([
    { base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-06-27', source: 'ECB' },
    { base: 'EUR', quote: 'USD', rate: '1.3', date: '2026-07-01', source: 'ECB' },
  ]);
  const insuredPolicy: RiskPolicyInput = {
    effectiveFrom: '2026-01-01',
    checks: {
      credit: { defaultLimit: POLICY.defaultLimit, warnAtPercent: '80', blockAtPercent: '100' },
      insured: {},
    },
    byGrade: { A: { insured: { insuredLimitSeverity: 'block' } } },
  };
  const insuredOptions = { asOf: AS_OF, baseCurrency: 'USD', fx };

  it('compares each customer’s exposure with its insured limit (hand-computed)', () => {
    // C-1: 30,000.00 + 15,000.00 = 45,000.00 > 40,000.00 → 5,000.00 uninsured.
    // C-2: 25,000.00 > 20,000 EUR × 1.1 (rate of 2026-06-27, the last on or before 2026-06-30;
    //   not 1.3 of 2026-07-01) = 22,000.00 → 3,000.00 uninsured.
    // C-3: 0.01 > 0 (no insurance) → 0.01 uninsured.
    const report = runRiskChecks(
      insuredPolicy,
      { customers: insuredCustomers, invoices: insuredInvoices },
      { ...insuredOptions, grades: new Map([['C-3', 'A']]) },
    );
    const insured = report.findings.filter((f) => f.code === 'terms.insured-limit.exceeded');
    expect(insured.map((f) => [f.severity, f.subject.id, f.evidence])).toEqual([
      [
        'block',
        'C-3',
        { exposure: '0.01', insuredLimit: '0.00', uncovered: '0.01', currency: 'USD' },
      ],
      [
        'warning',
        'C-1',
        { exposure: '45000.00', insuredLimit: '40000.00', uncovered: '5000.00', currency: 'USD' },
      ],
      [
        'warning',
        'C-2',
        { exposure: '25000.00', insuredLimit: '22000.00', uncovered: '3000.00', currency: 'USD' },
      ],
    ]);
    expect(report.checks).toEqual(['credit', 'insured']);
    expect(insured.map((f) => f.trace?.[0]?.params.layers)).toEqual([
      'base → grade:A',
      'base',
      'base',
    ]);
    expect(insured[1]?.message).toBe(
      'exposure 45,000.00 USD exceeds the insured limit 40,000.00 USD; 5,000.00 USD is uninsured',
    );
  });

  it('names the rate and its date when it converts a foreign insured limit', () => {
    const report = runRiskChecks(
      { effectiveFrom: '2026-01-01', checks: { insured: {} } },
      { customers: insuredCustomers.slice(1, 2), invoices: [invoice('I-3', 'C-2', '25000.00')] },
      insuredOptions,
    );
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.trace).toEqual([
      {
        code: 'risk.policy.layers',
        params: { check: 'insured', version: '2026-01-01', layers: 'base' },
      },
      {
        code: 'risk.insured.fx',
        params: {
          insuredLimit: '20000.00',
          currency: 'EUR',
          rate: '1.1',
          date: '2026-06-27',
          asOf: '2026-06-30',
          value: '22000',
          base: 'USD',
        },
      },
    ]);
    expect(
      renderTrace(report.findings[0]?.trace ?? [], { locale: 'en', catalog: riskCatalog })[1],
    ).toBe(
      'insured limit 20,000.00 EUR × 1.1 (EUR/USD rate of 2026-06-27, the last on or before 2026-06-30) = 22,000 USD',
    );
  });

  it('refuses a foreign insured limit without a rate: MISSING_FX_RATE at its path, never 1', () => {
    const facts = {
      customers: [{ id: 'C-0', name: 'Zero', country: 'US', ownerId: 'M-1' }, ...insuredCustomers],
      invoices: insuredInvoices,
    };
    const policyOnly = { effectiveFrom: '2026-01-01', checks: { insured: {} } };
    for (const fxOption of [{}, { fx: createFxTable([]) }]) {
      const result = safeRunRiskChecks(policyOnly, facts, {
        asOf: AS_OF,
        baseCurrency: 'USD',
        ...fxOption,
      });
      const error = result.success ? undefined : result.error;
      expect([error?.code, error?.path]).toEqual([
        'MISSING_FX_RATE',
        ['facts', 'customers', 2, 'insuredLimit', 'currency'],
      ]);
    }
    // with a credit section that adds the insured limit, the index refuses it first, same path
    const withCredit = safeRunRiskChecks(insuredPolicy, facts, {
      asOf: AS_OF,
      baseCurrency: 'USD',
    });
    expect(withCredit.success ? undefined : withCredit.error.path).toEqual([
      'facts',
      'customers',
      2,
      'insuredLimit',
      'currency',
    ]);
    // a rate dated after asOf only does not count either
    const late = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.3', date: '2026-07-01' }]);
    const lateRun = safeRunRiskChecks(policyOnly, facts, {
      asOf: AS_OF,
      baseCurrency: 'USD',
      fx: late,
    });
    expect(lateRun.success ? undefined : lateRun.error.code).toBe('MISSING_FX_RATE');
  });
});

describe('runRiskChecks: bad input is one coded error with a path', () => {
  const error = (...args: Parameters<typeof safeRunRiskChecks>) => {
    const result = safeRunRiskChecks(...args);
    expect(result.success).toBe(false);
    return result.success ? undefined : [result.error.code, result.error.path];
  };

  it('refuses an unknown check key (strict schema)', () => {
    expect(
      error({ effectiveFrom: '2026-01-01', checks: { margins: {} } } as never, facts, options),
    ).toEqual(['INVALID_INPUT', ['policy', 'checks', 'margins']]);
  });

  it('needs a limit where the credit check needs one', () => {
    const noLimit = [{ id: 'C-9', name: 'No Limit', country: 'DE', ownerId: 'M-1' }];
    expect(error(policy, { customers: noLimit }, options)).toEqual([
      'MISSING_CREDIT_LIMIT',
      ['facts', 'customers', 0, 'creditLimit'],
    ]);
  });

  it('needs a version in force on asOf', () => {
    expect(error([policy], facts, { ...options, asOf: '2025-12-31' })).toEqual([
      'NO_VERSION_IN_FORCE',
      ['policy'],
    ]);
    expect(error([], facts, options)).toEqual(['NO_VERSION_IN_FORCE', ['policy']]);
  });

  it('refuses layers for unknown country groups, unknown streams, screening without a list', () => {
    expect(error(policy, facts, { ...options, countryGroups: [] })).toEqual([
      'INVALID_INPUT',
      ['policy', 'byCountryGroup', 'high-risk'],
    ]);
    expect(error(policy, { ...facts, leads: [] } as never, options)).toEqual([
      'INVALID_INPUT',
      ['facts', 'leads'],
    ]);
    expect(
      error({ effectiveFrom: '2026-01-01', checks: { screening: {} } }, facts, options),
    ).toEqual(['INVALID_INPUT', ['options', 'screeningList']]);
    expect(error(policy, { ...facts, invoices: [{ id: 'I-1' }] }, options)?.[1]).toEqual([
      'facts',
      'invoices',
      0,
      'customerId',
    ]);
  });

  it('throws a CrmRulesError from the throwing form', () => {
    expect(() => runRiskChecks([], facts, options)).toThrow(CrmRulesError);
  });
});

describe('properties', () => {
  const { effectiveFrom: _from, ...CREDIT } = POLICY;
  const base: RiskPolicyInput = {
    effectiveFrom: '2026-01-01',
    checks: { credit: CREDIT, aging: {} },
    byGrade: { A: { credit: { warnAtPercent: '50', blockAtPercent: '60' } } },
  };
  const people = [
    { id: 'C-1', name: 'One', country: 'DE', ownerId: 'M-1', grade: 'A' },
    { id: 'C-2', name: 'Two', country: 'FR', ownerId: 'M-2' },
    { id: 'C-3', name: 'Three', country: 'FR', ownerId: 'M-2' },
  ];
  const run = (policyInput: RiskPolicyInput, docs: Record<string, unknown[]>) =>
    runRiskChecks(
      policyInput,
      { customers: people, ...docs },
      { asOf: AS_OF, baseCurrency: 'USD' },
    );

  /** A seeded Fisher–Yates shuffle (a linear congruential generator picks the swaps). */
  const shuffle = <T>(list: readonly T[], seed: number): T[] => {
    const out = [...list];
    let state = seed;
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  it('gives the same report whatever the order of the facts', () => {
    const withConcentration: RiskPolicyInput = {
      ...base,
      checks: {
        ...base.checks,
        concentration: { topN: 1, topShareWarnPercent: '40', hhiWarn: '3000', hhiBlock: '6000' },
      },
    };
    fc.assert(
      fc.property(families(5), fc.nat(), (fams, seed) => {
        const docs = merge(fams);
        const shuffled = Object.fromEntries(
          Object.entries({ ...docs, customers: people }).map(([name, list]) => [
            name,
            shuffle(list, seed),
          ]),
        );
        expect(run(withConcentration, shuffled)).toEqual(run(withConcentration, docs));
      }),
      { numRuns: 15 },
    );
  });

  it('gives the same report whether the orders pass the hand check or the Order schema', () => {
    const withTerms: RiskPolicyInput = {
      ...base,
      checks: { ...base.checks, terms: { rules: [{ riskiestMethod: 'LC', maxCreditDays: 30 }] } },
    };
    const methods = ['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA'];
    fc.assert(
      fc.property(families(5), fc.nat(), (fams, seed) => {
        const docs = merge(fams);
        const orders = (docs.orders ?? []).map((o, i) => ({
          ...o,
          paymentTerms: { method: methods[(seed + i) % 5], days: (seed + 7 * i) % 120 },
        }));
        expect(run(withTerms, { ...docs, orders: orders.map(viaSchema) })).toEqual(
          run(withTerms, { ...docs, orders }),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('never passes a customer whose exposure violates its own thresholds', () => {
    fc.assert(
      fc.property(
        families(5),
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 0, max: 60 }),
        (fams, block, warnAfterDays) => {
          const policyInput = {
            ...base,
            checks: {
              credit: { ...CREDIT, warnAtPercent: '1', blockAtPercent: String(block) },
              aging: { warnAfterDays, blockAfterDays: 90 },
            },
          };
          const report = run(policyInput, merge(fams));
          for (const f of report.findings) {
            if (f.code.startsWith('credit')) {
              const over =
                Number(f.evidence.exposure) * 100 >
                Number(f.evidence.limit) * Number(f.evidence.blockAtPercent);
              if (over) expect(f.severity).toBe('block');
            }
          }
          const overdue = report.findings.filter((f) => f.code.startsWith('receivables'));
          for (const f of overdue)
            expect(Number(f.evidence.oldestDays)).toBeGreaterThan(warnAfterDays);
          // every customer whose oldest open item is past warnAfterDays has an overdue finding
          const index = buildExposureIndex(merge(fams), {
            asOf: AS_OF,
            baseCurrency: 'USD',
            policy: POLICY,
          });
          const late = ageReceivables(index, { effectiveFrom: '2026-01-01' })
            .customers.filter((c) => c.oldest !== null && c.oldest.daysPastDue > warnAfterDays)
            .map((c) => c.id);
          expect(overdue.map((f) => f.subject.id).sort()).toEqual(late);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('agrees with checkOrder on the same facts', () => {
    const price = fc.integer({ min: 1, max: 2_000_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(families(5), price, fc.constantFrom('C-1', 'C-2', 'C-3'), (fams, p, cid) => {
        const docs = merge(fams);
        const fresh = order('O-new', cid, [{ quantity: '3', unitPrice: p }], { status: 'open' });
        const creditPolicy =
          cid === 'C-1' ? { ...POLICY, warnAtPercent: '50', blockAtPercent: '60' } : POLICY;
        const single = checkOrder(
          fresh as never,
          buildExposureIndex(docs, { asOf: AS_OF, baseCurrency: 'USD', policy: creditPolicy }),
        );
        const report = run(base, { ...docs, orders: [...(docs.orders ?? []), fresh] });
        const mine = report.findings.find(
          (f) => f.code.startsWith('credit') && f.subject.id === cid,
        );
        const keys = [
          'exposure',
          'limit',
          'excess',
          'available',
          'utilisationPercent',
          'warnAtPercent',
          'blockAtPercent',
        ] as const;
        expect([mine?.code, mine?.severity, ...keys.map((k) => mine?.evidence[k])]).toEqual([
          single.code,
          single.severity,
          ...keys.map((k) => single.evidence[k]),
        ]);
      }),
      { numRuns: 30 },
    );
  });
});
