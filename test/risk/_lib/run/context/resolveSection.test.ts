import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../../../../../src/errors';
import { AgingPolicy, CreditPolicy, RiskPolicy } from '../../../../../src/risk';
import type { ResolvedSection } from '../../../../../src/risk/_lib/run/context/RunContext';
import { resolveSection } from '../../../../../src/risk/_lib/run/context/resolveSection';
import { sectionPolicy } from '../../../../../src/risk/_lib/run/context/sectionPolicy';
import type { CheckKey } from '../../../../../src/risk/_lib/run/policy/sectionSchemas';

// The run resolves each customer's section with one shared map per policy version, so customers
// with the same layers share one section object and its parsed policy: this checks the shared
// path against resolving and parsing afresh for every customer.
const policy = RiskPolicy.parse({
  effectiveFrom: '2026-01-01',
  checks: {
    credit: { warnAtPercent: '80', blockAtPercent: '100' },
    aging: {},
  },
  byCountryGroup: {
    latam: { credit: { warnAtPercent: '10', blockAtPercent: '20' } },
    'high-risk': {
      credit: { warnAtPercent: '50', blockAtPercent: '55' },
      aging: { warnAfterDays: 5 },
    },
  },
  byGrade: {
    A: { credit: { warnAtPercent: '120', blockAtPercent: '150' }, aging: { warnAfterDays: 10 } },
    C: { credit: { enabled: false } },
  },
});
const groups = [
  { id: 'latam', countries: ['VE', 'BR'] },
  { id: 'high-risk', countries: ['VE', 'IR'] },
];
const schemas = { credit: CreditPolicy, aging: AgingPolicy } as const;
const subject = fc.record({
  customer: fc.option(
    fc.record({
      id: fc.constant('C-1'),
      name: fc.constant('A'),
      ownerId: fc.constant('M-1'),
      country: fc.constantFrom('DE', 'VE', 'BR', 'IR'),
    }),
    { nil: undefined },
  ),
  grade: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
});

describe('resolveSection with a shared map', () => {
  describe('properties', () => {
    it('gives the sections and parsed policies that resolving afresh gives, one object per layers', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom<CheckKey>('credit', 'aging'), subject), {
            maxLength: 40,
          }),
          (asks) => {
            const shared = new Map<string, ResolvedSection | null>();
            const byLayers = new Map<string, ResolvedSection>();
            for (const [check, who] of asks) {
              const fresh = resolveSection(policy, check, groups, who);
              const got = resolveSection(policy, check, groups, who, shared);
              expect(got).toEqual(fresh);
              if (got === null || fresh === null) continue;
              const path = ['policy', 'checks', check];
              const schema = schemas[check as keyof typeof schemas];
              expect(sectionPolicy(got, schema, path)).toEqual(
                parseWith(schema, fresh.input, { path }),
              );
              const key = JSON.stringify([check, ...got.layers]);
              expect(got).toBe(byLayers.get(key) ?? got);
              byLayers.set(key, got);
            }
          },
        ),
        { numRuns: 100 },
      );
    });
  });

  it('parses a section once per schema, and words a bad section as parsing it would', () => {
    const section = { input: { effectiveFrom: '2026-01-01', warnAtPercent: '80' }, layers: [] };
    const path = ['policy', 'checks', 'credit'];
    const fresh = (() => {
      try {
        return parseWith(CreditPolicy, section.input, { path });
      } catch (error) {
        return error;
      }
    })();
    expect(() => sectionPolicy(section, CreditPolicy, path)).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        path: [...path, 'blockAtPercent'],
        message: (fresh as Error).message,
      }),
    );
    const good = {
      input: { effectiveFrom: '2026-01-01', warnAtPercent: '80', blockAtPercent: '100' },
      layers: ['base'],
    };
    const first = sectionPolicy(good, CreditPolicy, []);
    expect(sectionPolicy(good, CreditPolicy, [])).toBe(first);
    // Per schema: the same section read by another check's schema is that schema's business.
    expect(() => sectionPolicy(good, AgingPolicy, [])).toThrow(/unknown key/);
  });
});
