import type { CommissionInput } from '../CommissionInput';
import { collectAsync } from './readDocuments';

/** Internal: reads every stream of an input (sync or async) into arrays. */
export async function collectInput(input: CommissionInput): Promise<CommissionInput> {
  const [orders, invoices, payments, creditNotes, customers, products, fxRates] = await Promise.all(
    [
      collectAsync(input.orders),
      collectAsync(input.invoices),
      collectAsync(input.payments),
      collectAsync(input.creditNotes),
      collectAsync(input.customers),
      collectAsync(input.products),
      collectAsync(input.fxRates),
    ],
  );
  return { ...input, orders, invoices, payments, creditNotes, customers, products, fxRates };
}
