import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod, versionsInForce } from '../../src/period';
import { daysOf, expectError, inForceOracle, neighbours, rangeArb, versionsArb } from './_support';

describe('versionsInForce', () => {
  const versions = [
    { name: 'b', effectiveFrom: '2026-02-15' },
    { name: 'a', effectiveFrom: '2025-07-01', effectiveTo: '2026-01-20' },
    { name: 'c', effectiveFrom: '2026-03-10', effectiveTo: '2026-03-20' },
  ];

  it('lists the versions overlapping a period, oldest first, each clipped to it', () => {
    expect(
      versionsInForce(versions, parsePeriod('2026-Q1')).map((v) => [
        v.version.name,
        v.index,
        v.range,
      ]),
    ).toEqual([
      ['a', 1, { start: '2026-01-01', end: '2026-01-20' }],
      ['b', 0, { start: '2026-02-15', end: '2026-03-10' }],
      ['c', 2, { start: '2026-03-10', end: '2026-03-20' }],
    ]);
  });

  it('ends an open version where the next starts, and lets an open last one run on', () => {
    // b has no effectiveTo but c follows it; c is closed: nothing is in force in 2027.
    expect(versionsInForce(versions, parsePeriod('2027'))).toEqual([]);
    const open = [{ effectiveFrom: '2026-02-15' }];
    expect(versionsInForce(open, parsePeriod('2027'))[0]?.range).toEqual({
      start: '2027-01-01',
      end: '2028-01-01',
    });
  });

  it('returns nothing for an empty range or no versions', () => {
    expect(versionsInForce(versions, { start: '2026-03-12', end: '2026-03-12' })).toEqual([]);
    expect(versionsInForce([], parsePeriod('2026'))).toEqual([]);
  });

  describe('bad input', () => {
    it('refuses a reversed range and overlapping versions', () => {
      expectError(
        () => versionsInForce(versions, { start: '2026-04-01', end: '2026-01-01' }),
        'INVALID_DATE_RANGE',
        ['range', 'end'],
      );
      expectError(
        () =>
          versionsInForce(
            [...versions, { name: 'd', effectiveFrom: '2026-01-01' }],
            parsePeriod('2026'),
            ['policy', 'versions'],
          ),
        'OVERLAPPING_VERSIONS',
        ['policy', 'versions', 3],
      );
    });
  });

  describe('properties', () => {
    it('covers exactly the days some version is in force, with that version, and never overlaps', () => {
      fc.assert(
        fc.property(versionsArb, rangeArb(200, '2025-12-01', '2026-12-01'), (list, range) => {
          const found = versionsInForce(list, range);
          const covered = found.flatMap(({ version, range: part }) =>
            daysOf(part).map((day) => [day, version.name] as const),
          );
          expect(new Set(covered.map(([day]) => day)).size).toBe(covered.length);
          const expected = daysOf(range).flatMap((day) => {
            const version = inForceOracle(list, day);
            return version === null ? [] : [[day, version.name] as const];
          });
          expect(covered).toEqual(expected);
          for (const [before, after] of neighbours(found))
            expect(after.range.start >= before.range.end).toBe(true);
          for (const { version, index } of found) expect(list[index]).toBe(version);
        }),
      );
    });
  });
});
