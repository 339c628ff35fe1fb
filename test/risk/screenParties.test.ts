import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildScreeningList,
  type Finding,
  matchScore,
  type ScreeningList,
  ScreeningPolicy,
  safeScreenParties,
  screenParties,
} from '../../src/risk';
import { scoreText } from '../../src/risk/_lib/screening/findings/matchFinding';
import { prepareName } from '../../src/risk/_lib/screening/names/prepareName';
import { scoreNames } from '../../src/risk/_lib/screening/names/scoreNames';
import { indexOf } from '../../src/risk/buildScreeningList';
import { screeningCase } from './_support/screeningNames';

const LIST = [
  {
    id: 'SDN-1',
    name: 'Zarvex Petroleum Trading LLC',
    source: 'OFAC SDN',
    type: 'organisation',
    program: 'IRAN',
  },
  {
    id: 'SDN-2',
    name: 'Ivan Petrovich Sidorov',
    aliases: ['Sidorov Ivan'],
    source: 'EU FSF',
    type: 'person',
    country: 'RU',
  },
  { id: 'SDN-3', name: '华星贸易有限公司', source: 'UN', type: 'organisation' },
  { id: 'SDN-4', name: 'Société Maritime Ölberg S.A.', source: 'UN', type: 'organisation' },
  { id: 'SDN-5', name: 'Nordic Global Holdings AB', source: 'OFAC SDN', type: 'organisation' },
] as const;
const list = buildScreeningList(LIST);

const hits = (findings: Finding[]) =>
  findings.map((f) => `${f.subject.id}→${f.evidence.entryId}:${f.severity}`);

describe('screenParties', () => {
  it.each([
    ['a typo and another legal form', 'ZARVEX Petrolium Trading Co., Ltd.', 'SDN-1'],
    ['swapped tokens', 'Trading Zarvex Petroleum', 'SDN-1'],
    ['spacing', 'Zar Vex Petroleum Trading', 'SDN-1'],
    ['an alias', 'Sidorov, Ivan', 'SDN-2'],
    ['a Chinese legal form', '华星贸易公司', 'SDN-3'],
    ['diacritics and case', 'SOCIETE MARITIME OLBERG', 'SDN-4'],
  ])('finds %s', (_, name, entryId) => {
    const findings = screenParties([{ id: 'P', name }], list);
    expect(findings.map((f) => f.evidence.entryId)).toContain(entryId);
  });

  it('gives the evidence and a message in either language', () => {
    const [finding] = screenParties([{ id: 'C-9', name: 'Zarvex Petroleum Trading' }], list, {
      locale: 'zh-CN',
    });
    expect(finding).toMatchObject({
      code: 'screening.denied-party.match',
      severity: 'block',
      subject: { kind: 'customer', id: 'C-9' },
      evidence: {
        party: 'Zarvex Petroleum Trading',
        partyNormalised: 'zarvex petroleum trading',
        entryId: 'SDN-1',
        entryName: 'Zarvex Petroleum Trading LLC',
        entryNormalised: 'zarvex petroleum trading',
        alias: false,
        source: 'OFAC SDN',
        program: 'IRAN',
        score: '1.0000',
        threshold: '0.85',
        blockAt: '0.95',
      },
      message:
        'Zarvex Petroleum Trading 与 OFAC SDN 名单上的 Zarvex Petroleum Trading LLC（SDN-1）相符，匹配得分 1.0000（阈值 0.85）',
    });
  });

  it('warns between the threshold and blockAt, blocks from blockAt, ignores below', () => {
    const name = 'Nordic Global Holding';
    const score = matchScore(name, 'Nordic Global Holdings AB');
    expect(score).toBeGreaterThan(0.9);
    expect(score).toBeLessThan(1);
    const at = (threshold: number, blockAt: number) =>
      hits(screenParties([{ id: 'P', name }], list, { threshold, blockAt }));
    expect(at(0.9, 1)).toEqual(['P→SDN-5:warning']);
    expect(at(0.9, score)).toEqual(['P→SDN-5:block']);
    expect(at(Math.min(1, score + 1e-9), 1)).toEqual([]);
  });

  it('takes a parsed ScreeningPolicy as options', () => {
    const policy = ScreeningPolicy.parse({
      effectiveFrom: '2026-01-01',
      threshold: '0.9',
      blockAt: '0.995',
    });
    expect(hits(screenParties([{ id: 'P', name: 'Nordic Global Holding' }], list, policy))).toEqual(
      ['P→SDN-5:warning'],
    );
  });

  it('reports nothing for unrelated names', () => {
    expect(
      screenParties(
        [
          { id: 'A', name: 'Hamburg Pumpen GmbH' },
          { id: 'B', name: 'Trading' },
        ],
        list,
      ),
    ).toEqual([]);
  });

  it('refuses bad input with coded errors and paths', () => {
    expect(safeScreenParties([], {} as ScreeningList)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['list'] },
    });
    expect(safeScreenParties([{ id: 'P', name: '' }], list)).toMatchObject({
      success: false,
      error: { path: ['parties', 0, 'name'] },
    });
    expect(
      safeScreenParties([{ id: 'P', name: 'x', kind: 'vendor' as never }], list),
    ).toMatchObject({
      success: false,
      error: { path: ['parties', 0, 'kind'] },
    });
    expect(safeScreenParties([], list, { threshold: 1.5 })).toMatchObject({
      success: false,
      error: { path: ['options', 'threshold'] },
    });
    expect(safeScreenParties([], list, { threshold: 0.9, blockAt: 0.8 })).toMatchObject({
      success: false,
      error: { path: ['options', 'blockAt'] },
    });
    expect(safeScreenParties([], list, { locale: 'fr' as never })).toMatchObject({
      success: false,
      error: { path: ['options', 'locale'] },
    });
  });
});

const WORDS = [
  'zarvex',
  'petroleum',
  'nordic',
  'ivan',
  'sidorov',
  'maritime',
  'olberg',
  'kolmira',
  'trading',
  'global',
];
const partyNames = fc.array(
  fc
    .array(fc.constantFrom(...WORDS, 'Ltd', 'GmbH', 'Trdng', 'Zarvx'), {
      minLength: 1,
      maxLength: 4,
    })
    .map((w) => w.join(' ')),
  { maxLength: 8 },
);

describe('properties', () => {
  it('gives the same findings whatever the order of the parties and of the list', () => {
    fc.assert(
      fc.property(partyNames, fc.infiniteStream(fc.nat()), (names, random) => {
        const parties = names.map((name, i) => ({ id: `P${i % 3}`, name }));
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x) => [random.next().value as number, x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const again = screenParties(shuffle(parties), buildScreeningList(shuffle(LIST)), {
          threshold: 0.7,
        });
        expect(again).toEqual(screenParties(parties, list, { threshold: 0.7 }));
      }),
      { numRuns: 40 },
    );
  });

  it('reports the exact matchScore of the matched name, never below the threshold', () => {
    fc.assert(
      fc.property(partyNames, (names) => {
        const parties = names.map((name, i) => ({ id: `P${i}`, name }));
        for (const finding of screenParties(parties, list, { threshold: 0.7 })) {
          const score = matchScore(
            String(finding.evidence.party),
            String(finding.evidence.entryName),
          );
          expect(finding.evidence.score).toBe(score.toFixed(10).slice(0, -6));
          expect(score).toBeGreaterThanOrEqual(0.7);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('finds a list name after one typo, a swap, a legal form or a removed space', () => {
    const perturb = fc.oneof(
      fc.tuple(fc.nat(), fc.nat()).map(([at, c]) => (name: string) => {
        const i = 1 + (at % (name.length - 1));
        return name.slice(0, i) + 'xqzk'[c % 4] + name.slice(i + 1);
      }),
      fc.constant((name: string) => name.split(' ').reverse().join(' ')),
      fc.constant((name: string) => `${name} Co., Ltd.`),
      fc.constant((name: string) => name.replace(' ', '')),
    );
    fc.assert(
      fc.property(fc.constantFrom(...LIST.slice(0, 2), LIST[4]), perturb, (entry, change) => {
        const findings = screenParties([{ id: 'P', name: change(entry.name) }], list, {
          threshold: 0.8,
        });
        expect(findings.map((f) => f.evidence.entryId)).toContain(entry.id);
      }),
      { numRuns: 60 },
    );
  });
});

describe('properties against all pairs', () => {
  /** Party → entry → best score over the entry's names, every pair scored in full. */
  const allPairs = (
    parties: readonly { id: string; name: string }[],
    built: ScreeningList,
    threshold: number,
  ) => {
    const index = indexOf(built);
    const out: string[] = [];
    for (const party of parties) {
      const prepared = prepareName(party.name, index.rules, []);
      const best = new Map<string, number>();
      for (const listName of index.names) {
        const score = scoreNames(prepared, listName.prepared).score;
        const id = built.entries[listName.entry]?.id as string;
        if (score >= threshold && score > (best.get(id) ?? -1)) best.set(id, score);
      }
      for (const [id, score] of best) out.push(`${party.id}→${id}:${scoreText(score)}`);
    }
    return out.sort();
  };
  const fast = (findings: Finding[]) =>
    findings.map((f) => `${f.subject.id}→${f.evidence.entryId}:${f.evidence.score}`).sort();

  it('equals the all-pairs screen: the same pairs with the same scores, at any threshold', () => {
    fc.assert(
      fc.property(
        screeningCase,
        fc.oneof(
          fc.constantFrom(0.5, 0.7, 0.8, 0.85, 0.875, 0.9, 0.95, 1),
          fc.double({ min: 0.3, max: 1, noNaN: true }),
        ),
        ([names, partyNames], threshold) => {
          const built = buildScreeningList(
            names.map((n, i) => ({
              id: `E${String(i).padStart(2, '0')}`,
              name: n,
              // Some entries hold a second name: the best of an entry's names is reported.
              aliases: i % 3 === 0 ? [names[(i + 1) % names.length] as string] : [],
              source: 'S',
              type: 'organisation' as const,
            })),
          );
          const parties = partyNames.map((n, i) => ({ id: `P${i}`, name: n }));
          const found = fast(screenParties(parties, built, { threshold, blockAt: 1 }));
          expect(found).toEqual(allPairs(parties, built, threshold));
        },
      ),
      { numRuns: 100 },
    );
  });
});
