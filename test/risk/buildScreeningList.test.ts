import { describe, expect, it } from 'vitest';
import { buildScreeningList, safeBuildScreeningList } from '../../src/risk';

const entry = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  source: 'OFAC SDN',
  type: 'organisation',
  ...extra,
});

describe('buildScreeningList', () => {
  it('parses the entries, sorts them by id and counts distinct normalised names', () => {
    const list = buildScreeningList([
      entry('B', 'Beta Shipping Ltd', { aliases: ['BETA SHIPPING', 'Beta Shpg'] }),
      entry('A', 'Alpha Trading'),
    ]);
    expect(list.entries.map((e) => e.id)).toEqual(['A', 'B']);
    expect(list.entries[1]?.aliases).toEqual(['BETA SHIPPING', 'Beta Shpg']);
    expect(list.names).toBe(3); // 'BETA SHIPPING' normalises like the name
  });

  it('refuses a malformed list with one coded error at the first problem, building nothing', () => {
    const cases: Array<[unknown, string, ReadonlyArray<string | number>]> = [
      [null, 'INVALID_INPUT', ['entries']],
      [[entry('A', 'Alpha'), entry('B', '')], 'INVALID_INPUT', ['entries', 1, 'name']],
      [[entry('A', 'Alpha', { kind: 'x' })], 'INVALID_INPUT', ['entries', 0, 'kind']],
      [[entry('A', 'Alpha', { type: 'company' })], 'INVALID_INPUT', ['entries', 0, 'type']],
      [[entry('A', 'Alpha', { country: 'XX' })], 'INVALID_INPUT', ['entries', 0, 'country']],
      [
        [entry('A', 'Alpha', { aliases: ['ok', 7] })],
        'INVALID_INPUT',
        ['entries', 0, 'aliases', 1],
      ],
      [[entry('A', 'Alpha'), entry('A', 'Beta')], 'INVALID_INPUT', ['entries', 1, 'id']],
      [[entry('A', 'x'.repeat(1001))], 'LIMIT_EXCEEDED', ['entries', 0, 'name']],
      [[{ id: 'A', name: 'Alpha', type: 'person' }], 'INVALID_INPUT', ['entries', 0, 'source']],
    ];
    for (const [input, code, path] of cases)
      expect(safeBuildScreeningList(input as unknown[])).toMatchObject({
        success: false,
        error: { code, path },
      });
  });

  it('reports a throwing transliterator at the name it failed on, in input order', () => {
    const transliterate = (text: string) => {
      if (text === 'Beta') throw new Error('no');
      return text;
    };
    expect(
      safeBuildScreeningList([entry('Z', 'Alpha'), entry('A', 'Beta')], {
        normalise: { transliterate },
      }),
    ).toMatchObject({ success: false, error: { path: ['entries', 1, 'name'] } });
  });
});
