import { describe, expect, it } from 'vitest';
import { fxStep } from '../../../../src/commission/_lib/explain/creditSteps';
import { coreCatalog, renderStep } from '../../../../src/explain';
import { Decimal } from '../../../../src/money';

const inverted = (stored: string) => ({
  base: 'USD',
  quote: 'EUR',
  rate: new Decimal(1).div(stored).toFixed(),
  method: 'on-or-before' as const,
  date: '2026-07-14',
  source: 'ECB',
  inverted: true,
});

describe('fxStep', () => {
  it('shows an inverted rate as 1 ÷ the stored rate, not as its 40 digits', () => {
    const step = fxStep(inverted('1.085'), '1822.8', 'USD');
    expect(step.code).toBe('money.fx.convert.inverse');
    expect(step.params.inverse).toBe('1.085');
    expect(step.params.rate).toBe(new Decimal(1).div('1.085').toFixed());
    expect(renderStep(step, { locale: 'en', catalog: coreCatalog })).toContain('at 1 ÷ 1.085');
    expect(renderStep(step, { locale: 'zh-CN', catalog: coreCatalog })).toContain('1.085 的倒数');
  });

  it('keeps the inverted rate itself when no short stored rate gives it back', () => {
    const quote = { ...inverted('1.085'), rate: '0.12345678901234567890123' };
    const step = fxStep(quote, '100', 'USD');
    expect(step.code).toBe('money.fx.convert');
    expect(step.params.rate).toBe('0.12345678901234567890123');
  });

  it('a rate as stored is shown as it is', () => {
    const step = fxStep({ ...inverted('1.085'), rate: '1.085', inverted: false }, '100', 'EUR');
    expect(step.code).toBe('money.fx.convert');
    expect(step.params.result).toBe('108.5');
  });
});
