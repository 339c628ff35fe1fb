import type { EntityKind } from '../../model';

/**
 * The values generated entities draw their ids and references from. Small pools make
 * collisions likely, which is what adapter tests want: several orders of one customer, a
 * payment allocated to an invoice that exists.
 */
export interface ArbitraryPools {
  readonly customerIds?: readonly string[];
  readonly customerGroupIds?: readonly string[];
  readonly managerIds?: readonly string[];
  readonly teamIds?: readonly string[];
  readonly categoryIds?: readonly string[];
  readonly productIds?: readonly string[];
  readonly orderIds?: readonly string[];
  readonly deliveryIds?: readonly string[];
  readonly invoiceIds?: readonly string[];
  readonly paymentIds?: readonly string[];
  readonly creditNoteIds?: readonly string[];
  readonly surveyIds?: readonly string[];
  readonly complaintIds?: readonly string[];
  readonly trainingIds?: readonly string[];
  readonly contractIds?: readonly string[];
  readonly targetIds?: readonly string[];
  readonly courseIds?: readonly string[];
  readonly metrics?: readonly string[];
  readonly periods?: readonly string[];
  readonly currencies?: readonly string[];
  readonly countries?: readonly string[];
  readonly grades?: readonly string[];
  /** Dates are drawn from `[from, to)`. */
  readonly from?: string;
  readonly to?: string;
}

const ids = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);

/** Internal: the default pools, including ids whose code-point and UTF-16 orders differ. */
export const DEFAULT_POOLS: Required<ArbitraryPools> = {
  customerIds: ['C-1', 'C-2', 'C-3', 'C-ｚ', 'C-😀'],
  customerGroupIds: ['G-1', 'G-2'],
  managerIds: ids('AM', 3),
  teamIds: ids('T', 2),
  categoryIds: ids('K', 3),
  productIds: ids('P', 3),
  orderIds: [...ids('SO', 5), 'SO-ｚ', 'SO-😀'],
  deliveryIds: ids('DN', 4),
  invoiceIds: ids('INV', 5),
  paymentIds: ids('PAY', 4),
  creditNoteIds: ids('CN', 3),
  surveyIds: ids('S', 4),
  complaintIds: ids('CP', 3),
  trainingIds: ids('TR', 3),
  contractIds: ids('CT', 3),
  targetIds: ids('TG', 3),
  courseIds: ['EXPORT-101', 'INCOTERMS-2020'],
  metrics: ['sales', 'new-customers', 'collection-rate'],
  periods: ['2026-Q1', '2026-Q2'],
  currencies: ['USD', 'CNY', 'JPY', 'KWD'],
  countries: ['CN', 'DE', 'US', 'BR'],
  grades: ['key', 'ordinary', 'potential'],
  from: '2026-01-01',
  to: '2026-04-01',
};

/** Internal: the caller's pools over the defaults. */
export function withDefaults(pools: ArbitraryPools = {}): Required<ArbitraryPools> {
  return { ...DEFAULT_POOLS, ...pools } as Required<ArbitraryPools>;
}

/** Internal: the pool each collection draws its own ids from. */
export function idPool(kind: EntityKind, pools: Required<ArbitraryPools>): readonly string[] {
  const byKind: Record<EntityKind, readonly string[]> = {
    customers: pools.customerIds,
    accountManagers: pools.managerIds,
    teams: pools.teamIds,
    productCategories: pools.categoryIds,
    products: pools.productIds,
    orders: pools.orderIds,
    deliveries: pools.deliveryIds,
    invoices: pools.invoiceIds,
    payments: pools.paymentIds,
    creditNotes: pools.creditNoteIds,
    surveyResponses: pools.surveyIds,
    complaints: pools.complaintIds,
    trainingRecords: pools.trainingIds,
    contracts: pools.contractIds,
    targets: pools.targetIds,
  };
  return byKind[kind];
}
