import { describe, expect, it } from 'vitest';
import { estimateCommission, explainLine } from '../../src/commission';
import { input, invoice, plan, tiers } from './fixtures';

describe('estimateCommission', () => {
  it('shows what closing a deal would earn, with the lines it adds (Trailhead: 145,000 closed, 20,000 more → 1,100)', () => {
    const base = input({
      plans: [
        plan({
          components: [
            tiers('marginal', 'period-to-date', [
              ['0', '150000', '0.04'],
              ['150000', '250000', '0.06'],
              ['250000', null, '0.08'],
            ]),
          ],
        }),
      ],
      invoices: [invoice('INV-1', 'AM-7', '2026-03-02', '145000.00')],
    });
    const estimate = estimateCommission(base, {
      invoices: [invoice('INV-NEW', 'AM-7', '2026-03-28', '20000.00')],
    });
    expect(estimate.changes.map((c) => [c.payeeId, c.earned, c.lines.map((l) => l.id)])).toEqual([
      ['AM-7', '1100.00', ['commission/tiers/invoice/INV-NEW/total']],
    ]);
    expect(estimate.baseline[0]?.totals.earned).toBe('5800.00');
  });

  it('reports no change for deals that earn nothing', () => {
    const estimate = estimateCommission(input(), {
      invoices: [invoice('INV-0', 'AM-7', '2026-04-02', '100.00')],
    });
    expect(estimate.changes).toEqual([]);
  });
});

describe('explainLine', () => {
  it('derives the same trace from a stored line as the line carries', () => {
    const [statement] = estimateCommission(input(), {
      invoices: [invoice('INV-1', 'AM-7', '2026-03-02', '100.00')],
    }).estimate;
    const line = statement?.lines[0];
    const stored = JSON.parse(JSON.stringify(line));
    expect(explainLine(stored)).toEqual(stored.trace);
    expect(stored.trace.map((s: { code: string }) => s.code)).toEqual([
      'commission.credit.owner.invoice',
      'commission.rate.flat',
      'money.round.half-up',
    ]);
  });
});
