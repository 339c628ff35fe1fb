import { describe, expect, it } from 'vitest';
import { findingMaker, makeFinding } from '../../../../src/risk/_lib/findings/makeFinding';

describe('findingMaker', () => {
  const evidence = {
    customerId: 'C-1',
    currency: 'USD',
    invoiceId: 'I-7',
    dueDate: '2026-01-31',
    oldestDays: '150',
    thresholdDays: '120',
    oldestOpen: '1200.00',
    overdue: '12345.60',
    open: '20000.00',
  };
  const trace = [{ code: 'risk.aging.oldest', params: { invoiceId: 'I-7', oldestDays: 150 } }];

  it('makes the finding makeFinding makes, message included', () => {
    const made = findingMaker('receivables.overdue.block')(
      'block',
      { kind: 'customer', id: 'C-1' },
      { ...evidence },
      [...trace],
    );
    expect(made).toEqual(
      makeFinding(
        'receivables.overdue.block',
        'block',
        { kind: 'customer', id: 'C-1' },
        evidence,
        trace,
      ),
    );
    expect(made.message).toBe(
      'the oldest open invoice I-7 is 150 days past due, more than 120 days (12,345.60 USD overdue)',
    );
  });

  it('falls back as makeFinding does: a missing parameter, a code the catalog lacks', () => {
    const { overdue: _, ...partial } = evidence;
    for (const code of ['receivables.overdue.warning', 'no.such.code'])
      expect(
        findingMaker(code)('info', { kind: 'customer', id: 'C-1' }, { ...partial }, []),
      ).toEqual(makeFinding(code, 'info', { kind: 'customer', id: 'C-1' }, partial, []));
  });
});
