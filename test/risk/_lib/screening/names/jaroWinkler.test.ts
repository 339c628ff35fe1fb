import { describe, expect, it } from 'vitest';
import { editSimilarity } from '../../../../../src/risk/_lib/screening/names/editSimilarity';
import { jaroWinkler } from '../../../../../src/risk/_lib/screening/names/jaroWinkler';

describe('jaroWinkler', () => {
  // W. E. Winkler, "String Comparator Metrics and Enhanced Decision Rules in the Fellegi-Sunter
  // Model of Record Linkage" (1990), table of examples; also the Wikipedia article's MARTHA case.
  it.each([
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
    ['JONES', 'JOHNSON', 0.8324],
  ])('%s / %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 4);
    expect(jaroWinkler(b, a)).toBe(jaroWinkler(a, b));
  });

  it('is 1 for equal strings and 0 with nothing in common', () => {
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'x')).toBe(0);
  });
});

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
