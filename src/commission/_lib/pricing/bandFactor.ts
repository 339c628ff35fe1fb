import { Decimal } from '../../../money';
import type { MultiplierBand } from '../../model/Modifier';

/**
 * Internal: a multiplier band read once, when its plan is compiled: its lower bound and factor as
 * decimals, the factor as text, and the factor less one as text (what a multiplier adds).
 */
export interface CompiledBand {
  readonly from: Decimal;
  readonly factor: Decimal;
  readonly text: string;
  readonly lessOne: string;
}

/** Internal: validated bands (see `MultiplierBand`) read for {@link bandFactor}. */
export function compileBands(bands: readonly MultiplierBand[]): CompiledBand[] {
  return bands.map((band) => {
    const factor = new Decimal(band.factor);
    return {
      from: new Decimal(band.from),
      factor,
      text: factor.toFixed(),
      lessOne: factor.minus(1).toFixed(),
    };
  });
}

const ONE = compileBands([{ from: '0', to: null, factor: '1' }])[0] as CompiledBand;

/**
 * Internal: `multiplierFactor` on compiled bands: the last band whose lower bound the attainment
 * reaches (below 0, the first; with no bands, a factor of 1).
 */
export function bandFactor(bands: readonly CompiledBand[], attainment: Decimal): CompiledBand {
  let chosen = bands[0] ?? ONE;
  for (const band of bands) if (attainment.gte(band.from)) chosen = band;
  return chosen;
}
