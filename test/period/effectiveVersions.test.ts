import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWith, safeParseWith } from '../../src/errors';
import { EffectiveDated, effectiveVersions } from '../../src/period';

const Target = EffectiveDated.extend({ amount: z.string() });
const Targets = effectiveVersions(Target);

describe('EffectiveDated', () => {
  it('is a fragment to extend, with an optional exclusive effectiveTo', () => {
    expect(Target.parse({ effectiveFrom: '2026-01-01', amount: '100' })).toEqual({
      effectiveFrom: '2026-01-01',
      amount: '100',
    });
    const error = safeParseWith(Target, { effectiveFrom: '2026-02-30', amount: '1' });
    expect(error.success ? null : [error.error.code, error.error.path]).toEqual([
      'INVALID_DATE',
      ['effectiveFrom'],
    ]);
  });
});

describe('effectiveVersions', () => {
  it('parses a valid history and keeps the caller’s order', () => {
    const input = [
      { effectiveFrom: '2026-07-01', amount: '120' },
      { effectiveFrom: '2026-01-01', effectiveTo: '2026-07-01', amount: '100' },
    ];
    expect(parseWith(Targets, input)).toEqual(input);
  });

  it('turns an overlap into OVERLAPPING_VERSIONS with the path of the offending version', () => {
    const plan = z.object({ targets: Targets });
    const result = safeParseWith(plan, {
      targets: [
        { effectiveFrom: '2026-01-01', amount: '100' },
        { effectiveFrom: '2026-01-01', amount: '120' },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('OVERLAPPING_VERSIONS');
      expect(result.error.path).toEqual(['targets', 1]);
      expect(result.error.value).toEqual({ effectiveFrom: '2026-01-01', amount: '120' });
    }
  });

  it('turns a reversed version into INVALID_DATE_RANGE', () => {
    const result = safeParseWith(Targets, [
      { effectiveFrom: '2026-05-01', effectiveTo: '2026-04-01', amount: '1' },
    ]);
    expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
      'INVALID_DATE_RANGE',
      [0, 'effectiveTo'],
    ]);
  });
});
