import { describe, expect, it } from 'vitest';
import { editSimilarity } from '../../../../../src/risk/_lib/screening/names/editSimilarity';

describe('editSimilarity', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editSimilarity('acme', 'amce')).toBe(0.75);
    expect(editSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
  });

  it('is exact at or above the floor, and below it otherwise', () => {
    expect(editSimilarity('kitten', 'sitting', 0.5)).toBeCloseTo(1 - 3 / 7, 12);
    expect(editSimilarity('kitten', 'sitting', 0.9)).toBeLessThan(0.9);
  });
});
