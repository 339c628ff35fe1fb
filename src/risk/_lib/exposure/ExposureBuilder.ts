import { CrmRulesError, type ErrorPath, parseWith } from '../../../errors';
import { CreditNote, Customer, Delivery, Invoice, Order, Payment } from '../../../model';
import { Decimal } from '../../../money';
import type { CreditPolicy } from '../../policies';
import { plainInvoice } from '../input/plainInvoice';
import { plainOrder } from '../input/plainOrder';
import { plainPayment } from '../input/plainPayment';
import { addTo } from './addTo';
import { BaseRates } from './baseRates';
import { type PathAt, ReceivableBook } from './ReceivableBook';

/** The streams of an exposure index, in the order they are read. */
export const FACT_STREAMS = [
  'customers',
  'invoices',
  'payments',
  'creditNotes',
  'orders',
  'deliveries',
] as const;
/** One stream name. */
export type FactStream = (typeof FACT_STREAMS)[number];

/** The streams whose documents give a customer its receivables cell. */
const CELL_STREAMS = ['invoices', 'payments', 'creditNotes'] as const;
type CellStream = (typeof CELL_STREAMS)[number];

// The paths of a document's amount currency, made only for an error (no closure per document).
const INVOICE_CURRENCY: PathAt = (index) => ['facts', 'invoices', index, 'currency'];
const NOTE_CURRENCY: PathAt = (index) => ['facts', 'creditNotes', index, 'currency'];
const ALLOCATION_CURRENCY: PathAt = (index, i) => [
  'facts',
  'payments',
  index,
  'allocations',
  i,
  'amount',
  'currency',
];

/** The most invoices room is made for up front; past it the columns grow as they fill. */
export const RESERVE_CAP = 1 << 21;

/** A customer master record as the builder keeps it. */
export interface Master {
  readonly customer: Customer;
  readonly path: ErrorPath;
}

/** An order as the builder keeps it, with its delivered quantities per line. */
export interface KeptOrder {
  readonly order: Order;
  readonly path: ErrorPath;
  readonly delivered: Map<string, Decimal>;
}

/**
 * Reads documents one at a time into running sums; `finishIndex` then prices the orders and
 * resolves the limits. Documents dated after `asOf` (issue date, payment date, credit note date,
 * order date, delivery date) are not counted; cancelled orders are not counted.
 */
export class ExposureBuilder {
  readonly rates: BaseRates;
  readonly book: ReceivableBook;
  readonly masters = new Map<string, Master>();
  /**
   * Per receivables cell (customer), where the customer was first seen: the document that gave
   * it its cell, as `index × 4 + stream` (a {@link CELL_STREAMS} position) — numbers, not paths.
   */
  readonly cellFirstSeen: number[] = [];
  /** Where a customer that no receivables document names was first seen (an order). */
  readonly orderFirstSeen = new Map<string, ErrorPath>();
  readonly billedOrders = new Map<string, Decimal>();
  readonly orders = new Map<string, KeptOrder>();
  readonly deliveries: { readonly delivery: Delivery; readonly path: ErrorPath }[] = [];

  constructor(
    readonly asOf: string,
    readonly policy: CreditPolicy,
    base: string,
    fx: BaseRates['fx'],
  ) {
    this.rates = new BaseRates(base, asOf, fx);
    this.book = new ReceivableBook(this.rates);
  }

  /**
   * Told that `stream` holds `count` documents (an array's length), makes room for its invoices
   * up front (at most {@link RESERVE_CAP}: a sparse array's length says little). Nothing else.
   */
  expect(stream: FactStream, count: number): void {
    if (stream === 'invoices') this.book.reserve(Math.min(count, RESERVE_CAP));
  }

  add(stream: FactStream, raw: unknown, index: number): undefined {
    // The common invoice, payment and order skip the schema (the path is made only when needed).
    if (stream === 'invoices') {
      const invoice = plainInvoice(raw);
      if (invoice !== undefined) return this.addInvoice(invoice, index);
    } else if (stream === 'payments') {
      const payment = plainPayment(raw);
      if (payment !== undefined) return this.addPayment(payment, index);
    } else if (stream === 'orders') {
      const order = plainOrder(raw);
      if (order !== undefined) return this.addOrder(order, ['facts', stream, index]);
    }
    const path: ErrorPath = ['facts', stream, index];
    switch (stream) {
      case 'customers':
        this.addCustomer(parseWith(Customer, raw, { path }), path);
        return;
      case 'invoices':
        this.addInvoice(parseWith(Invoice, raw, { path }), index);
        return;
      case 'payments':
        this.addPayment(parseWith(Payment, raw, { path }), index);
        return;
      case 'creditNotes':
        this.addCreditNote(parseWith(CreditNote, raw, { path }), index);
        return;
      case 'orders':
        this.addOrder(parseWith(Order, raw, { path }), path);
        return;
      case 'deliveries': {
        const delivery = parseWith(Delivery, raw, { path });
        if (delivery.date <= this.asOf) this.deliveries.push({ delivery, path });
        return;
      }
      default: {
        const _exhaustive: never = stream;
        throw new CrmRulesError('INVALID_INPUT', `unknown stream ${String(_exhaustive)}`);
      }
    }
  }

  /** Adds a customer record already parsed by the `Customer` schema, the `index`-th of its stream. */
  addParsedCustomer(customer: Customer, index: number): void {
    this.addCustomer(customer, ['facts', 'customers', index]);
  }

  /**
   * Adds an order already parsed by the `Order` schema (or its hand check), the `index`-th of its
   * stream; orders come after the receivables documents, as `add` reads them.
   */
  addParsedOrder(order: Order, index: number): void {
    this.addOrder(order, ['facts', 'orders', index]);
  }

  private addCustomer(customer: Customer, path: ErrorPath): void {
    const seen = this.masters.get(customer.id);
    if (seen !== undefined) throw twice('customer', customer.id, path, seen.path);
    this.masters.set(customer.id, { customer, path });
  }

  private addInvoice(invoice: Invoice, index: number): undefined {
    if (invoice.issueDate > this.asOf) return;
    const customers = this.book.customerCells.ids.length;
    if (!this.book.addInvoice(invoice, INVOICE_CURRENCY, index))
      throw twice('invoice', invoice.id, ['facts', 'invoices', index], null);
    this.seen(customers, 'invoices', index);
    if (invoice.orderId !== undefined)
      addTo(
        this.billedOrders,
        invoice.orderId,
        this.rates.toBase(billedNet(invoice), invoice.currency, INVOICE_CURRENCY(index, 0)),
      );
  }

  private addPayment(payment: Payment, index: number): undefined {
    if (payment.date > this.asOf) return;
    const { allocations, currency } = payment;
    for (let i = 0; i < allocations.length; i += 1) {
      const { invoiceId, amount } = allocations[i] as Payment['allocations'][number];
      const customers = this.book.customerCells.ids.length;
      this.book.settle(
        payment.customerId,
        invoiceId,
        amount.amount,
        currency,
        ALLOCATION_CURRENCY,
        index,
        i,
      );
      this.seen(customers, 'payments', index);
    }
  }

  private addCreditNote(note: CreditNote, index: number): void {
    if (note.date > this.asOf) return;
    const customers = this.book.customerCells.ids.length;
    this.book.settle(
      note.customerId,
      note.invoiceId,
      note.amount,
      note.currency,
      NOTE_CURRENCY,
      index,
      0,
    );
    this.seen(customers, 'creditNotes', index);
  }

  private addOrder(order: Order, path: ErrorPath): undefined {
    if (order.orderDate > this.asOf || order.status === 'cancelled') return;
    if (this.orders.has(order.id)) throw twice('order', order.id, path, null);
    this.orders.set(order.id, { order, path, delivered: new Map() });
    // Orders are read after every receivables document: a customer with a cell was seen first.
    if (
      this.book.customerCells.find(order.customerId) < 0 &&
      !this.orderFirstSeen.has(order.customerId)
    )
      this.orderFirstSeen.set(order.customerId, [...path, 'customerId']);
  }

  /** Where customer `id` was first seen (by a document, else an order), or `undefined`. */
  firstSeenOf(id: string): ErrorPath | undefined {
    const cell = this.book.customerCells.find(id);
    if (cell < 0) return this.orderFirstSeen.get(id);
    const at = this.cellFirstSeen[cell] as number;
    return ['facts', CELL_STREAMS[at % 4] as FactStream, Math.floor(at / 4), 'customerId'];
  }

  /**
   * Notes where a customer was first seen: at the document that gave it its receivables cell
   * (the book had `customers` cells before it; the new cell is the last).
   */
  private seen(customers: number, stream: CellStream, index: number): void {
    if (this.book.customerCells.ids.length !== customers)
      this.cellFirstSeen.push(index * 4 + CELL_STREAMS.indexOf(stream));
  }
}

/** What an invoice bills of its order: its lines linked by `orderLineId`, else total less tax. */
function billedNet(invoice: Invoice): Decimal {
  const linked = invoice.lines?.filter((line) => line.orderLineId !== undefined) ?? [];
  if (linked.length > 0) return linked.reduce((sum, line) => sum.plus(line.amount), new Decimal(0));
  return new Decimal(invoice.total).minus(invoice.tax ?? '0');
}

function twice(kind: string, id: string, path: ErrorPath, first: ErrorPath | null): CrmRulesError {
  const where = first === null ? '' : ` (first at ${first.join('.')})`;
  return new CrmRulesError('INVALID_INPUT', `the ${kind} ${id} appears twice${where}`, {
    path: [...path, 'id'],
    value: id,
  });
}
