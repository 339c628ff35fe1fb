import type { EntityKind } from '../../../model';

/** Internal: how a column holds a top-level field: text, a `date`, or a `numeric`. */
export type ColumnType = 'text' | 'date' | 'numeric';

/** Internal: one entity table: its name and the fields kept in typed columns (the rest: `doc`). */
export interface TableSpec {
  readonly table: string;
  readonly columns: Readonly<Record<string, ColumnType>>;
}

/**
 * Internal: the tables of migrations/postgres/0001_schema.sql, by collection. Every filter of
 * `QUERY_SPECS` is a column (so it is pushed down as `WHERE`), so are dates and top-level money;
 * the column is named after the field in snake case. Order lines live in `order_lines`.
 */
export const TABLES = {
  customers: {
    table: 'customers',
    columns: {
      ownerId: 'text',
      groupId: 'text',
      country: 'text',
      grade: 'text',
      firstDealDate: 'date',
    },
  },
  accountManagers: {
    table: 'account_managers',
    columns: {
      teamId: 'text',
      managerId: 'text',
      hireDate: 'date',
      leaveDate: 'date',
      payCurrency: 'text',
    },
  },
  teams: { table: 'teams', columns: { parentTeamId: 'text', managerId: 'text' } },
  productCategories: { table: 'product_categories', columns: { parentId: 'text' } },
  products: { table: 'products', columns: { categoryId: 'text' } },
  orders: {
    table: 'orders',
    columns: {
      customerId: 'text',
      ownerId: 'text',
      status: 'text',
      orderDate: 'date',
      currency: 'text',
    },
  },
  deliveries: {
    table: 'deliveries',
    columns: { customerId: 'text', orderId: 'text', date: 'date' },
  },
  invoices: {
    table: 'invoices',
    columns: {
      customerId: 'text',
      ownerId: 'text',
      orderId: 'text',
      issueDate: 'date',
      dueDate: 'date',
      currency: 'text',
      total: 'numeric',
      tax: 'numeric',
    },
  },
  payments: {
    table: 'payments',
    columns: {
      customerId: 'text',
      ownerId: 'text',
      date: 'date',
      currency: 'text',
      amount: 'numeric',
    },
  },
  creditNotes: {
    table: 'credit_notes',
    columns: {
      customerId: 'text',
      ownerId: 'text',
      invoiceId: 'text',
      orderId: 'text',
      date: 'date',
      currency: 'text',
      amount: 'numeric',
    },
  },
  surveyResponses: {
    table: 'survey_responses',
    columns: { customerId: 'text', ownerId: 'text', date: 'date' },
  },
  complaints: {
    table: 'complaints',
    columns: { customerId: 'text', ownerId: 'text', severity: 'text', date: 'date' },
  },
  trainingRecords: {
    table: 'training_records',
    columns: { managerId: 'text', courseId: 'text', date: 'date', hours: 'numeric' },
  },
  contracts: {
    table: 'contracts',
    columns: { customerId: 'text', startDate: 'date', endDate: 'date', currency: 'text' },
  },
  targets: {
    table: 'targets',
    columns: { subjectKind: 'text', subjectId: 'text', metric: 'text', period: 'text' },
  },
} as const satisfies Record<EntityKind, TableSpec>;

/** Internal: the order line fields kept in `order_lines` columns (the discount in two). */
export const LINE_COLUMNS = {
  lineId: 'text',
  productId: 'text',
  categoryId: 'text',
  quantity: 'numeric',
  unitPrice: 'numeric',
  unitCost: 'numeric',
} as const satisfies Record<string, ColumnType>;

/** Internal: the schema every table lives in. */
export const SCHEMA = 'crm_rules';

/** Internal: `ownerId` → `owner_id`. */
export function snake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** Internal: a column as the reader selects it: dates as ISO text, numerics as their text. */
export function selectColumn(field: string, type: ColumnType, alias = 't'): string {
  const column = `${alias}.${snake(field)}`;
  switch (type) {
    case 'text':
      return column;
    case 'date':
      return `to_char(${column}, 'YYYY-MM-DD')`;
    case 'numeric':
      return `${column}::text`;
    default: {
      const _exhaustive: never = type;
      return _exhaustive;
    }
  }
}
