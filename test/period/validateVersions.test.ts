import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateVersions } from '../../src/period';
import { expectError, versionsArb } from './_support';

describe('validateVersions', () => {
  it('returns the versions sorted by effectiveFrom, gaps allowed', () => {
    const versions = [
      { id: 'c', effectiveFrom: '2026-10-01' },
      { id: 'a', effectiveFrom: '2026-01-01', effectiveTo: '2026-03-01' },
      { id: 'b', effectiveFrom: '2026-04-01', effectiveTo: '2026-10-01' },
    ];
    expect(validateVersions(versions).map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(versions.map((v) => v.id)).toEqual(['c', 'a', 'b']);
    expect(validateVersions([])).toEqual([]);
  });

  it('accepts an effectiveTo equal to the next effectiveFrom', () => {
    expect(
      validateVersions([
        { effectiveFrom: '2026-01-01', effectiveTo: '2026-07-01' },
        { effectiveFrom: '2026-07-01' },
      ]),
    ).toHaveLength(2);
  });

  describe('bad input', () => {
    it('refuses two versions with the same effectiveFrom, at the later one in the list', () => {
      expectError(
        () =>
          validateVersions(
            [
              { effectiveFrom: '2026-07-01' },
              { effectiveFrom: '2026-01-01' },
              { effectiveFrom: '2026-07-01', effectiveTo: '2026-08-01' },
            ],
            ['plan', 'versions'],
          ),
        'OVERLAPPING_VERSIONS',
        ['plan', 'versions', 2],
        { effectiveFrom: '2026-07-01', effectiveTo: '2026-08-01' },
      );
    });

    it('refuses an effectiveTo after the next effectiveFrom, at the version that starts inside', () => {
      expectError(
        () =>
          validateVersions([
            { effectiveFrom: '2026-04-01' },
            { effectiveFrom: '2026-01-01', effectiveTo: '2026-04-02' },
          ]),
        'OVERLAPPING_VERSIONS',
        [0],
        { effectiveFrom: '2026-04-01' },
      );
    });

    it('refuses an effectiveTo on or before effectiveFrom with INVALID_DATE_RANGE', () => {
      expectError(
        () => validateVersions([{ effectiveFrom: '2026-01-01', effectiveTo: '2026-01-01' }]),
        'INVALID_DATE_RANGE',
        [0, 'effectiveTo'],
        '2026-01-01',
      );
      expectError(
        () =>
          validateVersions([
            { effectiveFrom: '2026-01-01' },
            { effectiveFrom: '2026-05-01', effectiveTo: '2026-02-01' },
          ]),
        'INVALID_DATE_RANGE',
        [1, 'effectiveTo'],
        '2026-02-01',
      );
    });

    it('refuses invalid dates with INVALID_DATE', () => {
      expectError(
        () => validateVersions([{ effectiveFrom: '2026-02-30' }]),
        'INVALID_DATE',
        [0, 'effectiveFrom'],
        '2026-02-30',
      );
      expectError(
        () =>
          validateVersions([
            { effectiveFrom: '2026-01-01' },
            { effectiveFrom: '2026-03-01', effectiveTo: '2026-13-01' },
          ]),
        'INVALID_DATE',
        [1, 'effectiveTo'],
        '2026-13-01',
      );
    });
  });

  describe('properties', () => {
    it('accepts any valid history and returns it sorted, whatever the input order', () => {
      fc.assert(
        fc.property(versionsArb, (versions) => {
          const sorted = validateVersions(versions);
          expect(sorted.map((v) => v.name)).toEqual(
            versions.map((v) => v.name).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
          );
          expect(validateVersions([...versions].reverse())).toEqual(sorted);
        }),
      );
    });

    it('refuses a copy of any version’s effectiveFrom, at the copy', () => {
      fc.assert(
        fc.property(
          versionsArb.filter((v) => v.length > 0),
          fc.nat(),
          (versions, pick) => {
            const copy = {
              name: 'copy',
              effectiveFrom: (versions[pick % versions.length] as { effectiveFrom: string })
                .effectiveFrom,
            };
            expectError(
              () => validateVersions([...versions, copy]),
              'OVERLAPPING_VERSIONS',
              [versions.length],
              copy,
            );
          },
        ),
      );
    });
  });
});
