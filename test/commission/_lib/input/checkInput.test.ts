import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  closePeriod,
  closePeriodAsync,
  computeStatements,
  computeStatementsAsync,
  emptyCommissionState,
  estimateCommission,
  safeClosePeriod,
  safeComputeStatements,
} from '../../../../src/commission';
import { CrmRulesError } from '../../../../src/errors';
import { scenarioArbitrary } from '../../arbitraries';
import { input, invoice } from '../../fixtures';

/** The code and path of what `run` throws (an uncoded throw fails the test). */
function failure(run: () => unknown): [string, unknown[]] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof CrmRulesError)) throw error;
    return [error.code, [...error.path]];
  }
  throw new Error('expected a coded error');
}

async function failureAsync(run: () => Promise<unknown>): Promise<[string, unknown[]]> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof CrmRulesError)) throw error;
    return [error.code, [...error.path]];
  }
  throw new Error('expected a coded error');
}

/** A generator that yields the items once: a second read sees nothing. */
function* once<T>(items: readonly T[]): Generator<T> {
  yield* items;
}

const STREAMS = [
  'orders',
  'invoices',
  'payments',
  'creditNotes',
  'customers',
  'products',
  'fxRates',
] as const;

describe('the commission input is checked at every entry point (issue 13)', () => {
  it('safe forms return INVALID_INPUT for a missing input instead of throwing a TypeError', () => {
    const a = safeComputeStatements(null as never);
    const b = safeClosePeriod(emptyCommissionState(), null as never);
    expect([a.success, a.success ? null : [a.error.code, a.error.path]]).toEqual([
      false,
      ['INVALID_INPUT', ['input']],
    ]);
    expect(b.success ? null : [b.error.code, b.error.path]).toEqual(['INVALID_INPUT', ['input']]);
    expect(failure(() => estimateCommission(5 as never, {}))).toEqual(['INVALID_INPUT', ['input']]);
  });

  it('names the field when a document stream is not an array or iterable', () => {
    for (const field of STREAMS)
      for (const bad of [5, 'INV-1', { id: 'INV-1' }, null]) {
        const wrong = { ...input(), [field]: bad } as CommissionInput;
        const result = safeComputeStatements(wrong);
        expect(result.success ? null : [result.error.code, result.error.path]).toEqual([
          'INVALID_INPUT',
          [field],
        ]);
        expect(failure(() => closePeriod(emptyCommissionState(), wrong))).toEqual([
          'INVALID_INPUT',
          [field],
        ]);
        expect(failure(() => estimateCommission(wrong, {}))).toEqual(['INVALID_INPUT', [field]]);
      }
  });

  it('requires plans and assignments as arrays and the other lists as arrays when given', () => {
    for (const [field, value] of [
      ['plans', undefined],
      ['assignments', undefined],
      ['assignments', 5],
      ['payees', {}],
      ['splits', 'x'],
      ['kpiScores', 1],
      ['adjustments', null],
    ] as const)
      expect(failure(() => computeStatements({ ...input(), [field]: value } as never))).toEqual([
        'INVALID_INPUT',
        [field],
      ]);
  });

  it('refuses an options object that is not one, and deals that are not arrays', () => {
    expect(failure(() => computeStatements(input(), null as never))).toEqual([
      'INVALID_INPUT',
      ['options'],
    ]);
    expect(failure(() => closePeriod(emptyCommissionState(), input(), null as never))).toEqual([
      'INVALID_INPUT',
      ['options'],
    ]);
    expect(
      failure(() => closePeriod(emptyCommissionState(), input(), { recalculate: 5 as never })),
    ).toEqual(['INVALID_INPUT', ['recalculate']]);
    expect(
      failure(() =>
        closePeriod(emptyCommissionState(), input(), {
          recalculate: [{ input: null as never, closed: [] }],
        }),
      ),
    ).toEqual(['INVALID_INPUT', ['recalculate', 0, 'input']]);
    expect(failure(() => estimateCommission(input(), null as never))).toEqual([
      'INVALID_INPUT',
      ['deals'],
    ]);
    expect(failure(() => estimateCommission(input(), { invoices: 5 as never }))).toEqual([
      'INVALID_INPUT',
      ['deals', 'invoices'],
    ]);
  });

  it('the async entry points check the input before reading it; the sync ones refuse async streams', async () => {
    async function* invoices() {
      yield invoice('INV-1', 'AM-7', '2026-03-05', '1000.00');
    }
    expect(await failureAsync(() => computeStatementsAsync(null as never))).toEqual([
      'INVALID_INPUT',
      ['input'],
    ]);
    expect(
      await failureAsync(() =>
        closePeriodAsync(emptyCommissionState(), { ...input(), invoices: 5 as never }),
      ),
    ).toEqual(['INVALID_INPUT', ['invoices']]);
    expect(
      (await computeStatementsAsync({ ...input(), invoices: invoices() }))[0]?.totals.earned,
    ).toBe('40.00');
    expect(failure(() => estimateCommission({ ...input(), invoices: invoices() }, {}))).toEqual([
      'INVALID_INPUT',
      ['invoices'],
    ]);
  });
});

describe('estimateCommission reads each stream once (issue 13)', () => {
  it('a one-shot generator of invoices: the change is the new deal, not its sign flipped', () => {
    const base = input({ invoices: once([invoice('INV-1', 'AM-7', '2026-03-05', '1000.00')]) });
    const { changes, baseline } = estimateCommission(base, {
      invoices: [invoice('INV-2', 'AM-7', '2026-03-06', '500.00')],
    });
    expect(baseline[0]?.totals.earned).toBe('40.00');
    expect(changes.map((c) => [c.payeeId, c.earned, c.payable])).toEqual([
      ['AM-7', '20.00', '20.00'],
    ]);
  });

  it('one-shot generators for every stream give what arrays give', () => {
    const outcome = (run: () => unknown) => {
      try {
        return run();
      } catch (error) {
        if (error instanceof CrmRulesError) return [error.code, error.path];
        throw error;
      }
    };
    const deal = {
      invoices: [invoice('INV-WHAT-IF', 'AM-1', '2026-03-28', '12345.67')],
    };
    fc.assert(
      fc.property(scenarioArbitrary({ cash: true }), (scenario) => {
        const arrays = {
          ...scenario,
          products: [{ id: 'P-0', name: 'Pump', categoryId: 'PUMPS' }],
        } as CommissionInput;
        const streams = { ...arrays } as Record<string, unknown>;
        for (const field of STREAMS) {
          const items = arrays[field];
          if (Array.isArray(items)) streams[field] = once(items);
        }
        expect(
          outcome(() => estimateCommission(streams as unknown as CommissionInput, deal)),
        ).toEqual(outcome(() => estimateCommission(arrays, deal)));
      }),
      { numRuns: 6 },
    );
  }, 20_000);
});
