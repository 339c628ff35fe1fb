import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BtydSummaries, safeParseBtydSummaries } from '../../../../../src/grading/lifetime';
import { parseSummaries } from '../../../../../src/grading/lifetime/_lib/data/parseSummaries';

const outcome = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    const e = error as { code: string; path: unknown; value: unknown };
    return [e.code, e.path, e.value];
  }
};

describe('parseSummaries', () => {
  it("reports the schema's error, path and value for a bad row", () => {
    const rows = [
      { frequency: 1, recency: 2, T: 3 },
      { frequency: 0, recency: 2, T: 3 },
    ];
    const expected = safeParseBtydSummaries(rows);
    expect(outcome(() => parseSummaries(rows))).toEqual(
      expected.success ? 'ok' : [expected.error.code, expected.error.path, expected.error.value],
    );
  });
});

describe('properties', () => {
  const anything = fc.oneof(
    fc.double(),
    fc.integer({ min: -3, max: 60 }),
    fc.constantFrom(undefined, null, '2', Number.NaN, Number.POSITIVE_INFINITY, -0, 0, 1.5),
  );
  const row = fc.oneof(
    fc.record(
      {
        id: fc.oneof(fc.string(), fc.double()),
        frequency: anything,
        recency: anything,
        T: anything,
        monetaryValue: anything,
      },
      { requiredKeys: ['frequency', 'recency', 'T'] },
    ),
    fc.constantFrom(null, [], 'row', 3),
  );

  it('accepts exactly what the BtydSummaries schema accepts, with the same first error', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const schema = BtydSummaries.safeParse(rows).success;
        const fast = outcome(() => parseSummaries(rows));
        expect(fast === 'ok').toBe(schema);
        if (!schema) {
          const expected = safeParseBtydSummaries(rows);
          expect(fast).toEqual(
            expected.success
              ? 'ok'
              : [expected.error.code, expected.error.path, expected.error.value],
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
