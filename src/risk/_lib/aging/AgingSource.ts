import type { Decimal } from '../../../money';

/**
 * What aging reads of an exposure index, as columns: the open items (`item` 0, 1, …) and the
 * credit sales (`sale` 0, 1, …) with their customer's and manager's slots (a slot per distinct
 * id, `customerIds[slot]`), day numbers and amounts in whole minor units of the base currency
 * (`NaN` when not whole: then `itemOpen` / `saleAmount` give the decimal). A built index carries
 * these columns (no object per item); an index given as arrays is read into them.
 */
export interface AgingSource {
  readonly customerIds: readonly string[];
  readonly managerIds: readonly string[];
  /** The customer slots in ascending order of their ids, when known (else they are sorted). */
  readonly customerOrder: Int32Array | undefined;
  readonly itemCustomer: Int32Array;
  readonly itemManager: Int32Array;
  readonly itemDueDay: Int32Array;
  readonly itemUnits: Float64Array;
  itemOpen(item: number): Decimal;
  invoiceId(item: number): string;
  dueDate(item: number): string;
  /** A sale's slots are −1 when its customer (manager) has no slot: no line to add it to. */
  readonly saleCustomer: Int32Array;
  readonly saleManager: Int32Array;
  readonly saleDay: Int32Array;
  readonly saleUnits: Float64Array;
  saleAmount(sale: number): Decimal;
}
