import { CrmRulesError, type ErrorPath, parseWith } from '../../../errors';
import { CreditNote, Customer, Delivery, Invoice, Order, Payment } from '../../../model';
import { Decimal, minorUnits } from '../../../money';
import { decimalOfUnits, fastUnits } from '../../../money/decimalWords';
import type { CreditPolicy } from '../../policies';
import { minorUnitsOf } from '../aging/ExactSum';
import { plainInvoice } from '../input/plainInvoice';
import { plainPayment } from '../input/plainPayment';
import { addTo } from './addTo';
import { BaseRates } from './baseRates';
import { ExactCells } from './ExactCells';

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
  /** The base currency's minor-unit places: sums are kept in whole units of 10^−places. */
  readonly places: number;
  readonly masters = new Map<string, Master>();
  readonly firstSeen = new Map<string, ErrorPath>();
  /** Each customer's cell in `receivables`, in first-seen order. */
  readonly customerCells = new Map<string, number>();
  readonly receivables = new ExactCells();
  /** Each invoice's row in the invoice columns (and its cell in `settled`). */
  readonly invoiceRows = new Map<string, number>();
  readonly invoices: Invoice[] = [];
  /** Per invoice row: its total in the base currency, and in whole minor units (or `null`). */
  readonly invoiceAmounts: Decimal[] = [];
  readonly invoiceUnits: (number | null)[] = [];
  /** Per invoice row: what payments and credit notes settled of it. */
  readonly settled = new ExactCells();
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
    this.places = minorUnits(base);
  }

  add(stream: FactStream, raw: unknown, index: number): undefined {
    // The common invoice and payment skip the schema (and the path, made only when needed).
    if (stream === 'invoices') {
      const invoice = plainInvoice(raw);
      if (invoice !== undefined) return this.addInvoice(invoice, index);
    } else if (stream === 'payments') {
      const payment = plainPayment(raw);
      if (payment !== undefined) return this.addPayment(payment, index);
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

  private addCustomer(customer: Customer, path: ErrorPath): void {
    const seen = this.masters.get(customer.id);
    if (seen !== undefined) throw twice('customer', customer.id, path, seen.path);
    this.masters.set(customer.id, { customer, path });
  }

  private addInvoice(invoice: Invoice, index: number): undefined {
    if (invoice.issueDate > this.asOf) return;
    if (this.invoiceRows.has(invoice.id))
      throw twice('invoice', invoice.id, ['facts', 'invoices', index], null);
    const { total, currency } = invoice;
    const units = this.unitsOf(total, currency);
    const amount =
      units === null
        ? this.rates.toBase(new Decimal(total), currency, ['facts', 'invoices', index, 'currency'])
        : decimalOfUnits(units, this.places);
    const whole = units ?? minorUnitsOf(amount, this.places);
    this.invoiceRows.set(invoice.id, this.invoices.length);
    this.invoices.push(invoice);
    this.invoiceAmounts.push(amount);
    this.invoiceUnits.push(whole);
    this.owe(invoice.customerId, whole, amount, 'invoices', index);
    if (invoice.orderId !== undefined) {
      const at = ['facts', 'invoices', index, 'currency'];
      addTo(
        this.billedOrders,
        invoice.orderId,
        this.rates.toBase(billedNet(invoice), currency, at),
      );
    }
  }

  private addPayment(payment: Payment, index: number): undefined {
    if (payment.date > this.asOf) return;
    const { allocations, currency } = payment;
    for (let i = 0; i < allocations.length; i += 1) {
      const { invoiceId, amount } = allocations[i] as Payment['allocations'][number];
      this.settle(payment.customerId, invoiceId, amount.amount, currency, 'payments', index, i);
    }
  }

  private addCreditNote(note: CreditNote, index: number): void {
    if (note.date > this.asOf) return;
    this.settle(note.customerId, note.invoiceId, note.amount, note.currency, 'creditNotes', index);
  }

  /**
   * A payment's allocation (number `allocation`) or a credit note: lowers the customer's
   * receivables and what is open of the invoice.
   */
  private settle(
    customerId: string,
    invoiceId: string | undefined,
    text: string,
    currency: string,
    stream: 'payments' | 'creditNotes',
    index: number,
    allocation?: number,
  ): void {
    const units = this.unitsOf(text, currency);
    let amount: Decimal;
    if (units === null) {
      const at: ErrorPath =
        allocation === undefined
          ? ['facts', stream, index, 'currency']
          : ['facts', stream, index, 'allocations', allocation, 'amount', 'currency'];
      amount = this.rates.toBase(new Decimal(text), currency, at);
    } else amount = decimalOfUnits(units, this.places);
    const whole = units ?? minorUnitsOf(amount, this.places);
    this.owe(customerId, whole === null ? null : -whole, amount.negated(), stream, index);
    const row = invoiceId === undefined ? undefined : this.invoiceRows.get(invoiceId);
    if (row !== undefined) this.settled.add(row, whole, amount);
  }

  /**
   * `text` in whole minor units of the base currency when it is in the base currency, has at
   * most 15 digits and no finer places, and no sign (a `-0` stays a decimal); else `null`.
   */
  private unitsOf(text: string, currency: string): number | null {
    if (currency !== this.rates.base || text.charCodeAt(0) === 45) return null;
    const units = fastUnits(text, this.places);
    return Number.isNaN(units) ? null : units;
  }

  private addOrder(order: Order, path: ErrorPath): void {
    if (order.orderDate > this.asOf || order.status === 'cancelled') return;
    if (this.orders.has(order.id)) throw twice('order', order.id, path, null);
    this.orders.set(order.id, { order, path, delivered: new Map() });
    if (!this.firstSeen.has(order.customerId))
      this.firstSeen.set(order.customerId, [...path, 'customerId']);
  }

  /** Adds to a customer's receivables; its first document is where it was first seen. */
  private owe(
    customerId: string,
    units: number | null,
    amount: Decimal,
    stream: FactStream,
    index: number,
  ): void {
    let cell = this.customerCells.get(customerId);
    if (cell === undefined) {
      cell = this.customerCells.size;
      this.customerCells.set(customerId, cell);
      if (!this.firstSeen.has(customerId))
        this.firstSeen.set(customerId, ['facts', stream, index, 'customerId']);
    }
    this.receivables.add(cell, units, amount);
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
