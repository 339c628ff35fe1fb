import { describe, expect, it } from 'vitest';
import {
  findUnrenderable,
  LOCALES,
  renderStep,
  renderTrace,
  type TraceStep,
} from '../../src/explain';
import { ContractClause } from '../../src/model';
import { createFxTable } from '../../src/money';
import {
  ageReceivables,
  buildExposureIndex,
  buildScreeningList,
  checkChurn,
  checkContract,
  checkInsuredLimit,
  checkOrder,
  checkPaymentTerms,
  checkPricing,
  checkTradeBarriers,
  type Finding,
  fxOpenPosition,
  measureConcentration,
  riskCatalog,
  runRiskChecks,
  screenParties,
} from '../../src/risk';
import { AS_OF, invoice, order, POLICY } from './_support/facts';

/** One finding of every code the credit, aging and concentration checks emit. */
function exposureFindings(): Finding[] {
  const policy = { ...POLICY, check: 'dynamic', horizonDays: 30 } as const;
  const index = buildExposureIndex(
    {
      invoices: [
        invoice('I-1', 'C-1', '9000.00', { dueDate: '2026-01-31', issueDate: '2026-01-01' }),
        invoice('I-2', 'C-2', '100.00', { dueDate: '2026-05-15' }),
      ],
    },
    { asOf: AS_OF, baseCurrency: 'USD', policy },
  );
  const credit = [
    ['C-2', '1.00'],
    ['C-1', '500.00'],
    ['C-1', '5000.00'],
  ].map(([customerId, unitPrice]) =>
    checkOrder(
      order('O-1', customerId as string, [
        { quantity: '1', unitPrice: unitPrice as string },
      ]) as never,
      index,
    ),
  );
  const eur = buildExposureIndex(
    {},
    {
      asOf: AS_OF,
      baseCurrency: 'USD',
      policy,
      fx: createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-06-29' }]),
    },
  );
  credit.push(
    checkOrder(
      order('O-2', 'C-3', [{ quantity: '1', unitPrice: '10.00' }], { currency: 'EUR' }) as never,
      eur,
    ),
  );
  const aging = ageReceivables(index, { effectiveFrom: '2026-01-01' }).findings;
  const concentration = measureConcentration(
    [
      { customerId: 'A', managerId: 'M-1', amount: '90' },
      { customerId: 'B', managerId: 'M-1', amount: '10' },
      { customerId: 'C', managerId: 'M-2', amount: '5' },
    ],
    {
      effectiveFrom: '2026-01-01',
      topN: 1,
      topShareWarnPercent: '50',
      hhiWarn: '1000',
      hhiBlock: '9000',
      managerShareWarnPercent: '50',
      maxCustomersPerManager: 1,
    },
    { currency: 'USD' },
  ).findings;
  return [...credit, ...aging, ...concentration];
}

const customer = { id: 'C-1', name: 'Caracas Import', country: 'VE', ownerId: 'AM-1', grade: 'B' };
const contract = {
  id: 'K-1',
  customerId: 'C-1',
  startDate: '2026-01-01',
  incoterm: 'FAS',
  governingLaw: 'US',
  disputeResolution: { kind: 'court', seat: 'New York' },
  currency: 'USD',
  paymentTerms: { method: 'DA', days: 90 },
} as const;

/** Findings of the document checks: payment terms, insured limit, pricing, contracts, FX, churn. */
function documentFindings(): Finding[] {
  const pricingLine = (lineId: string, unitCost: string, rate: string) => ({
    lineId,
    productId: 'P',
    categoryId: 'K',
    quantity: '1',
    unitPrice: '10',
    unitCost,
    discount: { kind: 'rate', rate },
  });
  const salesOrder = (id: string, lines: unknown[]) => ({
    id,
    customerId: 'C-1',
    ownerId: 'AM-1',
    orderDate: '2026-03-02',
    currency: 'USD',
    status: 'open' as const,
    lines: lines as never[],
  });
  const pricingPolicy = {
    effectiveFrom: '2026-01-01',
    scope: 'both' as const,
    discount: {
      freePercent: '5',
      approvals: [{ upToPercent: '20', approver: 'sales-manager' }],
    },
    margin: {
      floorPercent: '30',
      approvals: [{ downToPercent: '10', approver: 'cfo' }],
    },
  };
  const fx = createFxTable([{ base: 'USD', quote: 'JPY', rate: '150', date: '2026-06-30' }]);
  const churnOrder = (id: string, customerId: string, orderDate: string) => ({
    id,
    customerId,
    ownerId: 'AM-1',
    orderDate,
    currency: 'EUR',
    status: 'completed' as const,
    lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '1', unitPrice: '100' }],
  });
  const keyCustomer = (id: string) => ({ ...customer, id, grade: 'A' });
  return [
    ...checkPaymentTerms(contract, customer, {
      effectiveFrom: '2026-01-01',
      rules: [{ riskiestMethod: 'LC', maxCreditDays: 30 }],
    }),
    ...checkInsuredLimit(
      { ...customer, insuredLimit: { amount: '100.00', currency: 'USD' } },
      { amount: '120.00', currency: 'USD' },
      { effectiveFrom: '2026-01-01', rules: [{ riskiestMethod: 'OA' }] },
    ),
    // scope both: each one-line order gives the line and the order finding. SO-1: 15 % off
    // (approval); SO-2: 60 % off (exceeded), margin (4 − 3.9) ÷ 4 = 2.5 % (below floor); SO-3:
    // 100 % off with a cost (no revenue); SO-4: margin (10 − 7.5) ÷ 10 = 25 % (approval).
    ...[
      ['SO-1', '4', '0.15'],
      ['SO-2', '3.9', '0.6'],
      ['SO-3', '1', '1'],
      ['SO-4', '7.5', '0'],
    ].flatMap(([id, unitCost, rate]) =>
      checkPricing(
        salesOrder(id as string, [pricingLine('1', unitCost as string, rate as string)]),
        pricingPolicy,
      ),
    ),
    ...checkContract(
      { contract, transportMode: 'road', categoryIds: ['SW'] },
      { id: 'C-1', name: 'Acme Inc.', country: 'US', ownerId: 'AM-1' },
      {
        effectiveFrom: '2026-01-01',
        baseCurrency: 'CNY',
        governingLaws: ['CN'],
        requireArbitration: true,
        currencies: ['CNY'],
        ipClauseCategories: ['SW'],
      },
    ),
    // arbitration in Paris, in French, by 2, for a customer in a country group that needs an IP clause
    ...checkContract(
      {
        contract: {
          ...contract,
          incoterm: 'FCA',
          governingLaw: 'CN',
          currency: 'CNY',
          disputeResolution: { kind: 'arbitration', seat: 'Paris', language: 'fr', arbitrators: 2 },
        },
        transportMode: 'road',
        categoryIds: [],
      },
      { id: 'C-1', name: 'Acme Inc.', country: 'US', ownerId: 'AM-1' },
      {
        effectiveFrom: '2026-01-01',
        baseCurrency: 'CNY',
        countryGroups: [{ id: 'north-america', countries: ['US'] }],
        arbitrationSeats: ['Beijing'],
        arbitrationLanguages: ['zh'],
        ipClauseCountryGroups: ['north-america'],
      },
    ),
    // the model's own contract: FOB with no transport mode and no clause, though the policy
    // requires every clause (one message per clause, each naming it in both locales)
    ...checkContract(
      { ...contract, incoterm: 'FOB', governingLaw: 'CN', currency: 'CNY', clauses: [] },
      { id: 'C-1', name: 'Acme Inc.', country: 'US', ownerId: 'AM-1' },
      {
        effectiveFrom: '2026-01-01',
        baseCurrency: 'CNY',
        requiredClauses: [...ContractClause.options],
      },
    ),
    ...fxOpenPosition(
      [{ id: 'J', kind: 'receivable', amount: { amount: '1500000', currency: 'JPY' } }],
      {
        baseCurrency: 'USD',
        fx,
        asOf: '2026-07-01',
        policy: {
          effectiveFrom: '2026-01-01',
          shocksPercent: ['-20'],
          maxOpenPosition: { amount: '9000', currency: 'USD' },
          maxShockLoss: { amount: '1999.99', currency: 'USD' },
        },
      },
    ).findings,
    ...checkChurn(
      {
        customers: [keyCustomer('K-1'), keyCustomer('K-2'), keyCustomer('K-3')],
        orders: [churnOrder('O-1', 'K-1', '2026-01-01'), churnOrder('O-3', 'K-3', '2026-06-29')],
      },
      { effectiveFrom: '2026-01-01', keyGrades: ['A'], dormantDays: 90, pAliveBelow: '0.5' },
      {
        asOf: '2026-06-30',
        pAlive: new Map([
          ['K-1', '0.9'],
          ['K-2', '0.9'],
          ['K-3', '0.1'],
        ]),
      },
    ),
  ];
}

/** Findings of screening and trade barriers. */
function screeningFindings(): Finding[] {
  const list = buildScreeningList([{ id: 'L', name: 'Acme', source: 'UN', type: 'organisation' }]);
  return [
    ...screenParties([{ id: 'P', name: 'Acme' }], list),
    ...checkTradeBarriers(
      {
        orderId: 'O',
        destinationCountry: 'KP',
        transitCountries: ['IR'],
        originCountry: 'SY',
        portOfLoading: 'CUHAV',
        lines: [{ lineId: '1', hsCode: '9301' }],
      },
      {
        effectiveFrom: '2026-01-01',
        restrictedCountries: [
          { country: 'KP', reason: 'r' },
          { country: 'IR', reason: 'r' },
          { country: 'SY', reason: 'r' },
          { country: 'CU', reason: 'r' },
        ],
        restrictedHsCodes: [{ prefix: '93', reason: 'r' }],
        countryRoles: ['destination', 'transit', 'origin', 'loading'],
      },
    ),
  ];
}

/** Findings of a run: the layers step of every check, and an insured limit in EUR. */
function runFindings(): Finding[] {
  return [
    ...runRiskChecks(
      {
        effectiveFrom: '2026-01-01',
        checks: { credit: { warnAtPercent: '80', blockAtPercent: '100' }, insured: {} },
        byGrade: { A: { credit: { warnAtPercent: '50' } } },
      },
      {
        customers: [
          {
            id: 'C-1',
            name: 'Acme',
            country: 'DE',
            ownerId: 'M-1',
            grade: 'A',
            creditLimit: { amount: '100', currency: 'USD' },
            insuredLimit: { amount: '10', currency: 'EUR' },
          },
        ],
        invoices: [
          {
            id: 'I-1',
            customerId: 'C-1',
            ownerId: 'M-1',
            issueDate: '2026-06-01',
            dueDate: '2026-07-01',
            currency: 'USD',
            total: '60.00',
          },
        ],
      },
      {
        asOf: '2026-06-30',
        baseCurrency: 'USD',
        fx: createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-06-29' }]),
      },
    ).findings,
  ];
}

/** A finding as steps: its message (its code with its evidence) and its trace. */
const stepsOf = (findings: readonly Finding[]): TraceStep[] =>
  findings.flatMap((f) => [
    {
      code: f.code,
      params: f.evidence as Record<string, string>,
    },
    ...(f.trace ?? []),
  ]);

describe('riskCatalog', () => {
  const exposure = exposureFindings();
  const findings = [...exposure, ...documentFindings(), ...screeningFindings(), ...runFindings()];
  // `renderFinding` states its display rounding in a step of its own.
  const steps = [...stepsOf(findings), { code: 'risk.display.rounding', params: {} }];

  it('covers every finding code the credit, aging and concentration checks emit', () => {
    expect(new Set(exposure.map((f) => f.code))).toEqual(
      new Set([
        'credit.limit.ok',
        'credit.limit.warning',
        'credit.limit.exceeded',
        'receivables.overdue.block',
        'receivables.overdue.warning',
        'concentration.hhi.high',
        'concentration.top-share.high',
        'concentration.manager.share',
        'concentration.manager.capacity',
      ]),
    );
  });

  it('renders every code any risk function emits, in en and zh-CN, through riskCatalog alone', () => {
    expect(findUnrenderable(steps, riskCatalog)).toEqual([]);
    for (const { code } of steps)
      for (const locale of LOCALES) expect(riskCatalog.messages.get(code)?.[locale]).toBeTruthy();
  });

  it('holds every code of the risk area, and every one of them is emitted above', () => {
    const emitted = new Set(steps.map((step) => step.code));
    expect([...riskCatalog.messages.keys()].filter((code) => !emitted.has(code))).toEqual([]);
    expect([...emitted].filter((code) => !riskCatalog.messages.has(code))).toEqual([]);
  });

  it('renders a finding in Chinese from its evidence', () => {
    expect(
      renderStep(
        {
          code: 'terms.days.too-long',
          params: { days: '90', maxCreditDays: '30', excess: '60', rule: '2' },
        },
        { locale: 'zh-CN', catalog: riskCatalog },
      ),
    ).toBe('信用期 90 天超过规则 2 允许的 30 天，超出 60 天');
  });

  it('renders the layers step of a run in every locale', () => {
    const trace = runFindings().find((f) => f.code.startsWith('credit.'))?.trace ?? [];
    expect(renderTrace(trace, { locale: 'en', catalog: riskCatalog })[0]).toBe(
      'check credit under the risk policy of 2026-01-01: base → grade:A',
    );
    expect(renderTrace(trace, { locale: 'zh-CN', catalog: riskCatalog })[0]).toBe(
      '按 2026-01-01 起生效的风险政策执行 credit 检查：base → grade:A',
    );
  });
});
