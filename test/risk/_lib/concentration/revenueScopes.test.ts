import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseWith } from '../../../../src/errors';
import { Decimal } from '../../../../src/money';
import {
  ConcentrationPolicy,
  type ConcentrationReport,
  type Finding,
  type ManagerConcentration,
  measureConcentration,
  RevenueRow,
  safeMeasureConcentration,
} from '../../../../src/risk';
import { scopeFindings } from '../../../../src/risk/_lib/concentration/concentrationFindings';
import { concentrationOf } from '../../../../src/risk/_lib/concentration/concentrationOf';
import { managerFindings } from '../../../../src/risk/_lib/concentration/managerFindings';
import { compareFindings } from '../../../../src/risk/_lib/findings/makeFinding';

const POLICY = {
  effectiveFrom: '2026-01-01',
  topN: 2,
  topShareWarnPercent: '50',
  hhiWarn: '1500',
  hhiBlock: '2500',
  managerShareWarnPercent: '40',
  maxCustomersPerManager: 3,
};

/** The simple reference: every row parsed by the schema and added up as a decimal, row by row. */
function reference(rows: readonly unknown[]): ConcentrationReport {
  const policy = ConcentrationPolicy.parse(POLICY);
  const add = (sums: Map<string, Decimal>, key: string, amount: Decimal) =>
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(amount));
  const byCustomer = new Map<string, Decimal>();
  const byManager = new Map<string, Map<string, Decimal>>();
  for (const raw of rows) {
    const row = RevenueRow.parse(raw);
    add(byCustomer, row.customerId, new Decimal(row.amount));
    const book = byManager.get(row.managerId) ?? new Map<string, Decimal>();
    add(book, row.customerId, new Decimal(row.amount));
    byManager.set(row.managerId, book);
  }
  const company = concentrationOf(byCustomer, policy.topN, 'USD');
  const subject = { kind: 'company', id: 'company' } as const;
  const findings: Finding[] = scopeFindings(subject, company.figures, company.sums, policy);
  const managers: ManagerConcentration[] = [];
  for (const managerId of [...byManager.keys()].sort()) {
    const book = byManager.get(managerId) as Map<string, Decimal>;
    const own = concentrationOf(book, policy.topN, 'USD');
    const manager = managerFindings(managerId, book.size, own, company.sums.total, policy);
    managers.push({ ...own.figures, managerId, ...manager.figures });
    const scope = { kind: 'account-manager', id: managerId } as const;
    findings.push(...scopeFindings(scope, own.figures, own.sums, policy), ...manager.findings);
  }
  return {
    currency: 'USD',
    company: company.figures,
    managers,
    findings: findings.sort(compareFindings),
  };
}

// Whole cents (the integer path), integers, finer than a cent, near 2^53 cents, negative, signed.
const amount = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2)),
  },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 1_000 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 99_999 }).map((m) => `0.${String(m).padStart(5, '0')}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .bigInt({ min: 2n ** 51n, max: 2n ** 53n })
      .map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`),
  },
  {
    weight: 5,
    arbitrary: fc.integer({ min: 1, max: 500_000 }).map((c) => `-${(c / 100).toFixed(2)}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('+5', '-0', '0.10', '007.5', '1234567890123.45') },
);
const row = fc.record({
  customerId: fc.constantFrom('A', 'B', 'C', 'D', 'E', '客户-1', 'Zoë'),
  managerId: fc.constantFrom('M-1', 'M-2', 'M-3'),
  amount,
});

describe('concentration: the integer path against a simple decimal reference', () => {
  it('breaks ties among the top customers by customer id', () => {
    const rows = ['C', 'A', 'D', 'B'].map((customerId) => ({
      customerId,
      managerId: 'M-1',
      amount: customerId === 'D' ? '5.00' : '10.00',
    }));
    const report = measureConcentration(rows, POLICY, { currency: 'USD' });
    expect(report.company.top.map((t) => t.customerId)).toEqual(['A', 'B']);
    expect(report).toEqual(reference(rows));
  });

  it('gives the same report', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        expect(measureConcentration(rows, POLICY, { currency: 'USD' })).toEqual(reference(rows));
      }),
      { numRuns: 100 },
    );
  });
});

describe('concentration: rows read by the hand check fail exactly as the schema fails them', () => {
  const good = { customerId: 'C-1', managerId: 'M-1', amount: '10.00' };
  const odd = fc.oneof(
    fc.anything(),
    fc.constantFrom<unknown>(
      { ...good, extra: 1 },
      { customerId: 'C-1', managerId: 'M-1' },
      { ...good, amount: 10 },
      { ...good, amount: '1e3' },
      { ...good, amount: '.5' },
      { ...good, amount: '5.' },
      { ...good, amount: '' },
      { ...good, amount: '1'.repeat(41) },
      { ...good, customerId: '' },
      { ...good, customerId: '__proto__' },
      { ...good, managerId: 'constructor' },
      { ...good, customerId: 'a\u0000b' },
      { ...good, customerId: '\ud800' },
      { ...good, customerId: '客户' },
      { ...good, customerId: undefined },
      Object.assign(Object.create(null), good),
      Object.assign(Object.create({ inherited: 1 }), good),
      [good],
      null,
    ),
    fc.record(
      { customerId: fc.string(), managerId: fc.string(), amount: fc.string() },
      { requiredKeys: [] },
    ),
  );
  it('accepts what the schema accepts, and gives its error (code, path, message, value) otherwise', () => {
    fc.assert(
      fc.property(odd, (raw) => {
        const result = safeMeasureConcentration([good, raw], POLICY, { currency: 'USD' });
        const schema = safeParseWith(RevenueRow, raw, { path: ['rows', 1] });
        expect(result.success).toBe(schema.success);
        if (!result.success && !schema.success) {
          expect(result.error.code).toBe(schema.error.code);
          expect(result.error.path).toEqual(schema.error.path);
          expect(result.error.message).toBe(schema.error.message);
          expect(result.error.value).toEqual(schema.error.value);
        }
      }),
      { numRuns: 300 },
    );
  });
});
