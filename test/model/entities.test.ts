import { describe, expect, test } from 'vitest';
import {
  AccountManager,
  Complaint,
  Contract,
  CreditNote,
  Customer,
  Delivery,
  ENTITY_KINDS,
  ENTITY_SCHEMAS,
  Incoterm,
  Invoice,
  isEntityKind,
  Order,
  Payment,
  PaymentMethod,
  Product,
  ProductCategory,
  parseEntity,
  SurveyResponse,
  safeParseEntity,
  Target,
  Team,
  TrainingRecord,
} from '../../src/model';
import { valid } from './fixtures';

describe('named examples', () => {
  test('a customer with a credit limit; prospects have no first deal', () => {
    expect(Customer.parse(valid.customer).country).toBe('DE');
    expect(
      Customer.parse({ id: 'C-2', name: 'P', country: 'GB', ownerId: 'AM-1' }).firstDealDate,
    ).toBeUndefined();
  });

  test('an account manager reporting to a manager', () => {
    expect(AccountManager.parse(valid.accountManager).payCurrency).toBe('CNY');
  });

  test('teams, categories and products form trees', () => {
    expect(
      Team.parse({ id: 'T-EU', name: 'Europe', parentTeamId: 'T-EXPORT', managerId: 'AM-1' }).name,
    ).toBe('Europe');
    expect(
      ProductCategory.parse({ id: 'CAT-PUMPS', name: 'Pumps', parentId: 'CAT-MACHINERY' }).parentId,
    ).toBe('CAT-MACHINERY');
    expect(
      Product.parse({ id: 'P-100', name: 'Pump', categoryId: 'CAT-PUMPS', hsCode: '841370' })
        .hsCode,
    ).toBe('841370');
  });

  test('an order with a return line', () => {
    const order = Order.parse({
      ...valid.order,
      lines: [valid.order.lines[0], { ...valid.line, lineId: '2', quantity: '-2', isReturn: true }],
    });
    expect(order.lines.map((line) => line.quantity)).toEqual(['10', '-2']);
  });

  test('a delivery, an invoice with lines adding up to the total, a payment, a credit note', () => {
    expect(
      Delivery.parse({
        id: 'DN-1',
        orderId: 'SO-1',
        customerId: 'C-001',
        date: '2026-03-20',
        lines: [{ lineId: '1', quantity: '4' }],
      }).date,
    ).toBe('2026-03-20');
    expect(
      Invoice.parse({
        ...valid.invoice,
        total: '1515.00',
        tax: '15.00',
        lines: [
          { lineId: '1', amount: '1600' },
          { lineId: '2', amount: '-100.00' },
        ],
      }).total,
    ).toBe('1515.00');
    expect(Payment.parse(valid.payment).allocations).toHaveLength(1);
    expect(Payment.parse({ ...valid.payment, allocations: [] }).allocations).toEqual([]);
    expect(CreditNote.parse(valid.creditNote).reason).toBe('quality-claim');
  });

  test('surveys, complaints and trainings', () => {
    expect(
      SurveyResponse.parse({ id: 'S-1', customerId: 'C-1', date: '2026-03-31', nps: 0 }).nps,
    ).toBe(0);
    expect(
      Complaint.parse({
        id: 'CP-1',
        customerId: 'C-1',
        date: '2026-02-03',
        severity: 'high',
        resolvedDate: '2026-02-03',
      }).severity,
    ).toBe('high');
    expect(
      TrainingRecord.parse({
        id: 'TR-1',
        managerId: 'AM-7',
        courseId: 'X',
        date: '2026-01-15',
        hours: '3.5',
        completed: true,
      }).hours,
    ).toBe('3.5');
  });

  test('a contract on FOB Ningbo under CIETAC arbitration, paid by L/C', () => {
    expect(Contract.parse(valid.contract).incoterm).toBe('FOB');
  });

  test('a contract may say how the goods travel, its clauses and the categories it covers', () => {
    const contract = Contract.parse({
      ...valid.contract,
      transportMode: 'sea',
      clauses: ['force-majeure', 'retention-of-title'],
      categoryIds: ['CAT-PUMPS'],
    });
    expect([contract.transportMode, contract.clauses, contract.categoryIds]).toEqual([
      'sea',
      ['force-majeure', 'retention-of-title'],
      ['CAT-PUMPS'],
    ]);
    expect(Contract.parse(valid.contract).clauses).toBeUndefined();
  });

  test('an order may carry its payment terms', () => {
    const order = Order.parse({ ...valid.order, paymentTerms: { method: 'DP', days: 30 } });
    expect(order.paymentTerms).toEqual({ method: 'DP', days: 30 });
    expect(Order.parse(valid.order).paymentTerms).toBeUndefined();
  });

  test('Incoterms 2020 are exactly the eleven rules; payment methods are ranked by exporter risk', () => {
    expect(Incoterm.options).toEqual([
      'EXW',
      'FCA',
      'CPT',
      'CIP',
      'DAP',
      'DPU',
      'DDP',
      'FAS',
      'FOB',
      'CFR',
      'CIF',
    ]);
    expect(PaymentMethod.options).toEqual(['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA', 'CONSIGNMENT']);
  });

  test('a target in money and one as a count, versioned by effectiveFrom', () => {
    const base = {
      id: 'TG-1',
      subjectKind: 'manager',
      subjectId: 'AM-7',
      metric: 'sales',
      period: '2026-Q1',
      effectiveFrom: '2026-01-01',
    };
    expect(
      Target.parse({ ...base, value: { amount: '300000.00', currency: 'USD' } }).value,
    ).toEqual({ amount: '300000.00', currency: 'USD' });
    expect(Target.parse({ ...base, value: '12' }).value).toBe('12');
  });

  test('parseEntity and safeParseEntity work by collection name', () => {
    expect(parseEntity('teams', { id: 'T-EU', name: 'Europe' })).toEqual({
      id: 'T-EU',
      name: 'Europe',
    });
    expect(safeParseEntity('orders', valid.order).success).toBe(true);
    expect(ENTITY_KINDS).toEqual(Object.keys(ENTITY_SCHEMAS));
    expect(isEntityKind('orders')).toBe(true);
    expect(isEntityKind('toString')).toBe(false);
    expect(() => parseEntity('nope' as 'orders', {})).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(safeParseEntity('nope' as 'orders', {}).success).toBe(false);
  });

  test('unknown keys are refused, at every level (issue 13); amounts and dates stay strings', () => {
    const top = safeParseEntity('orders', { ...valid.order, extra: 1 });
    expect(top.success ? null : [top.error.code, top.error.path, top.error.value]).toEqual([
      'INVALID_INPUT',
      ['extra'],
      1,
    ]);
    const lines = valid.order.lines.map((line, i) => (i === 0 ? { ...line, discount: '5' } : line));
    const nested = safeParseEntity('orders', { ...valid.order, lines });
    expect(nested.success ? null : [nested.error.code, nested.error.path]).toEqual([
      'INVALID_INPUT',
      ['lines', 0, 'discount'],
    ]);
    const order = parseEntity('orders', valid.order);
    expect(JSON.parse(JSON.stringify(order))).toEqual(order);
  });
});

/** [what, kind, input, code, path, value] */
const bad: Array<
  [string, Parameters<typeof safeParseEntity>[0], unknown, string, Array<string | number>, unknown]
> = [
  [
    'order payment terms with an unknown method',
    'orders',
    { ...valid.order, paymentTerms: { method: 'CAD', days: 0 } },
    'INVALID_INPUT',
    ['paymentTerms', 'method'],
    'CAD',
  ],
  [
    'a contract by spaceship',
    'contracts',
    { ...valid.contract, transportMode: 'space' },
    'INVALID_INPUT',
    ['transportMode'],
    'space',
  ],
  [
    'a contract clause listed twice',
    'contracts',
    { ...valid.contract, clauses: ['ip', 'force-majeure', 'ip'] },
    'INVALID_INPUT',
    ['clauses', 2],
    'ip',
  ],
  [
    'leave before hire',
    'accountManagers',
    { ...valid.accountManager, leaveDate: '2024-02-29' },
    'INVALID_DATE_RANGE',
    ['leaveDate'],
    '2024-02-29',
  ],
  [
    'reporting to oneself',
    'accountManagers',
    { ...valid.accountManager, managerId: 'AM-7' },
    'INVALID_INPUT',
    ['managerId'],
    'AM-7',
  ],
  [
    'a team its own parent',
    'teams',
    { id: 'T', name: 'T', parentTeamId: 'T' },
    'INVALID_INPUT',
    ['parentTeamId'],
    'T',
  ],
  [
    'a category its own parent',
    'productCategories',
    { id: 'K', name: 'K', parentId: 'K' },
    'INVALID_INPUT',
    ['parentId'],
    'K',
  ],
  [
    'an HS code with a dot',
    'products',
    { id: 'P', name: 'P', categoryId: 'K', hsCode: '8413.70' },
    'INVALID_INPUT',
    ['hsCode'],
    '8413.70',
  ],
  [
    'a negative credit limit',
    'customers',
    { ...valid.customer, creditLimit: { amount: '-1', currency: 'USD' } },
    'INVALID_AMOUNT',
    ['creditLimit', 'amount'],
    '-1',
  ],
  [
    'a country that is not ISO 3166',
    'customers',
    { ...valid.customer, country: 'UK' },
    'INVALID_INPUT',
    ['country'],
    'UK',
  ],
  [
    'an unknown currency',
    'accountManagers',
    { ...valid.accountManager, payCurrency: 'RMB' },
    'UNKNOWN_CURRENCY',
    ['payCurrency'],
    'RMB',
  ],
  [
    'a February 30',
    'accountManagers',
    { ...valid.accountManager, hireDate: '2026-02-30' },
    'INVALID_DATE',
    ['hireDate'],
    '2026-02-30',
  ],
  [
    'an id that reaches the prototype',
    'customers',
    { ...valid.customer, id: '__proto__' },
    'UNSAFE_KEY',
    ['id'],
    '__proto__',
  ],
  [
    'an empty id',
    'customers',
    { ...valid.customer, ownerId: '' },
    'INVALID_INPUT',
    ['ownerId'],
    '',
  ],
  [
    'a NUL in a name',
    'customers',
    { ...valid.customer, name: 'a\u0000b' },
    'INVALID_INPUT',
    ['name'],
    'a\u0000b',
  ],
  [
    'a negative quantity on a sales line',
    'orders',
    { ...valid.order, lines: [{ ...valid.line, quantity: '-1' }] },
    'NEGATIVE_QUANTITY',
    ['lines', 0, 'quantity'],
    '-1',
  ],
  [
    'a return line with a positive quantity',
    'orders',
    { ...valid.order, lines: [{ ...valid.line, isReturn: true }] },
    'INVALID_INPUT',
    ['lines', 0, 'quantity'],
    '10',
  ],
  [
    'a fractional JSON number as quantity (a safe integer is read as text: issue 18)',
    'orders',
    { ...valid.order, lines: [{ ...valid.line, quantity: 10.5 }] },
    'INVALID_AMOUNT',
    ['lines', 0, 'quantity'],
    10.5,
  ],
  [
    'a discount above the gross',
    'orders',
    { ...valid.order, lines: [{ ...valid.line, discount: { kind: 'amount', amount: '1500.01' } }] },
    'INVALID_AMOUNT',
    ['lines', 0, 'discount', 'amount'],
    '1500.01',
  ],
  [
    'a discount rate above 1',
    'orders',
    { ...valid.order, lines: [{ ...valid.line, discount: { kind: 'rate', rate: '5' } }] },
    'INVALID_INPUT',
    ['lines', 0, 'discount', 'rate'],
    '5',
  ],
  [
    'a repeated line id',
    'orders',
    { ...valid.order, lines: [valid.line, valid.line] },
    'INVALID_INPUT',
    ['lines', 1, 'lineId'],
    '1',
  ],
  [
    'a promise before the order',
    'orders',
    { ...valid.order, promisedDate: '2026-03-01' },
    'INVALID_DATE_RANGE',
    ['promisedDate'],
    '2026-03-01',
  ],
  [
    'an order without lines',
    'orders',
    { ...valid.order, lines: [] },
    'INVALID_INPUT',
    ['lines'],
    [],
  ],
  [
    'an unknown status',
    'orders',
    { ...valid.order, status: 'shipped' },
    'INVALID_INPUT',
    ['status'],
    'shipped',
  ],
  [
    'a due date before the issue date',
    'invoices',
    { ...valid.invoice, dueDate: '2026-03-19' },
    'INVALID_DATE_RANGE',
    ['dueDate'],
    '2026-03-19',
  ],
  [
    'invoice lines not adding up',
    'invoices',
    { ...valid.invoice, lines: [{ lineId: '1', amount: '1499.99' }] },
    'INVALID_AMOUNT',
    ['total'],
    '1500.00',
  ],
  [
    'a negative invoice',
    'invoices',
    { ...valid.invoice, total: '-1' },
    'INVALID_AMOUNT',
    ['total'],
    '-1',
  ],
  [
    'allocations above the payment',
    'payments',
    {
      ...valid.payment,
      allocations: [
        { invoiceId: 'A', amount: { amount: '300', currency: 'USD' } },
        { invoiceId: 'B', amount: { amount: '200.01', currency: 'USD' } },
      ],
    },
    'INVALID_ALLOCATION',
    ['allocations', 1, 'amount', 'amount'],
    '200.01',
  ],
  [
    'an allocation in another currency',
    'payments',
    {
      ...valid.payment,
      allocations: [{ invoiceId: 'A', amount: { amount: '300', currency: 'CNY' } }],
    },
    'CURRENCY_MISMATCH',
    ['allocations', 0, 'amount', 'currency'],
    'CNY',
  ],
  [
    'one invoice allocated twice',
    'payments',
    {
      ...valid.payment,
      allocations: [
        { invoiceId: 'A', amount: { amount: '1', currency: 'USD' } },
        { invoiceId: 'A', amount: { amount: '1', currency: 'USD' } },
      ],
    },
    'INVALID_INPUT',
    ['allocations', 1, 'invoiceId'],
    'A',
  ],
  [
    'a zero payment',
    'payments',
    { ...valid.payment, amount: '0', allocations: [] },
    'INVALID_AMOUNT',
    ['amount'],
    '0',
  ],
  [
    'a credit note naming neither invoice nor order',
    'creditNotes',
    { ...valid.creditNote, invoiceId: undefined },
    'INVALID_INPUT',
    ['invoiceId'],
    undefined,
  ],
  [
    'credit note lines not adding up',
    'creditNotes',
    { ...valid.creditNote, lines: [{ lineId: '1', amount: '100' }] },
    'INVALID_AMOUNT',
    ['amount'],
    '200.00',
  ],
  [
    'a survey with neither score',
    'surveyResponses',
    { id: 'S', customerId: 'C', date: '2026-01-01' },
    'INVALID_INPUT',
    [],
    { id: 'S', customerId: 'C', date: '2026-01-01' },
  ],
  [
    'a CSAT of 6',
    'surveyResponses',
    { id: 'S', customerId: 'C', date: '2026-01-01', csat: 6 },
    'INVALID_INPUT',
    ['csat'],
    6,
  ],
  [
    'an NPS of 11',
    'surveyResponses',
    { id: 'S', customerId: 'C', date: '2026-01-01', nps: 11 },
    'INVALID_INPUT',
    ['nps'],
    11,
  ],
  [
    'an NPS of 7.5',
    'surveyResponses',
    { id: 'S', customerId: 'C', date: '2026-01-01', nps: 7.5 },
    'INVALID_INPUT',
    ['nps'],
    7.5,
  ],
  [
    'a complaint resolved before it was made',
    'complaints',
    { id: 'CP', customerId: 'C', date: '2026-02-03', severity: 'low', resolvedDate: '2026-02-02' },
    'INVALID_DATE_RANGE',
    ['resolvedDate'],
    '2026-02-02',
  ],
  [
    'negative training hours',
    'trainingRecords',
    { id: 'TR', managerId: 'AM', courseId: 'X', date: '2026-01-15', hours: '-1', completed: true },
    'INVALID_AMOUNT',
    ['hours'],
    '-1',
  ],
  [
    'a contract ending before it starts',
    'contracts',
    { ...valid.contract, endDate: '2025-12-31' },
    'INVALID_DATE_RANGE',
    ['endDate'],
    '2025-12-31',
  ],
  [
    'a court clause with arbitrators',
    'contracts',
    { ...valid.contract, disputeResolution: { kind: 'court', seat: 'Shanghai', arbitrators: 3 } },
    'INVALID_INPUT',
    ['disputeResolution', 'arbitrators'],
    3,
  ],
  [
    'DAT, an Incoterm of 2010',
    'contracts',
    { ...valid.contract, incoterm: 'DAT' },
    'INVALID_INPUT',
    ['incoterm'],
    'DAT',
  ],
  [
    'an unknown payment method',
    'contracts',
    { ...valid.contract, paymentTerms: { method: 'CAD', days: 0 } },
    'INVALID_INPUT',
    ['paymentTerms', 'method'],
    'CAD',
  ],
  [
    'a metric named constructor',
    'targets',
    {
      id: 'TG',
      subjectKind: 'team',
      subjectId: 'T',
      metric: 'constructor',
      period: 'Q1',
      value: '1',
      effectiveFrom: '2026-01-01',
    },
    'UNSAFE_KEY',
    ['metric'],
    'constructor',
  ],
];

describe('bad input', () => {
  test.each(bad)('%s', (_what, kind, input, code, path, value) => {
    const result = safeParseEntity(kind, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect({ code: result.error.code, path: result.error.path, value: result.error.value }).toEqual(
      { code, path, value },
    );
    expect(() => parseEntity(kind, input)).toThrow(result.error.message);
  });

  test('the path is prefixed where the entity sits in the caller input', () => {
    const result = safeParseEntity(
      'orders',
      { ...valid.order, lines: [{ ...valid.line, quantity: '-1' }] },
      ['batch', 7],
    );
    expect(!result.success && result.error.path).toEqual(['batch', 7, 'lines', 0, 'quantity']);
  });

  test('a __proto__ key inside an entity is refused and pollutes nothing', () => {
    const input = JSON.parse(
      '{"id":"T","name":"T","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const result = safeParseEntity('teams', input);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_INPUT',
      ['__proto__'],
    ]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
