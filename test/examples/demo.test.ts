import { Decimal } from 'crm-rules/money';
import { describe, expect, it } from 'vitest';
import { demo } from '../../examples/demo';

const amountsIn = (line: string) =>
  [...line.matchAll(/([\d,]+\.\d+) (USD|CNY)/g)].map(
    (m) => new Decimal((m[1] as string).replaceAll(',', '')),
  );

describe('npm run demo', () => {
  const lines = demo();

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
});
