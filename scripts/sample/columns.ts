import type {
  AccountManager,
  Complaint,
  Contract,
  CreditNote,
  Customer,
  Delivery,
  Invoice,
  Order,
  OrderLine,
  Payment,
  Product,
  ProductCategory,
  SurveyResponse,
  Target,
  Team,
  TrainingRecord,
} from '../../src/model';
import type { FxRate } from '../../src/money';
import type { ScreeningEntry } from '../../src/risk';
import type { ManagerRating } from './exportTrader/feedback';
import type { ContractClauses } from './exportTrader/risk';
import { type Column, col, toCsv } from './format';
import type { SampleCollections } from './SampleCollections';

/**
 * The CSV form of each collection, in the shape a CRM export has: readable column headers, one
 * row per record (per order line for orders, per allocation for payments), dates ISO, amounts as
 * decimal text with the currency in its own column, lists joined with `;`.
 */
type Collections = SampleCollections['collections'];
type Csv = { [K in keyof Collections]-?: (records: NonNullable<Collections[K]>) => string };

const yes = (flag: boolean | undefined) => (flag === undefined ? undefined : flag ? 'yes' : 'no');

const customer: Column<Customer>[] = [
  col('Customer ID', (c) => c.id),
  col('Customer Name', (c) => c.name),
  col('Group ID', (c) => c.groupId),
  col('Country', (c) => c.country),
  col('Region', (c) => c.region),
  col('Industry', (c) => c.industry),
  col('Grade', (c) => c.grade),
  col('Credit Limit', (c) => c.creditLimit?.amount),
  col('Credit Limit Currency', (c) => c.creditLimit?.currency),
  col('Insured Limit', (c) => c.insuredLimit?.amount),
  col('Insured Limit Currency', (c) => c.insuredLimit?.currency),
  col('First Deal Date', (c) => c.firstDealDate),
  col('Account Manager ID', (c) => c.ownerId),
  col('Tags', (c) => c.tags?.join(';')),
];

const orderLine: Column<{ order: Order; line: OrderLine }>[] = [
  col('Order ID', ({ order }) => order.id),
  col('Customer ID', ({ order }) => order.customerId),
  col('Account Manager ID', ({ order }) => order.ownerId),
  col('Order Date', ({ order }) => order.orderDate),
  col('Promised Date', ({ order }) => order.promisedDate),
  col('Status', ({ order }) => order.status),
  col('Currency', ({ order }) => order.currency),
  col('Contract ID', ({ order }) => order.contractId),
  col('Line', ({ line }) => line.lineId),
  col('Product ID', ({ line }) => line.productId),
  col('Category ID', ({ line }) => line.categoryId),
  col('Quantity', ({ line }) => line.quantity),
  col('Unit Price', ({ line }) => line.unitPrice),
  col('Discount Rate', ({ line }) =>
    line.discount?.kind === 'rate' ? line.discount.rate : undefined,
  ),
  col('Discount Amount', ({ line }) =>
    line.discount?.kind === 'amount' ? line.discount.amount : undefined,
  ),
  col('Unit Cost', ({ line }) => line.unitCost),
  col('Return', ({ line }) => yes(line.isReturn)),
];

const deliveryLine: Column<{ delivery: Delivery; line: Delivery['lines'][number] }>[] = [
  col('Delivery ID', ({ delivery }) => delivery.id),
  col('Order ID', ({ delivery }) => delivery.orderId),
  col('Customer ID', ({ delivery }) => delivery.customerId),
  col('Delivery Date', ({ delivery }) => delivery.date),
  col('Order Line', ({ line }) => line.lineId),
  col('Quantity', ({ line }) => line.quantity),
];

const invoice: Column<Invoice>[] = [
  col('Invoice ID', (i) => i.id),
  col('Customer ID', (i) => i.customerId),
  col('Account Manager ID', (i) => i.ownerId),
  col('Order ID', (i) => i.orderId),
  col('Invoice Date', (i) => i.issueDate),
  col('Due Date', (i) => i.dueDate),
  col('Currency', (i) => i.currency),
  col('Total', (i) => i.total),
  col('Tax', (i) => i.tax),
];

const allocation: Column<{ payment: Payment; index: number }>[] = [
  col('Payment ID', ({ payment }) => payment.id),
  col('Customer ID', ({ payment }) => payment.customerId),
  col('Account Manager ID', ({ payment }) => payment.ownerId),
  col('Payment Date', ({ payment }) => payment.date),
  col('Currency', ({ payment }) => payment.currency),
  col('Payment Amount', ({ payment }) => payment.amount),
  col('Invoice ID', ({ payment, index }) => payment.allocations[index]?.invoiceId),
  col('Applied Amount', ({ payment, index }) => payment.allocations[index]?.amount.amount),
];

const creditNote: Column<CreditNote>[] = [
  col('Credit Note ID', (n) => n.id),
  col('Customer ID', (n) => n.customerId),
  col('Account Manager ID', (n) => n.ownerId),
  col('Invoice ID', (n) => n.invoiceId),
  col('Order ID', (n) => n.orderId),
  col('Date', (n) => n.date),
  col('Currency', (n) => n.currency),
  col('Amount', (n) => n.amount),
  col('Reason', (n) => n.reason),
  // A note has at most one line in the sample; its columns carry the whole line (all its fields).
  col('Line', (n) => n.lines?.[0]?.lineId),
  col('Order Line', (n) => n.lines?.[0]?.orderLineId),
  col('Product ID', (n) => n.lines?.[0]?.productId),
  col('Category ID', (n) => n.lines?.[0]?.categoryId),
  col('Returned Quantity', (n) => n.lines?.[0]?.quantity),
  col('Line Amount', (n) => n.lines?.[0]?.amount),
];

const contract: Column<Contract>[] = [
  col('Contract ID', (k) => k.id),
  col('Customer ID', (k) => k.customerId),
  col('Start Date', (k) => k.startDate),
  col('End Date', (k) => k.endDate),
  col('Incoterm', (k) => k.incoterm),
  col('Named Place', (k) => k.namedPlace),
  col('Governing Law', (k) => k.governingLaw),
  col('Dispute Resolution', (k) => k.disputeResolution.kind),
  col('Seat', (k) => k.disputeResolution.seat),
  col('Institution', (k) => k.disputeResolution.institution),
  col('Language', (k) => k.disputeResolution.language),
  col('Arbitrators', (k) => k.disputeResolution.arbitrators),
  col('Currency', (k) => k.currency),
  col('Payment Method', (k) => k.paymentTerms.method),
  col('Payment Days', (k) => k.paymentTerms.days),
];

const target: Column<Target>[] = [
  col('Target ID', (t) => t.id),
  col('Subject Type', (t) => t.subjectKind),
  col('Subject ID', (t) => t.subjectId),
  col('Metric', (t) => t.metric),
  col('Period', (t) => t.period),
  col('Value', (t) => (typeof t.value === 'string' ? t.value : t.value.amount)),
  col('Currency', (t) => (typeof t.value === 'string' ? undefined : t.value.currency)),
  col('Effective From', (t) => t.effectiveFrom),
];

const team: Column<Team>[] = [
  col('Team ID', (t) => t.id),
  col('Team Name', (t) => t.name),
  col('Parent Team ID', (t) => t.parentTeamId),
  col('Team Lead ID', (t) => t.managerId),
];

const manager: Column<AccountManager>[] = [
  col('Account Manager ID', (m) => m.id),
  col('Name', (m) => m.name),
  col('Team ID', (m) => m.teamId),
  col('Reports To', (m) => m.managerId),
  col('Hire Date', (m) => m.hireDate),
  col('Leave Date', (m) => m.leaveDate),
  col('Pay Currency', (m) => m.payCurrency),
];

const category: Column<ProductCategory>[] = [
  col('Category ID', (c) => c.id),
  col('Category Name', (c) => c.name),
  col('Parent Category ID', (c) => c.parentId),
];

const product: Column<Product>[] = [
  col('Product ID', (p) => p.id),
  col('Product Name', (p) => p.name),
  col('Category ID', (p) => p.categoryId),
  col('HS Code', (p) => p.hsCode),
];

const survey: Column<SurveyResponse>[] = [
  col('Response ID', (s) => s.id),
  col('Customer ID', (s) => s.customerId),
  col('Account Manager ID', (s) => s.ownerId),
  col('Date', (s) => s.date),
  col('CSAT (1-5)', (s) => s.csat),
  col('NPS (0-10)', (s) => s.nps),
  col('Comment', (s) => s.comment),
];

const complaint: Column<Complaint>[] = [
  col('Complaint ID', (c) => c.id),
  col('Customer ID', (c) => c.customerId),
  col('Account Manager ID', (c) => c.ownerId),
  col('Date', (c) => c.date),
  col('Severity', (c) => c.severity),
  col('Category', (c) => c.category),
  col('Resolved Date', (c) => c.resolvedDate),
];

const training: Column<TrainingRecord>[] = [
  col('Record ID', (t) => t.id),
  col('Account Manager ID', (t) => t.managerId),
  col('Course ID', (t) => t.courseId),
  col('Date', (t) => t.date),
  col('Hours', (t) => t.hours),
  col('Completed', (t) => yes(t.completed)),
];

const clauses: Column<ContractClauses>[] = [
  col('Contract ID', (c) => c.contractId),
  col('Transport Mode', (c) => c.transportMode),
  col('Currency Clause', (c) => yes(c.hasCurrencyClause)),
  col('IP Clause', (c) => yes(c.hasIpClause)),
  col('Categories', (c) => c.categoryIds.join(';')),
];

const rating: Column<ManagerRating>[] = [
  col('Period', (r) => r.period),
  col('Account Manager ID', (r) => r.managerId),
  col('KPI', (r) => r.kpi),
  col('Rating', (r) => r.value),
  col('Source', (r) => r.source),
];

const fxRate: Column<FxRate>[] = [
  col('Date', (r) => r.date),
  col('Currency', (r) => r.base),
  col('Quote Currency', (r) => r.quote),
  col('Rate', (r) => r.rate),
  col('Source', (r) => r.source),
];

const screening: Column<ScreeningEntry>[] = [
  col('Entry ID', (e) => e.id),
  col('Name', (e) => e.name),
  col('Aliases', (e) => e.aliases.join(';')),
  col('Country', (e) => e.country),
  col('Type', (e) => e.type),
  col('List', (e) => e.source),
  col('Program', (e) => e.program),
];

/** Each collection's CSV file. */
export const CSV: Csv = {
  teams: (rows) => toCsv(team, rows),
  accountManagers: (rows) => toCsv(manager, rows),
  productCategories: (rows) => toCsv(category, rows),
  products: (rows) => toCsv(product, rows),
  customers: (rows) => toCsv(customer, rows),
  orders: (rows) =>
    toCsv(
      orderLine,
      rows.flatMap((order) => order.lines.map((line) => ({ order, line }))),
    ),
  deliveries: (rows) =>
    toCsv(
      deliveryLine,
      rows.flatMap((delivery) => delivery.lines.map((line) => ({ delivery, line }))),
    ),
  invoices: (rows) => toCsv(invoice, rows),
  payments: (rows) =>
    toCsv(
      allocation,
      rows.flatMap((payment) => payment.allocations.map((_, index) => ({ payment, index }))),
    ),
  creditNotes: (rows) => toCsv(creditNote, rows),
  surveyResponses: (rows) => toCsv(survey, rows),
  complaints: (rows) => toCsv(complaint, rows),
  trainingRecords: (rows) => toCsv(training, rows),
  contracts: (rows) => toCsv(contract, rows),
  targets: (rows) => toCsv(target, rows),
  contractClauses: (rows) => toCsv(clauses, rows),
  managerRatings: (rows) => toCsv(rating, rows),
  fxRates: (rows) => toCsv(fxRate, rows),
  screeningList: (rows) => toCsv(screening, rows),
};
