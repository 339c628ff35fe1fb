import { describe, expect, it } from 'vitest';
import { gradeExample } from '../../examples/gradeCustomers';

describe('examples/gradeCustomers', () => {
  // Expected grades worked out by hand from the example's transactions at 2026-06-30:
  // CN-HZ-001 has 5 purchases, 66,570.50 USD and 4+ years → key; DE-MH-014 first bought in
  // 2026 → potential; FR-LT-007 last bought 2023-08-22, over a year ago → dormant; US-AO-031
  // matches no rule (3 purchases) → the default, ordinary.
  it('grades each customer as worked out by hand', () => {
    const headlines = gradeExample('en').filter((line) => !line.startsWith(' '));
    expect(headlines).toEqual([
      'CN-HZ-001: key',
      'DE-MH-014: potential',
      'FR-LT-007: dormant',
      'US-AO-031: ordinary',
    ]);
  });

  it('gives reasons in both languages, with the net amount after the return', () => {
    expect(gradeExample('en').join('\n')).toContain('amount ≥ 40,000.00 USD ✓ (was 66,570.50 USD)');
    expect(gradeExample('zh-CN').join('\n')).toContain('等级：休眠客户');
  });
});
