import { RunControl, type StageMeter } from '../../../../errors/_lib/runControl';
import type { MinimizeOptions } from '../math/minimizeBfgs';

/** Internal: what a fitter hands the optimiser and reports when it is done. */
export interface FitProgress {
  /** For `minimizeBfgs`: checks the signal and reports the iterations done, before each one. */
  readonly hooks: Pick<MinimizeOptions, 'onIteration'>;
  /** Closes the `fit` stage with the iterations used. */
  readonly end: (iterations: number) => void;
}

/**
 * Internal: the `signal` and `onProgress` of a fitter's options as the `fit` stage — started when
 * the optimiser starts, then one report per iteration (each is at least one pass over the data),
 * total unknown until the last report, which gives the iterations used as both. Fails with
 * `ABORTED` at once when the signal is aborted already.
 *
 * @example
 * ```ts
 * const progress = fitProgress({ onProgress: (p) => console.log(p) });
 * // minimizeBfgs(f, start, { maxIterations, gradientTolerance, ...progress.hooks }); progress.end(12);
 * //=> undefined
 * ```
 */
export function fitProgress(options: unknown): FitProgress {
  const control = RunControl.of(options);
  if (control.idle) return { hooks: {}, end: () => undefined };
  let meter: StageMeter | undefined;
  return {
    hooks: {
      onIteration: (iterations) => {
        // The stage starts (and the signal is looked at) once the data are prepared.
        if (meter === undefined) meter = control.stage('fit', undefined, 1);
        else meter.at(iterations);
      },
    },
    end: (iterations) => meter?.end(iterations),
  };
}
