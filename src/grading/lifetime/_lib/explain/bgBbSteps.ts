import type { TraceStep } from '../../../../explain';
import type { BgBbParams } from '../../BgBbParams';
import { fixed } from './traceText';

/**
 * The trace steps every BG/BB answer starts with: the model's parameters (to 4 decimals) and the
 * customer's pattern over the opportunities observed.
 *
 * @param params - BG/BB parameters
 * @param pattern - frequency, recency and n
 * @returns the two steps
 * @example
 * ```ts
 * bgBbSteps({ alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 }, { frequency: 4, recency: 6, n: 6 }).map((s) => s.code);
 * //=> ['grading.clv.model.bg-bb', 'grading.clv.history.opportunities']
 * ```
 */
export function bgBbSteps(
  { alpha, beta, gamma, delta }: BgBbParams,
  { frequency, recency, n }: { frequency: number; recency: number; n: number },
): TraceStep[] {
  return [
    {
      code: 'grading.clv.model.bg-bb',
      params: {
        alpha: fixed(alpha, 4),
        beta: fixed(beta, 4),
        gamma: fixed(gamma, 4),
        delta: fixed(delta, 4),
      },
    },
    { code: 'grading.clv.history.opportunities', params: { frequency, recency, n } },
  ];
}
