import { CrmRulesError } from '../../errors';

/**
 * Internal: the `scale` option of a calibration result (decimal places, `fallback` when absent):
 * a whole number from 0 to 20, else `INVALID_INPUT` at `['options', 'scale']`.
 */
export function placesOption(scale: unknown, fallback: number): number {
  const places = scale ?? fallback;
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > 20)
    throw new CrmRulesError('INVALID_INPUT', 'expected a whole number of places from 0 to 20', {
      path: ['options', 'scale'],
      value: places,
    });
  return places;
}
