import type { CreditNote } from '../../../model';
import { add, cmp, neg, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { scaleFigure } from '../exact/scaleFigure';
import { spread } from '../exact/spread';
import type { CreditEvent } from './CreditEvent';

/**
 * Internal: the `collected`-base events of a credit note that takes `refund` (positive) back
 * from what its invoice's payments released (see `collectedMovements`): the note's own events
 * (`creditNoteEvents`) scaled to the refund — spread exactly over their amounts, and over the
 * part of the note they leave out (its tax) — with their quantities and costs in proportion.
 * A whole refund gives the note's events, on the `collected` base. `paidOn` is the date of the
 * payment whose cash it takes back (see `Reversal.paidOn`).
 */
export function refundEvents(
  note: CreditNote,
  noteEvents: readonly CreditEvent[],
  refund: Num,
  paidOn: string | undefined,
  arithmetic: Arithmetic,
): CreditEvent[] {
  const total = parseNum(note.amount, arithmetic);
  const weights = noteEvents.map((event) => neg(event.amount));
  let covered: Num = ZERO;
  for (const w of weights) covered = add(covered, w);
  const rest = sub(total, covered);
  const parts =
    cmp(refund, total) === 0
      ? weights
      : spread(refund, note.currency, sign(rest) > 0 ? [...weights, rest] : weights, arithmetic);
  const events: CreditEvent[] = [];
  noteEvents.forEach((event, i) => {
    const part = parts[i] as Num;
    if (sign(part) === 0) return;
    const whole = weights[i] as Num;
    events.push({
      ...event,
      base: 'collected',
      reverses: event.reverses === null ? null : { ...event.reverses, paidOn: paidOn ?? null },
      amount: neg(part),
      quantity: scaleFigure(event.quantity, part, whole),
      cost: scaleFigure(event.cost, part, whole),
    });
  });
  return events;
}
