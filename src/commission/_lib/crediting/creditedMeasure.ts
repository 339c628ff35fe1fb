import { CrmRulesError } from '../../../errors';
import { mul } from '../../../money/_lib/scaled/Fixed';
import type { QuotaMeasure } from '../../model/QuotaMeasure';
import { eventPath } from '../events/CreditEvent';
import type { Num } from '../exact/num';
import type { Credit } from './creditEvents';

/**
 * Internal: what a credit adds to its payee's credited figure — the figure attainment reads — by
 * the plan's `quotaMeasure`: its base (plan currency) for `money`, its share of the line's
 * quantity for `quantity` (`INVALID_INPUT` at the line's `quantity` when the event has none: an
 * invoice line not linked to its order line).
 */
export function creditedMeasure(measure: QuotaMeasure, credit: Credit, base: Num): Num {
  switch (measure) {
    case 'money':
      return base;
    case 'quantity': {
      const event = credit.event;
      if (event.quantity === null)
        throw new CrmRulesError(
          'INVALID_INPUT',
          'a quota in units needs the quantity of the line; link the invoice line to its order line',
          { path: eventPath(event, 'quantity'), value: null },
        );
      return mul(event.quantity, credit.fraction);
    }
    default: {
      const never: never = measure;
      return never;
    }
  }
}
