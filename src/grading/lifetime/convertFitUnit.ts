import { attempt, CrmRulesError, type ErrorPath, parseWith, type SafeResult } from '../../errors';
import { checkObject } from '../_lib/input/checkArgument';
import { unitFactor } from './_lib/fit/unitFactor';
import type { FitStandardErrors } from './FitStandardErrors';
import type { BgNbdFit } from './fitBgNbd';
import type { GammaGammaFit } from './fitGammaGamma';
import type { ParetoNbdFit } from './fitParetoNbd';
import { TimeUnit } from './TimeUnit';

/** A fit of any lifetime-value model. */
export type LifetimeFit = BgNbdFit | ParetoNbdFit | GammaGammaFit;

/** The parameters of each model measured in time units (the others are unit-free). */
const TIME_SCALE = {
  'bg-nbd': ['alpha'],
  'pareto-nbd': ['alpha', 'beta'],
  'gamma-gamma': [],
} as const satisfies Record<LifetimeFit['model'], readonly string[]>;

/**
 * A fit restated in another time unit, when the conversion is exact: between days and weeks
 * (1 week = 7 days) the time-scale parameters — BG/NBD α, Pareto/NBD α and β, which are times —
 * are multiplied by the number of new units in an old one; r, a, b, s and the Gamma-Gamma
 * parameters do not change. Between months and days or weeks there is no exact conversion (a
 * calendar month is 28 to 31 days): `UNIT_MISMATCH` names both units. Standard errors and
 * covariances of the scaled parameters scale with them; `logLikelihood` is kept as fitted.
 *
 * @param fit - a fit from `fitBgNbd`, `fitParetoNbd` or `fitGammaGamma` with a stated `unit`
 * @param unit - the unit wanted
 * @returns the fit in `unit` (the same object when it is already in it)
 * @throws CrmRulesError `UNIT_MISMATCH` at `['unit']` (value `{ fitted, requested }`) for
 * months ↔ days or weeks; `INVALID_INPUT` at `['fit', 'unit']` for a fit without a unit, at
 * `['fit', 'model']` for an unknown model; `UNKNOWN_UNIT` at `['unit']`
 * @example
 * ```ts
 * const weekly = fitBgNbd(cdnowSummaries, { unit: 'weeks' });
 * const daily = convertFitUnit(weekly, 'days');
 * [daily.unit, (daily.params.alpha / weekly.params.alpha).toFixed(6), daily.params.r === weekly.params.r];
 * //=> ['days', '7.000000', true]
 * ```
 * @example
 * ```ts
 * const weekly = fitBgNbd(cdnowSummaries, { unit: 'weeks' });
 * const refused = safeConvertFitUnit(weekly, 'months');
 * refused.success ? null : [refused.error.code, refused.error.value];
 * //=> ['UNIT_MISMATCH', { fitted: 'weeks', requested: 'months' }]
 * ```
 */
export function convertFitUnit<F extends LifetimeFit>(fit: F, unit: TimeUnit): F {
  checkObject(fit, ['fit'], 'a fit from fitBgNbd, fitParetoNbd or fitGammaGamma');
  const wanted = parseWith(TimeUnit, unit, { path: ['unit'] });
  const from = fittedUnit(fit, ['fit', 'unit']);
  if (from === null)
    throw new CrmRulesError('INVALID_INPUT', 'the fit states no time unit (FitOptions.unit)', {
      path: ['fit', 'unit'],
      value: null,
    });
  const names = TIME_SCALE[fit.model] as readonly string[] | undefined;
  if (names === undefined)
    throw new CrmRulesError('INVALID_INPUT', 'expected a bg-nbd, pareto-nbd or gamma-gamma fit', {
      path: ['fit', 'model'],
      value: fit.model,
    });
  const factor = unitFactor(from, wanted, ['unit']);
  if (factor === 1) return fit;
  const params: Record<string, number> = { ...fit.params };
  for (const name of names) params[name] = (params[name] as number) * factor;
  return {
    ...fit,
    params,
    unit: wanted,
    standardErrors: rescale(fit.standardErrors, names, factor),
  };
}

/** Standard errors under θᵢ → cᵢ θᵢ: covariances × cᵢcⱼ, Hessian entries ÷ cᵢcⱼ. */
function rescale(
  errors: FitStandardErrors,
  scaled: readonly string[],
  factor: number,
): FitStandardErrors {
  const c = errors.names.map((name) => (scaled.includes(name) ? factor : 1));
  if (errors.status !== 'ok')
    return {
      ...errors,
      hessian: errors.hessian.map((row, i) =>
        row.map((v, j) => v / ((c[i] as number) * (c[j] as number))),
      ),
    };
  const standardErrors: Record<string, number> = {};
  errors.names.forEach((name, i) => {
    standardErrors[name] = (errors.standardErrors[name] as number) * (c[i] as number);
  });
  return {
    ...errors,
    standardErrors,
    covariance: errors.covariance.map((row, i) =>
      row.map((v, j) => v * (c[i] as number) * (c[j] as number)),
    ),
  };
}

/**
 * Like {@link convertFitUnit}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeConvertFitUnit(null, 'days').success;
 * //=> false
 * ```
 */
export function safeConvertFitUnit<F extends LifetimeFit>(fit: F, unit: TimeUnit): SafeResult<F> {
  return attempt(() => convertFitUnit(fit, unit));
}

/**
 * The parameters of a BG/NBD fit, or of plain parameters, for a request in `unit` (internal):
 * a fit with a stated unit is converted (or refused, `UNIT_MISMATCH` at `path`); a fit without
 * one, and plain parameters, are taken as being in `unit`.
 *
 * @param input - BG/NBD parameters or a BG/NBD fit
 * @param unit - the unit of the request
 * @param path - where the request's unit sits
 * @returns the parameters in `unit`
 * @example
 * ```ts
 * bgNbdParamsIn({ r: 1, alpha: 2, a: 1, b: 1 }, 'weeks', ['options', 'unit']).alpha;
 * //=> 2
 * ```
 */
export function bgNbdParamsIn<P extends object>(
  input: P | BgNbdFit,
  unit: TimeUnit,
  path: ErrorPath,
): P | BgNbdFit['params'] {
  if (typeof input !== 'object' || input === null || (input as BgNbdFit).model !== 'bg-nbd')
    return input as P;
  const fit = input as BgNbdFit;
  const from = fittedUnit(fit, ['params', 'unit']);
  if (from === null) return fit.params;
  const factor = unitFactor(from, unit, path);
  return factor === 1 ? fit.params : { ...fit.params, alpha: fit.params.alpha * factor };
}

function fittedUnit(fit: { readonly unit?: unknown }, path: ErrorPath): TimeUnit | null {
  return fit.unit === null || fit.unit === undefined
    ? null
    : parseWith(TimeUnit, fit.unit, { path });
}
