import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  closePeriod,
  computeStatements,
  emptyCommissionState,
  type Statement,
} from '../../src/commission';
import { type OrderLine, orderLineNet } from '../../src/model';
import { Decimal, minorUnits } from '../../src/money';
import { scenarioArbitrary } from './arbitraries';

const sum = (values: readonly string[]) => values.reduce((acc, v) => acc.plus(v), new Decimal(0));
const json = (statements: Statement[]) => JSON.stringify(statements);
const earned = (statements: Statement[]) =>
  new Map(statements.map((s) => [s.payeeId, new Decimal(s.totals.earned)]));
const withRounding = (input: CommissionInput, at: 'line' | 'statement') => ({
  ...input,
  plans: input.plans.map((p) => ({ ...p, rounding: { at } })),
});

/** Shuffles every list of the input (documents, lines, splits, assignments, payees, rates). */
function shuffled(input: CommissionInput, seed: number): CommissionInput {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  const mix = <T>(items: readonly T[] | undefined): T[] => {
    const out = [...(items ?? [])];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = next() % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    ...input,
    assignments: mix(input.assignments),
    payees: mix(input.payees),
    orders: mix(input.orders as unknown[]).map((o) => ({
      ...(o as object),
      lines: mix((o as { lines: unknown[] }).lines),
    })) as never,
    invoices: mix(input.invoices as unknown[]) as never,
    payments: mix(input.payments as unknown[]) as never,
    creditNotes: mix(input.creditNotes as unknown[]) as never,
    splits: mix(input.splits).map((s) => ({ ...s, splits: mix(s.splits) })),
    fxRates: mix(input.fxRates as unknown[]) as never,
    customers: mix(input.customers as unknown[]) as never,
  };
}

describe('properties', { timeout: 60_000 }, () => {
  it('splits divide each document line exactly: the credited shares add up to the line', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        const statements = computeStatements(input);
        const shares = new Map<string, Decimal>();
        for (const s of statements)
          for (const line of s.lines) {
            if (
              line.kind !== 'commission' ||
              line.credit?.kind === 'roll-up' ||
              line.credit?.kind === 'full' ||
              line.component !== 'c0' ||
              line.original === null
            )
              continue;
            const key = `${line.source.kind}/${line.source.id}/${line.source.lineId}`;
            shares.set(key, (shares.get(key) ?? new Decimal(0)).plus(line.original.amount));
          }
        for (const order of (input.orders ?? []) as Array<{
          id: string;
          lines: Array<{ lineId: string; quantity: string; unitPrice: string }>;
        }>)
          for (const l of order.lines) {
            // A booking credits the order line's net; the invoices bill the gross.
            const booked = shares.get(`order/${order.id}/${l.lineId}`);
            if (booked !== undefined)
              expect(booked.toFixed()).toBe(orderLineNet(l as OrderLine, 'USD').amount.toFixed());
            const billed = shares.get(`invoice/INV-${order.id}/${l.lineId}`);
            if (booked === undefined && billed !== undefined)
              expect(billed.toFixed()).toBe(new Decimal(l.quantity).times(l.unitPrice).toFixed());
          }
      }),
    );
  });

  it('a statement total is the exact sum of its lines, category by category', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        for (const s of computeStatements(input)) {
          expect(sum(s.lines.map((l) => l.amount)).eq(s.totals.payable)).toBe(true);
          const earnedKinds = [
            'commission',
            'override',
            'spiff',
            'kpi-bonus',
            'multiplier',
            'gate',
            'cap',
            'minimum',
            'clawback',
          ];
          expect(
            sum(s.lines.filter((l) => earnedKinds.includes(l.kind)).map((l) => l.amount)).eq(
              s.totals.earned,
            ),
          ).toBe(true);
        }
      }),
    );
  });

  it('input order never changes the result', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer(), (input, seed) => {
        expect(json(computeStatements(shuffled(input, seed)))).toBe(json(computeStatements(input)));
      }),
    );
  });

  it('with payments and credit notes (invoiced or collected credit), input order never changes the result and the fast path equals the decimal.js reference', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(scenarioArbitrary({ cash: true }), fc.integer(), (input, seed) => {
        const statements = json(computeStatements(input));
        expect(json(computeStatements(shuffled(input, seed)))).toBe(statements);
        expect(json(computeStatements(input, { arithmetic: 'decimal' }))).toBe(statements);
      }),
    );
  });

  it('for monotone plans, more sales never pay less', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ monotone: true }), (input) => {
        // Rounded once per statement, so rounding noise of single lines cannot mask the law.
        const base = withRounding(
          {
            ...input,
            orders: (input.orders as unknown[]).slice(1) as never,
            invoices: (input.invoices as unknown[]).slice(1) as never,
          },
          'statement',
        );
        const before = earned(computeStatements(base));
        const after = earned(computeStatements(withRounding(input, 'statement')));
        for (const [payee, value] of before)
          expect([payee, (after.get(payee) ?? new Decimal(0)).gte(value)]).toEqual([payee, true]);
      }),
    );
  });

  it('marginal tiers never pay more than whole tiers when rates increase', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ monotone: true }), (input) => {
        const mode = (m: 'marginal' | 'whole') =>
          withRounding(
            {
              ...input,
              plans: input.plans.map((p) => ({
                ...p,
                components: [
                  {
                    id: 't',
                    name: 't',
                    calculation: {
                      kind: 'tiers',
                      mode: m,
                      measure: 'period-to-date',
                      tiers: [
                        { from: '0', to: '10000', rate: '0.02' },
                        { from: '10000', to: '50000', rate: '0.05' },
                        { from: '50000', to: null, rate: '0.08' },
                      ],
                    },
                  },
                ],
              })),
            },
            'statement',
          );
        const marginal = earned(computeStatements(mode('marginal')));
        const whole = earned(computeStatements(mode('whole')));
        for (const [payee, value] of marginal) expect(value.lte(whole.get(payee) ?? 0)).toBe(true);
      }),
    );
  });

  it('clawing back a whole document returns its payout to zero', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenarioArbitrary({ lineOnly: true }), fc.nat(), (input, pick) => {
        const plans = input.plans.map((p) => ({
          ...p,
          crediting: { ...p.crediting, base: 'invoiced' as const },
        }));
        const invoices = input.invoices as Array<{
          id: string;
          total: string;
          currency: string;
          ownerId: string;
          orderId: string;
        }>;
        const target = invoices[pick % invoices.length] as (typeof invoices)[number];
        const jan = closePeriod(emptyCommissionState(), { ...input, plans });
        const note = {
          id: 'CN-X',
          customerId: 'C-1',
          ownerId: target.ownerId,
          invoiceId: target.id,
          date: '2026-04-02',
          currency: target.currency,
          amount: target.total,
          reason: 'return' as const,
        };
        const apr = closePeriod(jan.state, {
          ...input,
          plans,
          period: '2026-04',
          creditNotes: [note],
        });
        for (const payee of new Set(jan.statements.map((s) => s.payeeId))) {
          const paid =
            jan.statements
              .find((s) => s.payeeId === payee)
              ?.lines.filter((l) => l.source.kind === 'invoice' && l.source.id === target.id)
              .map((l) => l.amount) ?? [];
          const back =
            apr.statements
              .find((s) => s.payeeId === payee)
              ?.lines.filter(
                (l) =>
                  l.kind === 'clawback' || (l.source.kind === 'credit-note' && l.kind !== 'draw'),
              )
              .map((l) => l.amount) ?? [];
          expect([payee, sum([...paid, ...back]).toFixed()]).toEqual([payee, '0']);
        }
      }),
    );
  });

  it('rounding at the line moves each line by at most half a minor unit', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        for (const s of computeStatements(withRounding(input, 'line'))) {
          const half = new Decimal(10).pow(-minorUnits(s.currency)).div(2);
          for (const line of s.lines)
            expect(new Decimal(line.amount).minus(line.unrounded).abs().lte(half)).toBe(true);
        }
      }),
    );
  });

  it('the exact scaled-integer fast path equals the decimal.js reference on every line', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(scenarioArbitrary({ wide: true }), (input) => {
        expect(json(computeStatements(input))).toBe(
          json(computeStatements(input, { arithmetic: 'decimal' })),
        );
      }),
    );
  });

  it('the specialised kernel (rate tables, running tiers) equals the decimal.js reference', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(scenarioArbitrary({ quick: true }), (input) => {
        expect(json(computeStatements(input))).toBe(
          json(computeStatements(input, { arithmetic: 'decimal' })),
        );
      }),
    );
    fc.assert(
      fc.property(scenarioArbitrary({ quick: true, wide: true }), (input) => {
        expect(json(computeStatements(input, { documents: 'trusted' }))).toBe(
          json(computeStatements(input, { arithmetic: 'decimal' })),
        );
      }),
    );
  });

  it('orders read from a stream give the same statements as the same orders in an array', () => {
    // An array is counted first and its orders laid out by day as they are read; a stream is read
    // once, in its order (EventTable.layDays).
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        const orders = [...((input.orders as unknown[] | undefined) ?? [])];
        function* stream() {
          yield* orders;
        }
        const streamed = { ...input, orders: stream() as never };
        expect(json(computeStatements(streamed))).toBe(json(computeStatements(input)));
      }),
      { numRuns: 40 },
    );
  });

  it('trusted documents give the same statements as parsed ones', () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        expect(json(computeStatements(input, { documents: 'trusted' }))).toBe(
          json(computeStatements(input)),
        );
      }),
      { numRuns: 30 },
    );
  });
});
