import { CrmRulesError, type ErrorPath, parseWith } from '../../../errors';
import { CreditNote, Customer, Delivery, Invoice, Order, Payment } from '../../../model';
import { Decimal } from '../../../money';
import type { CreditPolicy } from '../../policies';
import { addTo } from './addTo';
import { BaseRates } from './baseRates';

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

/** A customer master record as the builder keeps it. */
export interface Master {
  readonly customer: Customer;
  readonly path: ErrorPath;
}

/** An invoice as the builder keeps it (base currency). */
export interface KeptInvoice {
  readonly invoice: Invoice;
  readonly amount: Decimal;
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
  readonly masters = new Map<string, Master>();
  readonly firstSeen = new Map<string, ErrorPath>();
  readonly receivables = new Map<string, Decimal>();
  readonly invoices = new Map<string, KeptInvoice>();
  readonly settled = new Map<string, Decimal>();
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
  }

  add(stream: FactStream, raw: unknown, index: number): undefined {
    const path: ErrorPath = ['facts', stream, index];
    switch (stream) {
      case 'customers':
        this.addCustomer(parseWith(Customer, raw, { path }), path);
        return;
      case 'invoices':
        this.addInvoice(parseWith(Invoice, raw, { path }), path);
        return;
      case 'payments':
        this.addPayment(parseWith(Payment, raw, { path }), path);
        return;
      case 'creditNotes':
        this.addCreditNote(parseWith(CreditNote, raw, { path }), path);
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

  private addCustomer(customer: Customer, path: ErrorPath): void {
    const seen = this.masters.get(customer.id);
    if (seen !== undefined) throw twice('customer', customer.id, path, seen.path);
    this.masters.set(customer.id, { customer, path });
  }

  private addInvoice(invoice: Invoice, path: ErrorPath): void {
    if (invoice.issueDate > this.asOf) return;
    const seen = this.invoices.get(invoice.id);
    if (seen !== undefined) throw twice('invoice', invoice.id, path, null);
    const amount = this.rates.toBase(new Decimal(invoice.total), invoice.currency, [
      ...path,
      'currency',
    ]);
    this.invoices.set(invoice.id, { invoice, amount });
    this.owe(invoice.customerId, amount, path);
    if (invoice.orderId !== undefined) {
      const billed = this.rates.toBase(billedNet(invoice), invoice.currency, [...path, 'currency']);
      addTo(this.billedOrders, invoice.orderId, billed);
    }
  }

  private addPayment(payment: Payment, path: ErrorPath): void {
    if (payment.date > this.asOf) return;
    payment.allocations.forEach((allocation, i) => {
      const amount = this.rates.toBase(new Decimal(allocation.amount.amount), payment.currency, [
        ...path,
        'allocations',
        i,
        'amount',
        'currency',
      ]);
      this.owe(payment.customerId, amount.negated(), path);
      addTo(this.settled, allocation.invoiceId, amount);
    });
  }

  private addCreditNote(note: CreditNote, path: ErrorPath): void {
    if (note.date > this.asOf) return;
    const amount = this.rates.toBase(new Decimal(note.amount), note.currency, [
      ...path,
      'currency',
    ]);
    this.owe(note.customerId, amount.negated(), path);
    if (note.invoiceId !== undefined) addTo(this.settled, note.invoiceId, amount);
  }

  private addOrder(order: Order, path: ErrorPath): void {
    if (order.orderDate > this.asOf || order.status === 'cancelled') return;
    if (this.orders.has(order.id)) throw twice('order', order.id, path, null);
    this.orders.set(order.id, { order, path, delivered: new Map() });
    if (!this.firstSeen.has(order.customerId))
      this.firstSeen.set(order.customerId, [...path, 'customerId']);
  }

  private owe(customerId: string, amount: Decimal, path: ErrorPath): void {
    addTo(this.receivables, customerId, amount);
    if (!this.firstSeen.has(customerId)) this.firstSeen.set(customerId, [...path, 'customerId']);
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
