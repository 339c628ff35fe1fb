import type { FactType } from '../../../rules';

/** Internal: how the engines read one line fact. */
interface LineFactSpec {
  /** Its type in conditions (`LINE_FACTS`). */
  readonly type: FactType;
  /** The optional event column the column engine must keep to read it, if any. */
  readonly column: 'product' | 'category' | 'quantity' | 'cost' | 'orderLine' | null;
  /** Whether it differs between the credits of one event (payee and credit facts). */
  readonly perCredit: boolean;
  /**
   * Its level in the product hierarchy, for "the most specific level wins" between rate-table rows
   * (3 variant, 2 template, 1 category; absent: not a product level).
   */
  readonly productLevel?: 1 | 2 | 3;
}

/**
 * Internal: every fact a plan condition can read about a credit line — the one source from which
 * `LINE_FACTS` (the condition language's types), the object path's reader (`creditFacts`), the
 * column engine's integer codes (`factKeys`) and the event columns a run keeps (`booking`; the
 * `orderLine` facts keep the order documents, read through the event's order line) are
 * derived or checked at compile time. A fact added here fails to compile in each of them until
 * it is read there.
 */
export const LINE_FACT_TABLE = {
  'product.id': { type: 'string', column: 'product', perCredit: false, productLevel: 3 },
  'product.template': { type: 'string', column: 'product', perCredit: false, productLevel: 2 },
  'product.category': { type: 'string', column: 'category', perCredit: false, productLevel: 1 },
  'customer.id': { type: 'string', column: null, perCredit: false },
  'customer.grade': { type: 'string', column: null, perCredit: false },
  'customer.country': { type: 'string', column: null, perCredit: false },
  'customer.region': { type: 'string', column: null, perCredit: false },
  'customer.group': { type: 'string', column: null, perCredit: false },
  'customer.industry': { type: 'string', column: null, perCredit: false },
  'customer.isNew': { type: 'boolean', column: null, perCredit: false },
  'line.amount': { type: 'money', column: null, perCredit: false },
  'line.margin': { type: 'money', column: 'cost', perCredit: false },
  'line.quantity': { type: 'number', column: 'quantity', perCredit: false },
  'line.unitPrice': { type: 'money', column: 'orderLine', perCredit: false },
  'line.discountPercent': { type: 'number', column: 'orderLine', perCredit: false },
  'line.discountAmount': { type: 'money', column: 'orderLine', perCredit: false },
  'document.kind': { type: 'string', column: null, perCredit: false },
  'document.id': { type: 'string', column: null, perCredit: false },
  'document.date': { type: 'date', column: null, perCredit: false },
  'document.currency': { type: 'string', column: null, perCredit: false },
  'payee.id': { type: 'string', column: null, perCredit: true },
  'payee.role': { type: 'string', column: null, perCredit: true },
  'payee.team': { type: 'string', column: null, perCredit: true },
  'credit.kind': { type: 'string', column: null, perCredit: true },
  'credit.level': { type: 'number', column: null, perCredit: true },
} as const satisfies Readonly<Record<string, LineFactSpec>>;

/** Internal: the name of a line fact. */
export type LineFact = keyof typeof LINE_FACT_TABLE;

/** Internal: the names of the line facts, in the table's order. */
export const LINE_FACT_NAMES = Object.keys(LINE_FACT_TABLE) as readonly LineFact[];

/** Internal: whether `name` is a line fact (conditions are parsed against the table, so it is). */
export function isLineFact(name: string): name is LineFact {
  return Object.hasOwn(LINE_FACT_TABLE, name);
}

/**
 * Internal: `name` as a line fact. Plan conditions are parsed against `LINE_FACTS`, so a name
 * that is not one is a bug in the engine, not bad input.
 */
export function asLineFact(name: string): LineFact {
  if (!isLineFact(name)) throw new TypeError(`internal: ${name} is not a line fact`);
  return name;
}

/** Internal: the product level a fact pins (see `LineFactSpec.productLevel`), 0 for none. */
export function productLevel(name: string): number {
  return isLineFact(name) ? ((LINE_FACT_TABLE[name] as LineFactSpec).productLevel ?? 0) : 0;
}
