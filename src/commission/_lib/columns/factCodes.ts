import { LINE_FACT_TABLE, type LineFact } from '../schema/lineFactTable';

/**
 * Internal: the code of `customer.isNew`. It depends on the plan version's new-customer window, so its code is taken per
 * credit (each credit has its own term).
 */
export const IS_NEW = 8;

/** Internal: facts a credit's memo key can be made of: each has a small integer code per credit. */
export const FACT_CODES = [
  'product.id',
  'product.category',
  'customer.id',
  'customer.grade',
  'customer.country',
  'customer.region',
  'customer.group',
  'customer.industry',
  'customer.isNew',
  'document.kind',
  'document.date',
  'document.currency',
  'payee.id',
  'payee.role',
  'payee.team',
  'credit.kind',
  'credit.level',
  'product.template',
] as const satisfies readonly LineFact[];
/** Internal: facts that have no code: a condition reading one is evaluated per line, without a memo. */
export const UNCODED_FACTS = [
  'line.amount',
  'line.margin',
  'line.quantity',
  'line.unitPrice',
  'line.discountPercent',
  'line.discountAmount',
  'document.id',
] as const satisfies readonly LineFact[];
/** Internal: the index of a coded fact in {@link FACT_CODES}. */
export type FactCode = {
  [K in keyof typeof FACT_CODES]: K extends `${infer N extends number}` ? N : never;
}[number];
// Every line fact is coded above or listed as uncoded: a new fact fails to compile here.
type Unclassified = Exclude<LineFact, (typeof FACT_CODES)[number] | (typeof UNCODED_FACTS)[number]>;
const everyFactClassified: [Unclassified] extends [never] ? true : Unclassified = true;
void everyFactClassified;
// IS_NEW is the code of `customer.isNew`: moving it in FACT_CODES fails to compile here.
const isNewCode: (typeof FACT_CODES)[typeof IS_NEW] extends 'customer.isNew' ? true : never = true;
void isNewCode;
/** Internal: codes of the facts that differ between the credits of one event (see `LINE_FACT_TABLE`). */
export const PER_CREDIT = FACT_CODES.map(
  (name, f) => f === IS_NEW || LINE_FACT_TABLE[name].perCredit,
);

/** Internal: a coded fact some switch does not read: fails to compile, and throws if reached. */
export function unhandled(f: never): never {
  throw new TypeError(`internal: no code for the fact ${String(f)}`);
}
