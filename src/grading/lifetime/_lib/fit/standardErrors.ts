import type { FitStandardErrors } from '../../FitStandardErrors';
import { centralHessian } from '../math/centralHessian';
import { invertPositiveDefinite } from '../math/invertPositiveDefinite';

/** Relative step of the central differences. */
const STEP = 1e-3;

/**
 * Internal: the standard errors and covariance of fitted parameters from the central-difference
 * Hessian of the log-likelihood (see {@link FitStandardErrors}).
 *
 * @param names - the parameters, in the order of the covariance's rows
 * @param params - the fitted values (each > 0)
 * @param logLikelihood - ln L at given parameters
 * @returns the standard errors, or the Hessian when it is not negative definite
 * @example
 * ```ts
 * // ln L = −(p − 2)² / 2 · 100: a normal mean with standard error 0.1
 * standardErrorsOf(['p'], { p: 2 }, ({ p }) => -50 * (p - 2) ** 2).status;
 * //=> 'ok'
 * ```
 */
export function standardErrorsOf<N extends string>(
  names: readonly N[],
  params: Readonly<Record<N, number>>,
  logLikelihood: (params: Record<N, number>) => number,
): FitStandardErrors<N> {
  const x = names.map((name) => params[name]);
  const f = (point: readonly number[]): number => {
    const at = {} as Record<N, number>;
    names.forEach((name, i) => {
      at[name] = point[i] as number;
    });
    return logLikelihood(at);
  };
  const hessian = centralHessian(
    f,
    x,
    x.map((v) => STEP * v),
  );
  const covariance = invertPositiveDefinite(hessian.map((row) => row.map((v) => -v)));
  if (covariance === null || !covariance.every((row) => row.every(Number.isFinite)))
    return { status: 'hessian-not-negative-definite', names, hessian };
  const standardErrors = {} as Record<N, number>;
  names.forEach((name, i) => {
    standardErrors[name] = Math.sqrt((covariance[i] as number[])[i] as number);
  });
  return { status: 'ok', names, standardErrors, covariance };
}
