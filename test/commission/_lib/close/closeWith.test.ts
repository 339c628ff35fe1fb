import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CommissionInput, emptyCommissionState } from '../../../../src/commission';
import { closeWith } from '../../../../src/commission/_lib/close/closeWith';
import { unitsToText } from '../../../_support/money';
import { scenarioArbitrary } from '../../arbitraries';

type Invoice = { id: string; customerId: string; ownerId: string; currency: string; total: string };

/** April: March's documents again, and a return of half of every other invoice. */
function april(input: CommissionInput): CommissionInput {
  const invoices = (input.invoices ?? []) as Invoice[];
  return {
    ...input,
    period: '2026-04',
    creditNotes: invoices
      .filter((_, i) => i % 2 === 0)
      .map((inv) => ({
        id: `CN-A-${inv.id}`,
        customerId: inv.customerId,
        ownerId: inv.ownerId,
        invoiceId: inv.id,
        date: '2026-04-10',
        currency: inv.currency,
        amount: unitsToText(BigInt(inv.total.replace('.', '')) / 2n || 1n, 2),
        reason: 'return' as const,
      })),
  };
}

/** Closes March, then April, with lines built eagerly or lazily; the two runs as JSON. */
function closeBoth(input: CommissionInput, lines: 'eager' | 'payouts'): string {
  const march = closeWith(emptyCommissionState(), input, {}, lines);
  const next = closeWith(march.state, april(input), {}, lines);
  return JSON.stringify([march, next]);
}

describe('closeWith', () => {
  it('a close that builds its lines lazily carries the payout records, state and statements of one that builds every line', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          scenarioArbitrary(),
          scenarioArbitrary({ quick: true }),
          scenarioArbitrary({ cash: true }),
        ),
        (input) => {
          expect(closeBoth(input, 'payouts')).toBe(closeBoth(input, 'eager'));
        },
      ),
    );
  });
});
