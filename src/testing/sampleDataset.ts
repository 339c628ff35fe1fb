import type { Dataset } from '../model';

const line = (lineId: string, quantity: string, unitPrice: string, more: object = {}) => ({
  lineId,
  productId: 'P-1',
  categoryId: 'K-1',
  quantity,
  unitPrice,
  ...more,
});

const SAMPLE = {
  customers: [
    {
      id: 'C-3',
      name: 'Lisboa Retail',
      country: 'PT',
      ownerId: 'AM-2',
      groupId: 'G-1',
      firstDealDate: '2026-01-31',
    },
    {
      id: 'C-1',
      name: 'Hamburg Trading GmbH',
      country: 'DE',
      ownerId: 'AM-1',
      groupId: 'G-1',
      grade: 'key',
      creditLimit: { amount: '200000.00', currency: 'USD' },
      insuredLimit: { amount: '50000.00', currency: 'USD' },
      firstDealDate: '2025-03-01',
      tags: ['export'],
      region: 'EU',
      industry: 'Machinery',
    },
    {
      id: 'C-ｚ',
      name: '上海百货',
      country: 'CN',
      ownerId: 'AM-1',
      grade: 'ordinary',
      firstDealDate: '2026-01-01',
    },
    { id: 'C-😀', name: 'Prospect Ltd', country: 'GB', ownerId: 'AM-3' },
  ],
  accountManagers: [
    { id: 'AM-1', name: '王丽', teamId: 'T-1', hireDate: '2020-05-01', payCurrency: 'CNY' },
    {
      id: 'AM-2',
      name: 'Ana Silva',
      teamId: 'T-2',
      managerId: 'AM-1',
      hireDate: '2026-02-01',
      payCurrency: 'EUR',
    },
    {
      id: 'AM-3',
      name: 'Tom Baker',
      teamId: 'T-2',
      managerId: 'AM-1',
      hireDate: '2024-01-15',
      leaveDate: '2025-12-31',
      payCurrency: 'USD',
    },
  ],
  teams: [
    { id: 'T-2', name: 'Europe', parentTeamId: 'T-1', managerId: 'AM-1' },
    { id: 'T-1', name: 'Export', managerId: 'AM-1' },
  ],
  productCategories: [
    { id: 'K-2', name: 'Valves', parentId: 'K-1' },
    { id: 'K-1', name: 'Machinery' },
  ],
  products: [
    { id: 'P-2', name: 'Gate valve', categoryId: 'K-2', hsCode: '848180' },
    { id: 'P-1', name: 'Centrifugal pump', categoryId: 'K-1', hsCode: '841370' },
  ],
  orders: [
    {
      id: 'SO-4',
      customerId: 'C-3',
      ownerId: 'AM-2',
      orderDate: '2026-03-31',
      currency: 'EUR',
      status: 'open',
      lines: [line('1', '3', '99.99', { unitCost: '60' })],
    },
    {
      id: 'SO-😀',
      customerId: 'C-ｚ',
      ownerId: 'AM-1',
      orderDate: '2026-02-01',
      currency: 'CNY',
      status: 'confirmed',
      lines: [line('1', '1.5', '1000')],
    },
    {
      id: 'SO-ｚ',
      customerId: 'C-ｚ',
      ownerId: 'AM-1',
      orderDate: '2026-02-01',
      currency: 'CNY',
      status: 'completed',
      lines: [line('1', '2', '1000', { discount: { kind: 'rate', rate: '0.05' } })],
    },
    {
      id: 'SO-1',
      customerId: 'C-1',
      ownerId: 'AM-1',
      orderDate: '2026-01-01',
      promisedDate: '2026-01-20',
      currency: 'USD',
      status: 'completed',
      contractId: 'CT-1',
      lines: [
        line('1', '10', '150'),
        line('2', '2', '50', { discount: { kind: 'amount', amount: '20' } }),
      ],
    },
    {
      id: 'SO-2',
      customerId: 'C-1',
      ownerId: 'AM-1',
      orderDate: '2026-01-01',
      currency: 'USD',
      status: 'cancelled',
      lines: [line('1', '1', '500')],
    },
    {
      id: 'SO-3',
      customerId: 'C-1',
      ownerId: 'AM-3',
      orderDate: '2026-03-01',
      currency: 'USD',
      status: 'confirmed',
      lines: [line('1', '-2', '150', { isReturn: true }), line('2', '4', '150')],
    },
  ],
  deliveries: [
    {
      id: 'DN-2',
      orderId: 'SO-ｚ',
      customerId: 'C-ｚ',
      date: '2026-02-10',
      lines: [{ lineId: '1', quantity: '2' }],
    },
    {
      id: 'DN-1',
      orderId: 'SO-1',
      customerId: 'C-1',
      date: '2026-01-20',
      lines: [
        { lineId: '1', quantity: '10' },
        { lineId: '2', quantity: '2' },
      ],
    },
  ],
  invoices: [
    {
      id: 'INV-2',
      customerId: 'C-ｚ',
      ownerId: 'AM-1',
      orderId: 'SO-ｚ',
      issueDate: '2026-02-10',
      dueDate: '2026-03-12',
      currency: 'CNY',
      total: '1900.00',
    },
    {
      id: 'INV-1',
      customerId: 'C-1',
      ownerId: 'AM-1',
      orderId: 'SO-1',
      issueDate: '2026-01-20',
      dueDate: '2026-03-21',
      currency: 'USD',
      total: '1580.00',
      tax: '0',
      lines: [
        { lineId: '1', amount: '1500.00' },
        { lineId: '2', amount: '80.00' },
      ],
    },
    {
      id: 'INV-3',
      customerId: 'C-1',
      ownerId: 'AM-3',
      issueDate: '2026-03-01',
      dueDate: '2026-03-01',
      currency: 'USD',
      total: '300.00',
    },
  ],
  payments: [
    {
      id: 'PAY-2',
      customerId: 'C-1',
      ownerId: 'AM-1',
      date: '2026-03-21',
      currency: 'USD',
      amount: '1000.00',
      allocations: [
        { invoiceId: 'INV-1', amount: { amount: '580.00', currency: 'USD' } },
        { invoiceId: 'INV-3', amount: { amount: '300.00', currency: 'USD' } },
      ],
    },
    {
      id: 'PAY-1',
      customerId: 'C-1',
      ownerId: 'AM-1',
      date: '2026-02-15',
      currency: 'USD',
      amount: '1000.00',
      allocations: [{ invoiceId: 'INV-1', amount: { amount: '1000.00', currency: 'USD' } }],
    },
    {
      id: 'PAY-3',
      customerId: 'C-ｚ',
      ownerId: 'AM-1',
      date: '2026-03-31',
      currency: 'CNY',
      amount: '500.00',
      allocations: [],
    },
  ],
  creditNotes: [
    {
      id: 'CN-1',
      customerId: 'C-1',
      ownerId: 'AM-1',
      invoiceId: 'INV-1',
      date: '2026-02-01',
      currency: 'USD',
      amount: '200.00',
      reason: 'quality-claim',
    },
    {
      id: 'CN-2',
      customerId: 'C-1',
      ownerId: 'AM-3',
      orderId: 'SO-3',
      date: '2026-03-02',
      currency: 'USD',
      amount: '300.00',
      reason: 'return',
      lines: [{ lineId: '1', orderLineId: '1', quantity: '2', amount: '300.00' }],
    },
  ],
  surveyResponses: [
    { id: 'S-2', customerId: 'C-ｚ', date: '2026-03-31', nps: 9 },
    { id: 'S-1', customerId: 'C-1', ownerId: 'AM-1', date: '2026-01-31', csat: 4, nps: 10 },
    { id: 'S-3', customerId: 'C-1', date: '2026-01-31', csat: 2 },
  ],
  complaints: [
    {
      id: 'CP-1',
      customerId: 'C-1',
      ownerId: 'AM-1',
      date: '2026-02-03',
      severity: 'high',
      resolvedDate: '2026-02-10',
    },
    { id: 'CP-2', customerId: 'C-3', date: '2026-03-15', severity: 'low', category: 'delivery' },
  ],
  trainingRecords: [
    {
      id: 'TR-2',
      managerId: 'AM-2',
      courseId: 'INCOTERMS-2020',
      date: '2026-02-01',
      hours: '3.5',
      completed: false,
    },
    {
      id: 'TR-1',
      managerId: 'AM-1',
      courseId: 'INCOTERMS-2020',
      date: '2026-01-15',
      hours: '3.5',
      completed: true,
    },
  ],
  contracts: [
    {
      id: 'CT-2',
      customerId: 'C-ｚ',
      startDate: '2026-01-01',
      incoterm: 'CIF',
      governingLaw: 'CN',
      disputeResolution: { kind: 'court', seat: 'Shanghai' },
      currency: 'CNY',
      paymentTerms: { method: 'OA', days: 30 },
    },
    {
      id: 'CT-1',
      customerId: 'C-1',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      incoterm: 'FOB',
      namedPlace: 'Ningbo',
      governingLaw: 'CN',
      disputeResolution: {
        kind: 'arbitration',
        seat: 'Beijing',
        institution: 'CIETAC',
        language: 'en',
        arbitrators: 3,
      },
      currency: 'USD',
      paymentTerms: { method: 'LC', days: 0 },
    },
  ],
  targets: [
    {
      id: 'TG-2',
      subjectKind: 'team',
      subjectId: 'T-2',
      metric: 'sales',
      period: '2026-Q1',
      value: { amount: '500000.00', currency: 'EUR' },
      effectiveFrom: '2026-01-01',
    },
    {
      id: 'TG-1',
      subjectKind: 'manager',
      subjectId: 'AM-1',
      metric: 'sales',
      period: '2026-Q1',
      value: { amount: '300000.00', currency: 'USD' },
      effectiveFrom: '2026-01-01',
    },
    {
      id: 'TG-3',
      subjectKind: 'manager',
      subjectId: 'AM-1',
      metric: 'new-customers',
      period: '2026-Q1',
      value: '4',
      effectiveFrom: '2026-02-01',
    },
  ],
};

/**
 * A small, valid dataset with every collection filled and the edge cases adapters get wrong:
 * entities out of order, several documents on one date (ordered by id), ids whose code-point
 * and UTF-16 orders differ (`SO-ｚ` before `SO-😀`), a return line, a prospect without a first
 * deal, a manager who left, an open-ended contract, a payment with no allocations. The contract
 * kit seeds adapters with it; tests may use it too. Each call returns a fresh copy.
 *
 * @returns the dataset
 * @example
 * ```ts
 * sampleDataset().orders?.length;
 * //=> 6
 * ```
 */
export function sampleDataset(): Dataset {
  return JSON.parse(JSON.stringify(SAMPLE)) as Dataset;
}
