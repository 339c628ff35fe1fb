import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickAssignment } from '../../../../src/commission/_lib/input/quickAssignment';
import { PayeeAssignment } from '../../../../src/commission/model/PayeeAssignment';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const id = fc.constantFrom('AM-1', 'bench', '', ' ', '__proto__', 'constructor', 'a\u0000b', 7);
const date = fc.constantFrom('2026-01-01', '2026-02-30', '2026-1-1', '', null);
const currency = fc.constantFrom('USD', 'CNY', 'usd', 'XXX', 'ZZZ', 1, undefined);
const amount = fc.constantFrom('40000', '0.01', '+5', '0', '-0', '-3', '1e3', '0.0', 40000, '');
const quota = fc.oneof(
  fc.record({ amount, currency }, { requiredKeys: [] }),
  fc.record({ amount, currency, extra: fc.constant(1) }),
  fc.constantFrom(null, 'x', []),
);
const assignment = fc.oneof(
  fc.record(
    {
      payeeId: id,
      planId: id,
      effectiveFrom: date,
      effectiveTo: date,
      role: fc.constantFrom('AM', ''),
      currency,
      quota,
      quotas: fc.constant([]),
      other: fc.constant(1),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    payeeId: fc.constant('AM-1'),
    planId: fc.constant('bench'),
    effectiveFrom: fc.constant('2026-01-01'),
    currency: maybe(fc.constant('CNY')),
    quota: fc.constant({ amount: '40000', currency: 'USD' }),
  }),
);

describe('quickAssignment (internal)', () => {
  it('reads the common assignment as the schema does', () => {
    const raw = {
      payeeId: 'AM-00001',
      planId: 'bench',
      effectiveFrom: '2026-01-01',
      currency: 'USD',
      quota: { amount: '40000', currency: 'USD' },
    };
    const quick = quickAssignment(raw);
    expect(quick).not.toBeNull();
    expect(JSON.stringify(quick)).toBe(JSON.stringify(PayeeAssignment.parse(raw)));
  });

  describe('properties', () => {
    it('is the schema’s output (keys in order) whenever it reads one, else null', () => {
      fc.assert(
        fc.property(assignment, (raw) => {
          const quick = quickAssignment(raw);
          if (quick === null) return;
          const parsed = PayeeAssignment.safeParse(raw);
          expect(parsed.success).toBe(true);
          expect(quick).toStrictEqual(parsed.data);
          expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
        }),
        { numRuns: 2000 },
      );
    });
  });
});
