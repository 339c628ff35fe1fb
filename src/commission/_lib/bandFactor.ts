import { Decimal } from '../../money';
import type { MultiplierBand } from '../Modifier';

/** Internal: a band's factor, as a decimal, as text, and less one as text (what a multiplier adds). */
export interface BandFactor {
  readonly factor: Decimal;
  readonly text: string;
  readonly lessOne: string;
}

interface ReadBands {
  readonly from: Decimal[];
  readonly factor: Array<BandFactor | undefined>;
}

// Band bounds read once per bands array of a parsed plan (the engine's own objects, never
// changed after parsing), each factor on first use.
const readBandsOf = new WeakMap<readonly MultiplierBand[], ReadBands>();

/**
 * Internal: `multiplierFactor` for the validated bands of a parsed plan at a decimal attainment,
 * reading each band's bounds once per plan instead of once per payee (and its texts once).
 */
export function bandFactor(bands: readonly MultiplierBand[], attainment: Decimal): BandFactor {
  let read = readBandsOf.get(bands);
  if (read === undefined) {
    read = { from: bands.map((band) => new Decimal(band.from)), factor: [] };
    readBandsOf.set(bands, read);
  }
  let chosen = 0;
  for (let i = 0; i < bands.length; i += 1) if (attainment.gte(read.from[i] as Decimal)) chosen = i;
  let band = read.factor[chosen];
  if (band === undefined) {
    const factor = new Decimal(bands[chosen]?.factor ?? '1');
    band = { factor, text: factor.toFixed(), lessOne: factor.minus(1).toFixed() };
    read.factor[chosen] = band;
  }
  return band;
}
