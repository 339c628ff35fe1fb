import { Decimal } from 'crm-rules/money';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeQuarter } from '../../examples/closeQuarter';
import { demo } from '../../examples/demo';

const amountsIn = (line: string) =>
  [...line.matchAll(/([\d,]+\.\d+) (USD|CNY)/g)].map(
    (m) => new Decimal((m[1] as string).replaceAll(',', '')),
  );

// One close of the sample export trader (about 10 s on a loaded host), shared by the demo tests.
const close = closeQuarter('2026-Q3');

describe('npm run demo', () => {
  let lines: string[] = [];
  beforeAll(async () => {
    lines = await demo('en', close);
  }, 120_000);

  it('prints a credit split whose parts add up to the order total', () => {
    const total = amountsIn(lines.find((l) => l.startsWith('Order total')) ?? '')[0];
    const parts = amountsIn(lines.find((l) => l.startsWith('Credit split')) ?? '');
    expect(parts).toHaveLength(2);
    expect(total && parts[0]?.plus(parts[1] ?? 0).eq(total)).toBe(true);
  });

  it('prints the converted commission with the rate and the date it used', () => {
    const line = lines.find((l) => l.startsWith('In CNY')) ?? '';
    const commission = amountsIn(lines.find((l) => l.startsWith('Commission 4 %')) ?? '')[0];
    expect(line).toMatch(/at 7\.1405 \(PBOC central parity, 2026-07-15\)/);
    // Converted before rounding, so it differs from (rounded USD × rate) by at most 0.005 × rate + 0.005.
    const bound = new Decimal('0.005').times('7.1405').plus('0.005');
    expect(
      commission && amountsIn(line)[0]?.minus(commission.times('7.1405')).abs().lte(bound),
    ).toBe(true);
  });

  it('explains the key-customer rule in English and Chinese, and shows a typed error for a float', () => {
    expect(lines.some((l) => l.includes('yearsAsCustomer ≥ 3 ✗ (was 2)'))).toBe(true);
    expect(lines.some((l) => l.includes('yearsAsCustomer 大于或等于 3 ✗'))).toBe(true);
    expect(lines.find((l) => l.startsWith('Bad input'))).toMatch(
      /INVALID_AMOUNT at orders\[7\]\.total\.amount/,
    );
  });

  it("assigns the sample export trader's 600 customers: none left out, counts within 1", () => {
    const at = lines.findIndex((l) => l.startsWith('Account assignment'));
    const summary = lines[at + 2] ?? '';
    expect(summary).toMatch(/^600 customers, 12 managers; moved \d+, unplaceable 0$/);
    const loads = lines
      .slice(at + 3)
      .map((l) => /^ {2}AM-\d+ {2}(\d+) → (\d+) customers$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(loads).toHaveLength(12);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect([sum(loads.map(([b]) => b)), sum(loads.map(([, a]) => a))]).toEqual([600, 600]);
    // The leaver (AM-04, left 2026-08-14) serves nobody; everyone else within the tolerance of 1.
    const active = loads.map(([, a]) => a).filter((a) => a > 0);
    expect([active.length, Math.max(...active) - Math.min(...active)]).toEqual([11, 1]);
  });
});
