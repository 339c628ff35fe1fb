import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireVersionAt, versionAt } from '../../src/period';
import { expectError, inForceOracle, utcDate, utcDay, versionsArb } from './_support';

const rates = [
  { rate: '0.05', effectiveFrom: '2026-07-01' },
  { rate: '0.04', effectiveFrom: '2026-01-01' },
  { rate: '0.06', effectiveFrom: '2027-01-01', effectiveTo: '2027-04-01' },
];

describe('versionAt', () => {
  it('picks the version in force: open versions run until the next one starts', () => {
    expect(versionAt(rates, '2026-01-01')?.rate).toBe('0.04');
    expect(versionAt(rates, '2026-06-30')?.rate).toBe('0.04');
    expect(versionAt(rates, '2026-07-01')?.rate).toBe('0.05');
    expect(versionAt(rates, '2026-12-31')?.rate).toBe('0.05');
    expect(versionAt(rates, '2027-03-31')?.rate).toBe('0.06');
  });

  it('returns null before the first version, in gaps and after a closed last version', () => {
    expect(versionAt(rates, '2025-12-31')).toBeNull();
    expect(versionAt(rates, '2027-04-01')).toBeNull();
    expect(
      versionAt(
        [
          { effectiveFrom: '2026-01-01', effectiveTo: '2026-02-01' },
          { effectiveFrom: '2026-03-01' },
        ],
        '2026-02-15',
      ),
    ).toBeNull();
    expect(versionAt([], '2026-01-01')).toBeNull();
  });

  it('requireVersionAt throws NO_VERSION_IN_FORCE when nothing applies', () => {
    expect(requireVersionAt(rates, '2026-08-01').rate).toBe('0.05');
    expectError(
      () => requireVersionAt(rates, '2025-06-30', ['plan', 'versions']),
      'NO_VERSION_IN_FORCE',
      ['plan', 'versions'],
      '2025-06-30',
    );
  });

  describe('bad input', () => {
    it('refuses a malformed date and overlapping versions', () => {
      expectError(() => versionAt(rates, '2026-02-30'), 'INVALID_DATE', ['date'], '2026-02-30');
      expectError(
        () => versionAt([...rates, { rate: '0.07', effectiveFrom: '2026-07-01' }], '2026-01-01'),
        'OVERLAPPING_VERSIONS',
        [3],
      );
    });
  });

  describe('properties', () => {
    it('agrees with the definition on every day', () => {
      fc.assert(
        fc.property(versionsArb, fc.integer({ min: -20, max: 450 }), (versions, offset) => {
          const day = utcDate(utcDay('2026-01-01') + offset);
          expect(versionAt(versions, day)).toBe(inForceOracle(versions, day));
        }),
      );
    });
  });
});
