import type { z } from 'zod';
import {
  CrmRulesError,
  type ErrorPath,
  parseWith,
  type SafeResult,
  safeParseWith,
} from '../errors';
import { AccountManager } from './AccountManager';
import { Complaint } from './Complaint';
import { Contract } from './Contract';
import { CreditNote } from './CreditNote';
import { Customer } from './Customer';
import { Delivery } from './Delivery';
import { Invoice } from './Invoice';
import { Order } from './Order';
import { Payment } from './Payment';
import { Product, ProductCategory } from './Product';
import { SurveyResponse } from './SurveyResponse';
import { Target } from './Target';
import { Team } from './Team';
import { TrainingRecord } from './TrainingRecord';

/**
 * The schema of each kind of entity, by collection name. The same names key a {@link Dataset},
 * the readers of a store (`store.orders`) and the `supports` manifest.
 *
 * @example
 * ```ts
 * ENTITY_SCHEMAS.orders === Order;
 * //=> true
 * ```
 */
export const ENTITY_SCHEMAS = {
  customers: Customer,
  accountManagers: AccountManager,
  teams: Team,
  productCategories: ProductCategory,
  products: Product,
  orders: Order,
  deliveries: Delivery,
  invoices: Invoice,
  payments: Payment,
  creditNotes: CreditNote,
  surveyResponses: SurveyResponse,
  complaints: Complaint,
  trainingRecords: TrainingRecord,
  contracts: Contract,
  targets: Target,
} as const;

/** A collection name such as `orders` (see {@link ENTITY_SCHEMAS}). */
export type EntityKind = keyof typeof ENTITY_SCHEMAS;

/** The parsed entity of a collection: `Entity<'orders'>` is {@link Order}. */
export type Entity<K extends EntityKind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;

/**
 * Every collection name, master data first, then documents, in a fixed order.
 *
 * @example
 * ```ts
 * ENTITY_KINDS.slice(0, 2);
 * //=> ['customers', 'accountManagers']
 * ```
 */
export const ENTITY_KINDS: readonly EntityKind[] = Object.freeze(
  Object.keys(ENTITY_SCHEMAS) as EntityKind[],
);

/**
 * True when `kind` names a collection.
 *
 * @param kind - any value
 * @returns whether it is an {@link EntityKind}
 * @example
 * ```ts
 * isEntityKind('toString');
 * //=> false
 * ```
 */
export function isEntityKind(kind: unknown): kind is EntityKind {
  return typeof kind === 'string' && Object.hasOwn(ENTITY_SCHEMAS, kind);
}

/**
 * Validates one entity of a collection and returns it parsed, or the reason it is invalid.
 *
 * @param kind - the collection (`'orders'`, `'payments'` …)
 * @param input - untrusted input
 * @param path - where the entity sits in the caller's input (prefixes the error path)
 * @returns `{ success: true, data }` or `{ success: false, error }` with code, path and value
 * @example
 * ```ts
 * const result = safeParseEntity('surveyResponses', { id: 'S-1', customerId: 'C-1', date: '2026-03-31', nps: 11 });
 * result.success ? null : [result.error.code, result.error.path];
 * //=> ['INVALID_INPUT', ['nps']]
 * ```
 */
export function safeParseEntity<K extends EntityKind>(
  kind: K,
  input: unknown,
  path: ErrorPath = [],
): SafeResult<Entity<K>> {
  if (!isEntityKind(kind)) {
    return {
      success: false,
      error: new CrmRulesError('INVALID_INPUT', 'unknown kind of entity', { path, value: kind }),
    };
  }
  return safeParseWith(ENTITY_SCHEMAS[kind], input, { path }) as SafeResult<Entity<K>>;
}

/**
 * Validates one entity of a collection and returns it parsed.
 *
 * @param kind - the collection (`'orders'`, `'payments'` …)
 * @param input - untrusted input
 * @param path - where the entity sits in the caller's input (prefixes the error path)
 * @returns the parsed entity (a fresh object; an unknown key, at any level, is `INVALID_INPUT` at it)
 * @throws CrmRulesError `INVALID_INPUT`, or the refinement's own code (`INVALID_DATE`,
 * `INVALID_DATE_RANGE`, `INVALID_AMOUNT`, `UNKNOWN_CURRENCY`, `NEGATIVE_QUANTITY`,
 * `CURRENCY_MISMATCH`, `INVALID_ALLOCATION`, `UNSAFE_KEY`), with path and value
 * @example
 * ```ts
 * parseEntity('teams', { id: 'T-EU', name: 'Europe' });
 * //=> { id: 'T-EU', name: 'Europe' }
 * ```
 */
export function parseEntity<K extends EntityKind>(
  kind: K,
  input: unknown,
  path: ErrorPath = [],
): Entity<K> {
  if (!isEntityKind(kind)) {
    throw new CrmRulesError('INVALID_INPUT', 'unknown kind of entity', { path, value: kind });
  }
  return parseWith(ENTITY_SCHEMAS[kind], input, { path }) as Entity<K>;
}
