import { describe, expect, it } from 'vitest';
import { commissionExample } from '../../examples/commissionStatement';

/*
 * The example's totals, worked out by hand from its plan and invoices (2026-07):
 *
 * Anna (EUR): 60 % of 40,000 EUR = 24,000 EUR × 1.0850 = 26,040 USD; new customer pumps 7 %
 *   = 1,822.80 USD → EUR at 1 / 1.0850 = 1,680.00 EUR; volume 26,040 < 50,000 → 0.
 * Li (CNY): INV-01 pumps 3,000 USD × 7.1405 = 21,421.50; volume 50k–60k at 1 % = 100 USD →
 *   714.05; spares none; volume 60k–62.5k 25 USD → 178.51 (178.5125). INV-02 40 % = 16,000 EUR
 *   = 17,360 USD × 7 % = 1,215.20 USD × 7.1405 = 8,677.14; volume 62.5k–79.86k 173.60 USD →
 *   1,239.59. INV-03 valves 2,400 USD × 7.1520 = 17,164.80; volume 79.86k–150k at 1 % + 150k–
 *   159.86k at 2 % = 898.60 USD → 6,426.79. Total 55,822.38 CNY.
 * Zhang (CNY), 1 % override on the team's credit: 600 → 4,284.30; 25 → 178.51; 260.40 →
 *   1,859.39; 173.60 → 1,239.59; 800 × 7.1520 → 5,721.60. Total 13,283.39 CNY.
 */
describe('examples/commissionStatement', () => {
  const lines = commissionExample('en');
  const headline = (payee: string) => lines.find((line) => line.startsWith(payee));

  it('pays each payee what the plan gives by hand, in their own currency', () => {
    expect(headline('AM-ANNA')).toBe('AM-ANNA — 2026-07: payable 1,680.00 EUR');
    expect(headline('AM-LI')).toBe('AM-LI — 2026-07: payable 55,822.38 CNY');
    expect(headline('MGR-ZHANG')).toBe('MGR-ZHANG — 2026-07: payable 13,283.39 CNY');
  });

  it('shows the split, the tier slices and the rates with their sources', () => {
    const text = lines.join('\n');
    expect(text).toContain('24,000.00 EUR credited by the split (60% of the line)');
    expect(text).toContain('16,000.00 EUR credited by the split (40% of the line)');
    expect(text).toContain('at 7.1405 on 2026-07-01 (PBOC central parity)');
    expect(text).toContain('spare parts and services carry no commission');
  });

  it('explains the same statements in Chinese', () => {
    const zh = commissionExample('zh-CN').join('\n');
    expect(zh).toContain('AM-LI — 2026-07: 应付 55,822.38 CNY');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  describe('omitZeroRateLines', () => {
    const amounts = (lines: string[]) => lines.filter((line) => line.startsWith('  · '));
    const lean = commissionExample('en', { omitZeroRateLines: true });

    it('leaves out the commission-free and the 0 % lines, and only those', () => {
      const all = amounts(lines);
      expect(all.filter((line) => line.startsWith('  · 0.00 '))).toHaveLength(2);
      expect(amounts(lean)).toEqual(all.filter((line) => !line.startsWith('  · 0.00 ')));
      expect(lean.join('\n')).not.toContain('commission-free');
      expect(lean.join('\n')).not.toContain('at 0% = 0 USD\n      converted 0 USD');
    });

    it('keeps the headlines: the totals do not change', () => {
      for (const payee of ['AM-ANNA', 'AM-LI', 'MGR-ZHANG'])
        expect(lean.find((line) => line.startsWith(payee))).toBe(headline(payee));
    });

    it('is off by default', () => {
      expect(commissionExample('en', {})).toEqual(lines);
    });
  });
});
