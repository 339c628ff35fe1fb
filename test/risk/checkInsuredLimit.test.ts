import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInsuredLimit,
  type PaymentTermsPolicyInput,
  safeCheckInsuredLimit,
} from '../../src/risk';

const customer = {
  id: 'C-1',
  name: 'Lyon Outils SA',
  country: 'FR',
  ownerId: 'AM-1',
  insuredLimit: { amount: '100000.00', currency: 'USD' },
};
const policy: PaymentTermsPolicyInput = {
  effectiveFrom: '2026-01-01',
  rules: [{ riskiestMethod: 'OA' }],
};

describe('checkInsuredLimit', () => {
  it('reports the uninsured part of the exposure, and passes at the limit', () => {
    const [finding] = checkInsuredLimit(customer, { amount: '120000', currency: 'USD' }, policy);
    expect(finding).toMatchObject({
      code: 'terms.insured-limit.exceeded',
      severity: 'warning',
      subject: { kind: 'customer', id: 'C-1' },
      evidence: {
        exposure: '120000.00',
        insuredLimit: '100000.00',
        uncovered: '20000.00',
        currency: 'USD',
      },
    });
    expect(checkInsuredLimit(customer, { amount: '100000', currency: 'USD' }, policy)).toEqual([]);
  });

  it('insures a customer without a limit for 0 and refuses another currency', () => {
    const { insuredLimit: _, ...bare } = customer;
    expect(
      checkInsuredLimit(bare, { amount: '0.01', currency: 'EUR' }, policy)[0]?.evidence.uncovered,
    ).toBe('0.01');
    expect(safeCheckInsuredLimit(customer, { amount: '1', currency: 'EUR' }, policy)).toMatchObject(
      {
        success: false,
        error: { code: 'CURRENCY_MISMATCH', path: ['exposure', 'currency'] },
      },
    );
  });

  describe('properties', () => {
    it('never passes an exposure above the insured limit', () => {
      fc.assert(
        fc.property(
          fc.bigInt({ min: 0n, max: 10n ** 12n }),
          fc.bigInt({ min: 0n, max: 10n ** 12n }),
          (cents, limit) => {
            const insured = {
              ...customer,
              insuredLimit: { amount: (Number(limit) / 100).toFixed(2), currency: 'USD' },
            };
            const exposure = {
              amount: `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`,
              currency: 'USD',
            };
            const insuredCents = BigInt(insured.insuredLimit.amount.replace('.', ''));
            expect(checkInsuredLimit(insured, exposure, policy).length).toBe(
              cents > insuredCents ? 1 : 0,
            );
          },
        ),
        { numRuns: 50 },
      );
    });
  });
});
