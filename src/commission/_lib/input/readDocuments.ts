import type { z } from 'zod';
import { CrmRulesError, parseWith } from '../../../errors';
import type { StageMeter } from '../../../errors/_lib/runControl';
import { CreditNote, Customer, Invoice, Order, Payment, Product } from '../../../model';
import type { CommissionInput, DocumentStream } from '../../model/CommissionInput';
import { STREAM_FIELDS } from './checkInput';
import {
  trustCreditNote,
  trustCustomer,
  trustInvoice,
  trustOrder,
  trustPayment,
} from './trustDocuments';
import { type TrustedReader, trustedReader } from './trustedReader';

/** Internal: the documents of a run, validated, with their index in the caller's input. */
export interface Documents {
  readonly orders: readonly Order[];
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
  readonly creditNotes: readonly CreditNote[];
  readonly customers: ReadonlyMap<string, Customer>;
  readonly products: ReadonlyMap<string, Product>;
}

type Field = 'orders' | 'invoices' | 'payments' | 'creditNotes' | 'customers' | 'products';
type Trust<T> = (doc: unknown, field: string, index: number, reader: TrustedReader) => T;

const SCHEMAS = { orders: Order, invoices: Invoice, payments: Payment, creditNotes: CreditNote };
const TRUST = {
  orders: trustOrder,
  invoices: trustInvoice,
  payments: trustPayment,
  creditNotes: trustCreditNote,
};

function isAsync(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Internal: collects a stream, sync or async, into an array, calling `each` after each item. */
export async function collectAsync<T>(
  stream: DocumentStream<T> | undefined,
  each?: () => void,
): Promise<T[]> {
  const out: T[] = [];
  if (stream === undefined) return out;
  if (each === undefined) {
    if (isAsync(stream)) for await (const item of stream) out.push(item);
    else for (const item of stream) out.push(item);
    return out;
  }
  if (isAsync(stream))
    for await (const item of stream) {
      out.push(item);
      each();
    }
  else
    for (const item of stream) {
      out.push(item);
      each();
    }
  return out;
}

function each(input: CommissionInput, field: Field): Iterable<unknown> {
  const stream = input[field] as DocumentStream<unknown> | undefined;
  if (stream === undefined) return [];
  if (isAsync(stream) && !(Symbol.iterator in stream))
    throw new CrmRulesError(
      'INVALID_INPUT',
      'an async stream needs the async entry point (computeStatementsAsync, closePeriodAsync)',
      {
        path: [field],
        value: typeof stream,
      },
    );
  return stream as Iterable<unknown>;
}

/**
 * Calls `fn` with each document: arrays by index (no iterator result per document), counting each
 * on `meter` when there is one.
 */
function visit(
  docs: Iterable<unknown>,
  meter: StageMeter | undefined,
  fn: (doc: unknown) => void,
): void {
  if (meter === undefined) {
    if (Array.isArray(docs)) for (let i = 0; i < docs.length; i += 1) fn(docs[i]);
    else for (const doc of docs) fn(doc);
    return;
  }
  for (const doc of docs) {
    fn(doc);
    meter.tick();
  }
}

/**
 * Internal: how many documents an input holds, when every document field is an array (or absent);
 * `undefined` when one is a stream (its length is known only once it is read).
 */
export function documentCount(input: CommissionInput): number | undefined {
  let count = 0;
  for (const field of FIELDS) {
    const docs = input[field];
    if (docs === undefined) continue;
    if (!Array.isArray(docs)) return undefined;
    count += docs.length;
  }
  return count;
}

/** The document fields (the stream fields but the FX rates, which are not documents). */
const FIELDS = STREAM_FIELDS.filter((field): field is Field => field !== 'fxRates');

/** Internal: what a caller of {@link readDocuments} does with the orders as they are read. */
export interface OrderStream {
  /** Called with each validated order, in input order. */
  readonly each: (order: Order, index: number) => void;
  /** `false` to let each order go once `each` has seen it (the run needs no order objects). */
  readonly keep: boolean;
  /** Notes an order's id; returns the index of an earlier order with that id, or −1 (default: a map). */
  readonly claim?: ((id: string, index: number) => number) | undefined;
}

function read<K extends keyof typeof SCHEMAS>(
  input: CommissionInput,
  field: K,
  mode: 'parse' | 'trusted',
  reader: TrustedReader,
  stream?: OrderStream,
  meter?: StageMeter,
): Array<z.output<(typeof SCHEMAS)[K]>> {
  const out: Array<z.output<(typeof SCHEMAS)[K]>> = [];
  const seen = new Map<string, number>();
  const claim = stream?.claim;
  let index = 0;
  const trust = TRUST[field] as Trust<z.output<(typeof SCHEMAS)[K]>>;
  visit(each(input, field), meter, (doc) => {
    const parsed =
      mode === 'parse'
        ? (parseWith(SCHEMAS[field], doc, { path: [field, index] }) as z.output<
            (typeof SCHEMAS)[K]
          >)
        : trust(doc, field, index, reader);
    const id = (parsed as { id: string }).id;
    let first = claim === undefined ? seen.get(id) : claim(id, index);
    if (first === -1) first = undefined;
    if (first !== undefined)
      throw new CrmRulesError('INVALID_INPUT', `duplicate id (first at ${field}[${first}])`, {
        path: [field, index, 'id'],
        value: id,
      });
    if (claim === undefined) seen.set(id, index);
    if (stream === undefined || stream.keep) out.push(parsed);
    stream?.each(parsed as Order, index);
    index += 1;
  });
  return out;
}

function readMap<T extends { id: string }>(
  input: CommissionInput,
  field: 'customers' | 'products',
  schema: z.ZodType<T>,
  trust: ((doc: unknown, index: number) => T) | undefined,
  meter?: StageMeter,
): Map<string, T> {
  const map = new Map<string, T>();
  let index = 0;
  visit(each(input, field), meter, (doc) => {
    const parsed =
      trust === undefined ? parseWith(schema, doc, { path: [field, index] }) : trust(doc, index);
    if (map.has(parsed.id))
      throw new CrmRulesError('INVALID_INPUT', 'duplicate id', {
        path: [field, index, 'id'],
        value: parsed.id,
      });
    map.set(parsed.id, parsed);
    index += 1;
  });
  return map;
}

/**
 * Internal: reads and validates every document of a run (sync streams only), handing each order
 * to `orders.each` as it is read (and keeping it only when `orders.keep`), and counting each
 * document on `meter` (the run's `read` stage, ended here) when there is one.
 */
export function readDocuments(
  input: CommissionInput,
  mode: 'parse' | 'trusted',
  orders?: OrderStream,
  meter?: StageMeter,
): Documents {
  const reader = trustedReader();
  const docs: Documents = {
    orders: read(input, 'orders', mode, reader, orders, meter),
    invoices: read(input, 'invoices', mode, reader, undefined, meter),
    payments: read(input, 'payments', mode, reader, undefined, meter),
    creditNotes: read(input, 'creditNotes', mode, reader, undefined, meter),
    customers: readMap(
      input,
      'customers',
      Customer,
      mode === 'trusted' ? (doc, index) => trustCustomer(doc, index, reader) : undefined,
      meter,
    ),
    products: readMap(input, 'products', Product, undefined, meter),
  };
  meter?.end();
  return docs;
}
