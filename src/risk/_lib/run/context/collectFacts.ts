import { CrmRulesError, parseWith } from '../../../../errors';
import { AccountManager, Customer, Order } from '../../../../model';
import { plainOrder } from '../../input/plainOrder';
import type { RunFacts } from './RunContext';

/** The streams a run reads, in the order they are read. */
export const STREAMS = [
  'customers',
  'invoices',
  'payments',
  'creditNotes',
  'orders',
  'deliveries',
  'managers',
  'contracts',
  'fxItems',
  'shipments',
  'revenue',
] as const;

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] === 'function';
}

/** Internal: checks that `facts` is an object of known streams; returns its own keys. */
export function streamNames(facts: unknown): string[] {
  if (typeof facts !== 'object' || facts === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected an object of fact streams', {
      path: ['facts'],
      value: facts,
    });
  const names = Object.keys(facts);
  for (const name of names)
    if (!(STREAMS as readonly string[]).includes(name))
      throw new CrmRulesError('INVALID_INPUT', `unknown fact stream "${name}"`, {
        path: ['facts', name],
        value: name,
      });
  return names;
}

/**
 * Internal: the streams of `facts` read into arrays, with customers (once: the exposure index
 * reads the same records), orders and managers parsed.
 */
export function collectFacts(facts: unknown): RunFacts {
  const raw: Record<string, unknown[]> = {};
  for (const name of streamNames(facts)) {
    const stream = (facts as Record<string, unknown>)[name];
    if (stream === undefined) continue;
    if (!isIterable(stream) || typeof stream === 'string')
      throw new CrmRulesError('INVALID_INPUT', 'expected an iterable of records', {
        path: ['facts', name],
        value: stream,
      });
    raw[name] = Array.from(stream);
  }
  return parsedFacts(raw);
}

function parsedFacts(raw: Record<string, unknown[]>): RunFacts {
  const parse = <T>(name: string, schema: { parse: unknown }, id: (value: T) => string) =>
    new Map(
      (raw[name] ?? []).map((value, i) => {
        const parsed = parseWith(schema as never, value, { path: ['facts', name, i] }) as T;
        return [id(parsed), parsed] as const;
      }),
    );
  // The common order skips the schema (a hand check that the schema accepts it unchanged).
  const orders = (raw.orders ?? []).map(
    (value, i) => plainOrder(value) ?? parseWith(Order, value, { path: ['facts', 'orders', i] }),
  );
  const customerList = (raw.customers ?? []).map((value, i) =>
    parseWith(Customer, value, { path: ['facts', 'customers', i] }),
  );
  return {
    raw,
    customers: new Map(customerList.map((customer) => [customer.id, customer])),
    customerList,
    orders,
    managers: parse<AccountManager>('managers', AccountManager, (m) => m.id),
  };
}
