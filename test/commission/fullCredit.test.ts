import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CommissionInput, computeStatements, type Statement } from '../../src/commission';
import { CreditSplit } from '../../src/commission/model/CreditSplit';
import { PAYEES, scenarioArbitrary } from './arbitraries';
import { assign, input, order, plan } from './fixtures';

/** Both engines' statements, checked equal. */
function both(run: CommissionInput): Statement[] {
  const auto = computeStatements(run);
  expect(computeStatements(run, { arithmetic: 'decimal' })).toEqual(auto);
  return auto;
}

/** What a statement pays, line by line, whatever the kind of credit. */
function paid(statement: Statement | undefined) {
  return {
    payable: statement?.totals.payable,
    lines: (statement?.lines ?? []).map((l) => [l.id, l.kind, l.amount]),
  };
}

// OCA commission: "You can put the number of agents you want" on a sale line, each agent earning
// its own commission on the whole line (OCA/commission, sale_commission/readme/USAGE.rst); iDempiere:
// "You can pay multiple commissions for the same order or invoice" (Commission window, ID-207).
describe('full credit to several payees', () => {
  const run = (splits: unknown[]): CommissionInput =>
    input({
      plans: [plan({ crediting: { base: 'booked' } })],
      assignments: [assign('AGENT'), assign('PRINCIPAL')],
      orders: [order('SO-1', 'AGENT', '2026-03-02', '10', '100')],
      splits: splits as NonNullable<CommissionInput['splits']>,
    });

  it('an agent and a principal each earn 4 % of the whole 1000, stated as full credit', () => {
    const statements = both(
      run([
        {
          orderId: 'SO-1',
          mode: 'full',
          splits: [
            { payeeId: 'AGENT', percent: '100' },
            { payeeId: 'PRINCIPAL', percent: '100' },
          ],
        },
      ]),
    );
    for (const s of statements) {
      const [line] = s.lines;
      expect(line?.amount).toBe('40.00');
      expect(line?.credit).toEqual({ kind: 'full', share: '100', level: 0, from: null });
      expect(line?.original).toEqual({ amount: '1000.00', currency: 'USD' });
    }
  });

  it('beside a dividing split of the same line, which shares the 40 instead', () => {
    const statements = both(
      run([
        {
          orderId: 'SO-1',
          splits: [
            { payeeId: 'AGENT', percent: '50' },
            { payeeId: 'PRINCIPAL', percent: '50' },
          ],
        },
      ]),
    );
    expect(
      statements.map((s) => [s.payeeId, s.lines[0]?.amount, s.lines[0]?.credit?.kind]),
    ).toEqual([
      ['AGENT', '20.00', 'split'],
      ['PRINCIPAL', '20.00', 'split'],
    ]);
  });

  it('refuses a share other than 100 % in a full split', () => {
    const bad = {
      orderId: 'SO-1',
      mode: 'full',
      splits: [
        { payeeId: 'A', percent: '100' },
        { payeeId: 'B', percent: '50' },
      ],
    };
    const issue = CreditSplit.safeParse(bad).error?.issues[0];
    expect(issue?.path).toEqual(['splits', 1, 'percent']);
    expect(() => computeStatements(run([bad]))).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        path: ['splits', 0, 'splits', 1, 'percent'],
      }),
    );
    expect(() => computeStatements(run([bad]), { documents: 'trusted' })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });

  describe('properties', () => {
    it('full credit pays each named payee exactly what a single owner of the line would earn', {
      timeout: 60_000,
    }, () => {
      fc.assert(
        fc.property(
          scenarioArbitrary(),
          fc.constantFrom(...PAYEES),
          fc.constantFrom(...PAYEES),
          (scenario, first, second) => {
            fc.pre(first !== second);
            // Without roll-ups a payee's statement depends on its own credits only.
            const p = (scenario.plans as unknown as Array<{ crediting: object }>)[0] as {
              crediting: object;
            };
            const { rollUp: _, ...crediting } = p.crediting as Record<string, unknown>;
            const base = {
              ...scenario,
              plans: [{ ...p, crediting }],
            } as unknown as CommissionInput;
            const orders = base.orders as Array<{ id: string; ownerId: string }>;
            const target = orders[0]?.id as string;
            const others = ((base.splits ?? []) as unknown as Array<{ orderId: string }>).filter(
              (s) => s.orderId !== target,
            ) as unknown as NonNullable<CommissionInput['splits']>;
            const fullInput: CommissionInput = {
              ...base,
              splits: [
                ...others,
                {
                  orderId: target,
                  mode: 'full',
                  splits: [
                    { payeeId: first, percent: '100' },
                    { payeeId: second, percent: '100' },
                  ],
                },
              ],
            };
            const full = both(fullInput);
            for (const payee of [first, second]) {
              // The same documents with the target order (and its invoice) owned by `payee` alone.
              const owned = (doc: { id?: string; orderId?: string; ownerId: string }) =>
                doc.id === target || doc.orderId === target ? { ...doc, ownerId: payee } : doc;
              const sole = computeStatements({
                ...base,
                orders: orders.map(owned) as unknown as CommissionInput['orders'] & object,
                invoices: (base.invoices as Array<{ orderId: string; ownerId: string }>).map(
                  owned,
                ) as unknown as CommissionInput['invoices'] & object,
                splits: others,
              });
              expect(paid(full.find((s) => s.payeeId === payee))).toEqual(
                paid(sole.find((s) => s.payeeId === payee)),
              );
            }
          },
        ),
        { numRuns: 10 },
      );
    });
  });
});
