import type { Customer, Invoice, Order, OrderLine } from '../../src/model';
import { Decimal } from '../../src/money';
import { type Column, col, toCsv } from './format';
import type { SampleCollections } from './SampleCollections';

/**
 * A company's customers, sales orders and invoices as Zoho CRM exports them (the Accounts, Sales
 * Orders and Invoices modules), under Zoho's standard field labels — Account Name, Account
 * Number, Billing Country, Sales Order Owner, Subject, Customer No, Product Code, Quantity, List
 * Price, Discount, Invoice Number, Invoice Date, Due Date, Grand Total … (Zoho CRM help,
 * "Standard Fields in Accounts / Sales Orders / Invoices") — and a few custom fields a sales team
 * adds (`Credit Limit`, `First Deal Date`, `Order Date`, `Return`). Read back through
 * `examples/mappings/zoho-crm.json`, the files give exactly the records of {@link zohoRecords}.
 */

/** The records the Zoho files hold: the fields a Zoho export carries, discounts as amounts. */
export interface ZohoRecords {
  readonly customers: Customer[];
  readonly orders: Order[];
  readonly invoices: Invoice[];
}

/** A line discount as Zoho keeps it: an amount off the line (a rate becomes gross × rate). */
function discountAmount(line: OrderLine): OrderLine['discount'] {
  const discount = line.discount;
  if (discount === undefined || discount.kind === 'amount') return discount;
  const gross = new Decimal(line.quantity).times(line.unitPrice).abs();
  return { kind: 'amount', amount: gross.times(discount.rate).toDecimalPlaces(2).toFixed() };
}

/** The company's customers, orders and invoices with the fields the Zoho files carry. */
export function zohoRecords(company: SampleCollections): ZohoRecords {
  const c = company.collections;
  const customers = (c.customers ?? []).map(
    ({ groupId: _g, region: _r, insuredLimit: _i, tags: _t, ...customer }) => customer,
  );
  const orders = (c.orders ?? []).map(({ contractId: _k, paymentTerms: _p, ...order }) => ({
    ...order,
    lines: order.lines.map(({ unitCost: _u, ...line }) => {
      const discount = discountAmount(line);
      const { discount: _d, ...rest } = line;
      return discount === undefined ? rest : { ...rest, discount };
    }),
  }));
  const invoices = (c.invoices ?? []).map(({ lines: _l, ...invoice }) => invoice);
  return { customers, orders, invoices };
}

const accounts: Column<Customer>[] = [
  col('Account Owner', (a) => a.ownerId),
  col('Account Name', (a) => a.name),
  col('Account Number', (a) => a.id),
  col('Industry', (a) => a.industry),
  col('Rating', (a) => a.grade),
  col('Billing Country', (a) => a.country),
  col('Currency', (a) => a.creditLimit?.currency),
  col('Credit Limit', (a) => a.creditLimit?.amount),
  col('First Deal Date', (a) => a.firstDealDate),
];

type SalesOrderRow = { order: Order; line: OrderLine; account: string | undefined };
const salesOrders: Column<SalesOrderRow>[] = [
  col('Sales Order Owner', ({ order }) => order.ownerId),
  col('Subject', ({ order }) => order.id),
  col('Account Name', ({ account }) => account),
  col('Customer No', ({ order }) => order.customerId),
  col('Order Date', ({ order }) => order.orderDate),
  col('Due Date', ({ order }) => order.promisedDate),
  col('Status', ({ order }) => order.status),
  col('Currency', ({ order }) => order.currency),
  col('S.No', ({ line }) => line.lineId),
  col('Product Code', ({ line }) => line.productId),
  col('Product Category', ({ line }) => line.categoryId),
  col('Quantity', ({ line }) => line.quantity),
  col('List Price', ({ line }) => line.unitPrice),
  col('Discount', ({ line }) =>
    line.discount?.kind === 'amount' ? line.discount.amount : undefined,
  ),
  col('Return', ({ line }) =>
    line.isReturn === undefined ? undefined : line.isReturn ? 'yes' : 'no',
  ),
];

type InvoiceRow = { invoice: Invoice; account: string | undefined };
const invoices: Column<InvoiceRow>[] = [
  col('Invoice Owner', ({ invoice }) => invoice.ownerId),
  col('Invoice Number', ({ invoice }) => invoice.id),
  col('Subject', ({ invoice }) => `Invoice ${invoice.orderId ?? invoice.id}`),
  col('Sales Order', ({ invoice }) => invoice.orderId),
  col('Account Name', ({ account }) => account),
  col('Customer No', ({ invoice }) => invoice.customerId),
  col('Invoice Date', ({ invoice }) => invoice.issueDate),
  col('Due Date', ({ invoice }) => invoice.dueDate),
  col('Currency', ({ invoice }) => invoice.currency),
  col('Grand Total', ({ invoice }) => invoice.total),
];

/** The Zoho CRM export files of a company, by file name. */
export function zohoFiles(company: SampleCollections): Map<string, string> {
  const records = zohoRecords(company);
  const names = new Map(records.customers.map((a) => [a.id, a.name]));
  return new Map([
    ['Accounts.csv', toCsv(accounts, records.customers)],
    [
      'Sales_Orders.csv',
      toCsv(
        salesOrders,
        records.orders.flatMap((order) =>
          order.lines.map((line) => ({ order, line, account: names.get(order.customerId) })),
        ),
      ),
    ],
    [
      'Invoices.csv',
      toCsv(
        invoices,
        records.invoices.map((invoice) => ({ invoice, account: names.get(invoice.customerId) })),
      ),
    ],
  ]);
}
