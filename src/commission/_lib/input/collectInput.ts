import { RunControl } from '../../../errors/_lib/runControl';
import type { CommissionInput } from '../../model/CommissionInput';
import { collectAsync } from './readDocuments';

/**
 * Internal: reads every stream of an input (sync or async) into arrays. With a live `control` it
 * looks at the signal after every item and reports the `collect` stage —
 * documents of all streams together, total unknown — every 4,096 of them.
 */
export async function collectInput(
  input: CommissionInput,
  control: RunControl = RunControl.none,
): Promise<CommissionInput> {
  const meter = control.idle ? undefined : control.stage('collect', undefined);
  const each =
    meter === undefined
      ? undefined
      : () => {
          meter.tick();
          control.check('collect');
        };
  const [orders, invoices, payments, creditNotes, customers, products, fxRates] = await Promise.all(
    [
      collectAsync(input.orders, each),
      collectAsync(input.invoices, each),
      collectAsync(input.payments, each),
      collectAsync(input.creditNotes, each),
      collectAsync(input.customers, each),
      collectAsync(input.products, each),
      collectAsync(input.fxRates, each),
    ],
  );
  meter?.end();
  return { ...input, orders, invoices, payments, creditNotes, customers, products, fxRates };
}
