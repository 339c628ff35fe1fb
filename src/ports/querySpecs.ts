import type { EntityKind } from '../model';

/** What a reader's `range` filter selects: one date in the range, or a span overlapping it. */
export type RangeSpec = { readonly date: string } | { readonly from: string; readonly to: string };

/** How the readers of one collection filter and order (see {@link QUERY_SPECS}). */
export interface QuerySpec {
  /** Equality filters, each on the entity's field of the same name. */
  readonly fields: readonly string[];
  /** What `range` filters on; absent when the reader has no `range` filter. */
  readonly range?: RangeSpec;
  /** The list order: a date field then `id`, or `id` alone, each by code point. */
  readonly orderBy: readonly string[];
}

/**
 * The queries every store answers, by collection: the part of the port contract a PostgreSQL
 * adapter maps to `WHERE` and `ORDER BY`.
 *
 * - An equality filter (`ownerId: 'AM-7'` or `ownerId: ['AM-7', 'AM-8']`) keeps entities whose
 *   field equals one of the values; an entity without the field never matches, an empty list
 *   matches nothing. `payments.invoiceId` matches a payment with an allocation to that invoice.
 * - `range` is half-open `[start, end)`. On a `date` it keeps entities whose date is in the
 *   range (an entity without that date, such as a prospect without `firstDealDate`, never
 *   matches). On a span `from`–`to` (the `to` date inclusive, absent when open-ended) it keeps
 *   entities whose span overlaps the range: `from < end` and (`to` absent or `to >= start`).
 *   Account managers employed during a range; contracts in force during it.
 * - Lists are ordered by `orderBy`, comparing strings by code point (`compareKeys`); documents
 *   by their date then id, master data by id.
 *
 * @example
 * ```ts
 * QUERY_SPECS.orders.range;
 * //=> { date: 'orderDate' }
 * ```
 */
export const QUERY_SPECS = {
  customers: {
    fields: ['ownerId', 'groupId', 'country', 'grade'],
    range: { date: 'firstDealDate' },
    orderBy: ['id'],
  },
  accountManagers: {
    fields: ['teamId', 'managerId'],
    range: { from: 'hireDate', to: 'leaveDate' },
    orderBy: ['id'],
  },
  teams: { fields: ['parentTeamId', 'managerId'], orderBy: ['id'] },
  productCategories: { fields: ['parentId'], orderBy: ['id'] },
  products: { fields: ['categoryId'], orderBy: ['id'] },
  orders: {
    fields: ['customerId', 'ownerId', 'status'],
    range: { date: 'orderDate' },
    orderBy: ['orderDate', 'id'],
  },
  deliveries: {
    fields: ['customerId', 'orderId'],
    range: { date: 'date' },
    orderBy: ['date', 'id'],
  },
  invoices: {
    fields: ['customerId', 'ownerId', 'orderId'],
    range: { date: 'issueDate' },
    orderBy: ['issueDate', 'id'],
  },
  payments: {
    fields: ['customerId', 'ownerId', 'invoiceId'],
    range: { date: 'date' },
    orderBy: ['date', 'id'],
  },
  creditNotes: {
    fields: ['customerId', 'ownerId', 'invoiceId', 'orderId'],
    range: { date: 'date' },
    orderBy: ['date', 'id'],
  },
  surveyResponses: {
    fields: ['customerId', 'ownerId'],
    range: { date: 'date' },
    orderBy: ['date', 'id'],
  },
  complaints: {
    fields: ['customerId', 'ownerId', 'severity'],
    range: { date: 'date' },
    orderBy: ['date', 'id'],
  },
  trainingRecords: {
    fields: ['managerId', 'courseId'],
    range: { date: 'date' },
    orderBy: ['date', 'id'],
  },
  contracts: {
    fields: ['customerId'],
    range: { from: 'startDate', to: 'endDate' },
    orderBy: ['id'],
  },
  targets: { fields: ['subjectKind', 'subjectId', 'metric', 'period'], orderBy: ['id'] },
} as const satisfies Record<EntityKind, QuerySpec>;

/** The filters of a collection's reader: `'range'` (when it has one) and its equality fields. */
export type FilterName<K extends EntityKind> =
  | (typeof QUERY_SPECS)[K]['fields'][number]
  | ((typeof QUERY_SPECS)[K] extends { readonly range: RangeSpec } ? 'range' : never);

/** A half-open date range `[start, end)` as a query takes it (validated by the store). */
export interface RangeInput {
  readonly start: string;
  readonly end: string;
}

/** One value, or any of several. */
export type Match = string | readonly string[];

/**
 * The query a collection's reader takes: `range` and equality filters, all optional, all
 * combined with AND. `EntityQuery<'orders'>` is `{ range?, customerId?, ownerId?, status? }`.
 */
export type EntityQuery<K extends EntityKind> = {
  readonly [F in FilterName<K>]?: F extends 'range' ? RangeInput : Match;
};
