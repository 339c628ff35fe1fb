import { describe, expect, it } from 'vitest';
import { parseNum } from '../../../../src/commission/_lib/exact/num';
import { tierNums } from '../../../../src/commission/_lib/pricing/TierNum';
import { unitTierDelta } from '../../../../src/commission/_lib/pricing/unitTierDelta';
import { scaledText } from '../../../../src/money/_lib/scaled/scaledText';

// Quota 100 units: 0–80 % at 2 %, 80–100 % at 4 %, 100 %+ at 6 % (bounds already in units).
const tiers = tierNums(
  [
    { from: '0', to: '80', rate: '0.02' },
    { from: '80', to: '100', rate: '0.04' },
    { from: '100', to: null, rate: '0.06' },
  ],
  'auto',
);
const n = (text: string) => parseNum(text, 'auto');
const at = (u0: string, u1: string, m0: string, m1: string) => ({
  unitsBefore: n(u0),
  unitsAfter: n(u1),
  moneyBefore: n(m0),
  moneyAfter: n(m1),
});

describe('unitTierDelta (internal)', () => {
  it('marginal: a line crossing 80 % splits its money by units (35 units for 700: 400 × 2 % + 300 × 4 %)', () => {
    const delta = unitTierDelta(tiers, 'marginal', at('60', '95', '600', '1300'));
    expect(scaledText(delta.commission)).toBe('20');
    expect(delta.slices.map((s) => [scaledText(s.amount), scaledText(s.commission)])).toEqual([
      ['400', '8'],
      ['300', '12'],
    ]);
  });

  it('marginal: a line of 0 units pays its money at the rate of the tier it lies in', () => {
    const delta = unitTierDelta(tiers, 'marginal', at('85', '85', '900', '910'));
    expect(scaledText(delta.commission)).toBe('0.4');
  });

  it('whole: the rate at the units after pays on all the money, less what was paid before', () => {
    const delta = unitTierDelta(tiers, 'whole', at('60', '95', '600', '1300'));
    expect(scaledText(delta.commission)).toBe('40');
    expect(delta.slices.map((s) => s.kind)).toEqual(['slice', 'retro']);
  });
});
