import * as z from 'zod';
import { EntityId, Label } from '../../model';
import { Decimal, MoneyJson } from '../../money';
import { IsoDate } from '../../period';
import { Condition } from '../../rules';
import { Rate } from './Rate';

/**
 * A SPIFF (a short, date-bounded bonus): every credit line dated in `[from, to)` that meets
 * `when` earns `award` — a percent of its base, a fixed amount per line or per unit — as a
 * separate statement line. `maxPerPayee` caps what one payee earns from it over its whole
 * window (read from the state across periods).
 *
 * @example
 * ```ts
 * Spiff.parse({
 *   id: 'q2-pumps', name: 'Q2 pump push', from: '2026-04-01', to: '2026-07-01',
 *   when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
 *   award: { kind: 'fixed-per-unit', amount: { amount: '20', currency: 'USD' } },
 * }).to;
 * //=> '2026-07-01'
 * ```
 */
export const Spiff = z
  .strictObject({
    id: EntityId,
    name: Label,
    from: IsoDate,
    to: IsoDate,
    when: Condition,
    award: Rate,
    maxPerPayee: z.optional(MoneyJson),
  })
  .superRefine((spiff, ctx) => {
    if (spiff.to <= spiff.from)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `a SPIFF ends after it starts (${spiff.from}); to is exclusive`,
        input: spiff.to,
        params: { code: 'INVALID_DATE_RANGE' },
      });
    if (spiff.maxPerPayee !== undefined && new Decimal(spiff.maxPerPayee.amount).lt(0))
      ctx.addIssue({
        code: 'custom',
        path: ['maxPerPayee', 'amount'],
        message: 'must not be negative',
        input: spiff.maxPerPayee.amount,
        params: { code: 'INVALID_AMOUNT' },
      });
  });
/** A SPIFF (see {@link Spiff}). */
export type Spiff = z.infer<typeof Spiff>;
