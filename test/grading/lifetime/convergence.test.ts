import { describe, expect, it } from 'vitest';
import { safeFitBgNbd, safeFitParetoNbd } from '../../../src/grading/lifetime';

// Constructed so that nobody ever drops out: every customer buys steadily right up to the end
// of observation. The likelihood then keeps rising as the drop-out probability goes to 0 (BG/NBD:
// a → 0; Pareto/NBD: s → 0): a boundary, not an optimum.
const rows = Array.from({ length: 200 }, (_, i) => {
  const T = 20 + (i % 20);
  return { frequency: 1 + (i % 9), recency: T - 0.01 * (i % 5), T };
});

describe('convergence you can trust', () => {
  it('BG/NBD stopped on the ridge by a loose tolerance is FIT_NOT_CONVERGED with the evidence, not a converged fit', () => {
    // Before this check the fit returned "converged" with a ≈ 2.8e-5, b ≈ 2,386.
    const result = safeFitBgNbd(rows, { gradientTolerance: 1e-5 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('FIT_NOT_CONVERGED');
    const { evidence } = result.error.value as {
      evidence: { parameter: string; direction: string; probe: number; gain: number };
    };
    expect(evidence.parameter).toMatch(/^(a|b)$/);
    expect(evidence.direction).toBe(evidence.parameter === 'a' ? 'towards 0' : 'towards ∞');
    expect(evidence.gain).toBeGreaterThan(0);
    expect(result.error.message).toMatch(/still rises/);
  });

  it('BG/NBD at the default tolerance: the parameter running off is refused too', () => {
    const result = safeFitBgNbd(rows);
    expect(result.success ? null : result.error.code).toBe('FIT_NOT_CONVERGED');
  });

  it('Pareto/NBD stopped on the ridge is refused the same way', () => {
    // Before this check: "converged" with s ≈ 0.002, β ≈ 4,400.
    const result = safeFitParetoNbd(rows, { gradientTolerance: 1e-4 });
    expect(result.success ? null : result.error.code).toBe('FIT_NOT_CONVERGED');
  }, 10_000);
});
