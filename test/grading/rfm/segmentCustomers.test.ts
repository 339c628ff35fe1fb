import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RF_GRID, segmentCustomers } from '../../../src/grading/rfm';
import { limitExceeded, nestedAll } from '../../_support/limits';
import { thrown } from '../_support';

/**
 * The R×F segment map as the RFM notebooks write it (pandas `replace(seg_map, regex=True)` on the
 * "RF" string), used here as an independent oracle for the grid, which is data in the rules
 * language.
 */
const SEG_MAP: Array<[RegExp, string]> = [
  [/^[1-2][1-2]$/, 'hibernating'],
  [/^[1-2][3-4]$/, 'at-risk'],
  [/^[1-2]5$/, 'cannot-lose'],
  [/^3[1-2]$/, 'about-to-sleep'],
  [/^33$/, 'need-attention'],
  [/^[3-4][4-5]$/, 'loyal'],
  [/^41$/, 'promising'],
  [/^51$/, 'new'],
  [/^[4-5][2-3]$/, 'potential-loyalists'],
  [/^5[4-5]$/, 'champions'],
];

describe('segmentCustomers', () => {
  it('places all 25 (R, F) cells of the grid as the notebooks do', () => {
    const rows = [1, 2, 3, 4, 5].flatMap((r) =>
      [1, 2, 3, 4, 5].map((f) => ({ customerId: `${r}${f}`, r, f, m: 3 })),
    );
    const segments = segmentCustomers(rows);
    for (const [i, row] of rows.entries()) {
      const expected = SEG_MAP.filter(([pattern]) => pattern.test(row.customerId)).map(
        ([, name]) => name,
      );
      expect(expected).toHaveLength(1);
      expect(segments[i]?.segment).toBe(expected[0]);
    }
  });

  it('uses a custom table: the first rule that holds wins, else the default', () => {
    const table = {
      rules: [
        {
          segment: 'vip',
          when: {
            all: [
              { fact: 'r', operator: 'gte', value: 4 },
              { fact: 'm', operator: 'eq', value: 5 },
            ],
          },
        },
        { segment: 'recent', when: { fact: 'r', operator: 'gte', value: 4 } },
      ],
      default: 'rest',
    };
    const out = segmentCustomers(
      [
        { customerId: 'a', r: 5, f: 1, m: 5 },
        { customerId: 'b', r: 4, f: 1, m: 2 },
        { customerId: 'c', r: 1, f: 5, m: 5 },
      ],
      table,
    );
    expect(out.map((s) => [s.segment, s.rule])).toEqual([
      ['vip', 1],
      ['recent', 2],
      ['rest', null],
    ]);
    expect(out[0]?.trace.slice(0, 2)).toEqual([
      { code: 'grading.segment.custom', params: { segment: 'vip' } },
      { code: 'grading.segment.rule', params: { rule: 1, rules: 2 } },
    ]);
  });

  it('falls to other for scores outside 1–5 grids (4 bins have no 5)', () => {
    expect(segmentCustomers([{ customerId: 'x', r: 4, f: 4, m: 4 }])[0]?.segment).toBe('loyal');
    expect(segmentCustomers([{ customerId: 'x', r: 0, f: 0, m: 0 }])[0]?.segment).toBe('other');
  });

  it('refuses a table reading an unknown fact, and a bad segment id', () => {
    const unknown = thrown(() =>
      segmentCustomers([], {
        rules: [{ segment: 's', when: { fact: 'x', operator: 'eq', value: 1 } }],
        default: 'd',
      }),
    );
    expect([unknown.code, unknown.path]).toEqual([
      'UNKNOWN_FACT',
      ['table', 'rules', 0, 'when', 'fact'],
    ]);
    const id = thrown(() => segmentCustomers([], { rules: [], default: 'Rest Of World' }));
    expect([id.code, id.path]).toEqual(['INVALID_INPUT', ['table', 'default']]);
  });

  describe('properties', () => {
    it('the grid is total and its cells do not overlap on 1–5 scores', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (r, f) => {
          const [result] = segmentCustomers([{ customerId: 'x', r, f, m: 1 }]);
          expect(result?.rule).not.toBeNull();
          const holding = RF_GRID.rules.filter(
            (_, i) =>
              segmentCustomers([{ customerId: 'x', r, f, m: 1 }], {
                rules: [RF_GRID.rules[i]],
                default: 'none',
              })[0]?.segment !== 'none',
          );
          expect(holding).toHaveLength(1);
        }),
      );
    });
  });

  it('a rule nested 2,000 deep or a table of 100,000 rules → LIMIT_EXCEEDED (issue 13)', async () => {
    const leaf = { fact: 'r', operator: 'gte', value: 1 };
    const deep = { rules: [{ segment: 'deep', when: nestedAll(2_000, leaf) }] };
    const error = await limitExceeded(() => segmentCustomers([], deep));
    expect(error.path.slice(0, 5)).toEqual(['table', 'rules', 0, 'when', 'all']);
    const many = { rules: Array(100_000).fill({ segment: 'x', when: leaf }) };
    const rows = await limitExceeded(() => segmentCustomers([], many));
    expect([rows.path, rows.value]).toEqual([['table', 'rules'], 100_000]);
  });
});
