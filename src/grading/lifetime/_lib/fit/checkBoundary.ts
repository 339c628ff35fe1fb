import { CrmRulesError } from '../../../../errors';
import type { Objective } from '../math/minimizeBfgs';

/** How far each probe moves a parameter: a factor of 10 either way (ln 10 in log-parameters). */
const PROBE = Math.LN10;

/**
 * Internal: the last test of a converged fit — that the optimum is one. From the optimiser's
 * point, each log-parameter is moved by ln 10 (the parameter × 10 and ÷ 10) with the others
 * held; if the objective (mean penalized negative log-likelihood) is lower there, the likelihood
 * still rises towards a boundary — the optimiser stopped on a flat ridge while a parameter runs
 * off — and the fit throws `FIT_NOT_CONVERGED` with the evidence instead of returning extreme
 * parameters as converged.
 *
 * @param model - the model's name, for the message
 * @param objective - what the optimiser minimised
 * @param x - its point (log-parameters, in `names` order)
 * @param value - the objective there
 * @param params - the parameters at `x`, by name
 * @returns nothing; throws instead
 * @throws CrmRulesError `FIT_NOT_CONVERGED`, value `{ params, evidence: { parameter, direction,
 * probe, gain } }`: the parameter, `'towards 0'` or `'towards ∞'`, its value at the probe and the
 * gain in mean log-likelihood per customer there
 * @example
 * ```ts
 * checkBoundary('BG/NBD', objective, result.x, result.value, params);
 * //=> undefined
 * ```
 */
export function checkBoundary(
  model: string,
  objective: Objective,
  x: readonly number[],
  value: number,
  params: Readonly<Record<string, number>>,
): void {
  const names = Object.keys(params);
  const scratch = new Array<number>(x.length).fill(0);
  const tolerance = 1e-12 * Math.max(1, Math.abs(value));
  for (let i = 0; i < x.length; i++)
    for (const direction of [-1, 1]) {
      const moved = [...x];
      moved[i] = (moved[i] as number) + direction * PROBE;
      const probed = objective(moved, scratch);
      if (Number.isFinite(probed) && probed < value - tolerance) {
        const parameter = names[i] as string;
        const towards = direction < 0 ? 'towards 0' : 'towards ∞';
        throw new CrmRulesError(
          'FIT_NOT_CONVERGED',
          `${model} fit did not converge: the likelihood still rises as ${parameter} runs ${towards} (stopped on a flat ridge at ${parameter} = ${params[parameter]}); the data do not identify the model`,
          {
            value: {
              params,
              evidence: {
                parameter,
                direction: towards,
                probe: Math.exp(moved[i] as number),
                gain: value - probed,
              },
            },
          },
        );
      }
    }
}
