import { CrmRulesError, type ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { toDecimal } from '../../../money';
import { checkLimits } from '../../../money/_lib/amountLimits';
import { type Constant, type Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { ScaleMapping } from '../../ScaleMapping';
import { inBand } from './gapFreeBands';
import { roundRatio } from './roundRatio';

/** A score shown on an output scale: the mapped number and, from a band table, its label. */
export interface MappedScore {
  /** The mapped score (linear) or the band's rating, as a decimal string. */
  readonly score: string;
  /** The band's label, or `null` (linear mappings and unlabelled bands). */
  readonly label: string | null;
}

/**
 * Internal: maps `score` from `[scale.min, scale.max]` by `mapping` (see `ScaleMapping`), with
 * its step; a score outside every band is `INVALID_INPUT` at `[...path, 'bands']`.
 */
export function mapScale(
  exact: Exact40,
  scale: { readonly min: string; readonly max: string },
  mapping: ScaleMapping,
  path: ErrorPath,
  constant: Constant = parseConstant,
): { mapped: MappedScore; step: TraceStep } {
  switch (mapping.kind) {
    case 'linear': {
      const score = exact.toDecimal();
      // to.min + (score − min) × span ÷ width = (to.min × width + (score − min) × span) ÷ width
      const span = toDecimal(mapping.to.max).minus(mapping.to.min);
      const width = toDecimal(scale.max).minus(scale.min);
      const numerator = toDecimal(mapping.to.min)
        .times(width)
        .plus(score.minus(scale.min).times(span));
      const rounded = roundRatio(numerator, width, mapping.places, mapping.mode);
      checkLimits(rounded, path, rounded.toFixed());
      const mapped = rounded.toFixed();
      const params = {
        score: score.toFixed(),
        min: scale.min,
        max: scale.max,
        toMin: mapping.to.min,
        toMax: mapping.to.max,
        places: mapping.places,
        mode: mapping.mode,
        mapped,
      };
      return { mapped: { score: mapped, label: null }, step: { code: 'kpi.scale.linear', params } };
    }
    case 'bands': {
      const band = mapping.bands.find((b) => inBand(exact, b, mapping.upperInclusive, constant));
      if (band === undefined)
        throw new CrmRulesError('INVALID_INPUT', 'the score lies outside every rating band', {
          path: [...path, 'bands'],
          value: exact.toFixed(),
        });
      const label = band.label ?? null;
      const params = {
        score: exact.toFixed(),
        from: band.from,
        to: band.to,
        rating: band.rating,
        label,
      };
      const code = mapping.upperInclusive ? 'kpi.scale.band.upper' : 'kpi.scale.band';
      return { mapped: { score: band.rating, label }, step: { code, params } };
    }
    default: {
      const _exhaustive: never = mapping;
      return _exhaustive;
    }
  }
}
