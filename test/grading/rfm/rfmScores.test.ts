import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../../src/grading/rfm';
import { summariseTransactions } from '../../../src/grading/summary';
import { thrown } from '../_support';

describe('rfmScores', () => {
  // Five customers, end 2026-03-31 (a hand-computed table):
  //   customer  last purchase  days  purchases  net total
  //   A         03-30            1      4        1,200
  //   B         03-20           11      2          300
  //   C         02-01           58      1          950
  //   D         01-02           88      1           40
  //   E         03-30            1      3          300
  const tx = (customerId: string, date: string, amount: string) => ({ customerId, date, amount });
  const result = summariseTransactions(
    [
      tx('A', '2026-01-05', '300'),
      tx('A', '2026-02-05', '300'),
      tx('A', '2026-03-05', '300'),
      tx('A', '2026-03-30', '300'),
      tx('B', '2026-03-01', '200'),
      tx('B', '2026-03-20', '100'),
      tx('C', '2026-02-01', '950'),
      tx('D', '2026-01-02', '40'),
      tx('E', '2026-01-10', '100'),
      tx('E', '2026-02-10', '150'),
      tx('E', '2026-03-30', '50'),
    ],
    { currency: 'USD', end: '2026-03-31', convention: 'rfm' },
  );

  it('scores R, F and M by quintiles with the tie rule (n = 5: worse × 5 ÷ 5 + 1)', () => {
    const scores = rfmScores(result);
    // R: worse (more days): A 3, B 2, C 1, D 0, E 3 → 4, 3, 2, 1, 4
    // F: worse (fewer purchases): A 4, B 2, C 0, D 0, E 3 → 5, 3, 1, 1, 4
    // M: worse (less money): A 4, B 1, C 3, D 0, E 1 → 5, 2, 4, 1, 2
    expect(scores.map((s) => `${s.customerId}${s.code}`)).toEqual([
      'A455',
      'B332',
      'C214',
      'D111',
      'E442',
    ]);
    expect(scores[0]?.trace[0]).toEqual({
      code: 'grading.rfm.code',
      params: { code: '455', r: 4, f: 5, m: 5 },
    });
    expect(scores[2]?.trace[3]).toEqual({
      code: 'grading.rfm.monetary.quantile',
      params: { value: '950.00', currency: 'USD', score: 4, bins: 5, worse: 3, count: 5 },
    });
  });

  it('scores with fixed thresholds (recency in days, lower is better)', () => {
    const scores = rfmScores(result, {
      recency: { kind: 'thresholds', thresholds: ['7', '30', '60'] },
      frequency: { kind: 'thresholds', thresholds: ['2', '4'] },
      monetary: { kind: 'thresholds', thresholds: ['100', '500', '1000'] },
    });
    // R = 1 + thresholds with days ≤ t: A 1 → 4, B 11 → 3, C 58 → 2, D 88 → 1, E 1 → 4
    // F = 1 + thresholds with purchases ≥ t: A 4 → 3, B 2 → 2, C 1 → 1, D 1 → 1, E 3 → 2
    // M = 1 + thresholds with total ≥ t: A 1,200 → 4, B 300 → 2, C 950 → 3, D 40 → 1, E 300 → 2
    expect(scores.map((s) => s.code)).toEqual(['434', '322', '213', '111', '422']);
    expect(scores[1]?.trace[1]).toEqual({
      code: 'grading.rfm.recency.thresholds.days',
      params: { value: '11', score: 3, thresholds: '[7, 30, 60]' },
    });
  });

  it('refuses a btyd summary (its recency is not the time since the last purchase)', () => {
    const btyd = summariseTransactions([tx('A', '2026-01-05', '300')], {
      currency: 'USD',
      end: '2026-03-31',
    });
    const error = thrown(() => rfmScores(btyd));
    expect([error.code, error.path, error.value]).toEqual([
      'INVALID_INPUT',
      ['convention'],
      'btyd',
    ]);
  });
});
