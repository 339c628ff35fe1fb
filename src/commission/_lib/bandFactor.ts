import { Decimal } from '../../money';
import type { MultiplierBand } from '../Modifier';

interface ReadBands {
  readonly from: Decimal[];
  readonly factor: Array<Decimal | undefined>;
}

// Band bounds read once per bands array of a parsed plan (the engine's own objects, never
// changed after parsing), each factor on first use.
const readBandsOf = new WeakMap<readonly MultiplierBand[], ReadBands>();

/**
 * Internal: `multiplierFactor` for the validated bands of a parsed plan at a decimal attainment,
 * reading each band's bounds once per plan instead of once per payee.
 */
export function bandFactor(bands: readonly MultiplierBand[], attainment: Decimal): Decimal {
  let read = readBandsOf.get(bands);
  if (read === undefined) {
    read = { from: bands.map((band) => new Decimal(band.from)), factor: [] };
    readBandsOf.set(bands, read);
  }
  let chosen = 0;
  for (let i = 0; i < bands.length; i += 1) if (attainment.gte(read.from[i] as Decimal)) chosen = i;
  let factor = read.factor[chosen];
  if (factor === undefined) {
    factor = new Decimal(bands[chosen]?.factor ?? '1');
    read.factor[chosen] = factor;
  }
  return factor;
}
