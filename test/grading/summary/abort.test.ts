import { describe, expect, it } from 'vitest';
import type { RunProgress } from '../../../src/errors';
import {
  ledgerOf,
  ledgerOfAsync,
  safeLedgerOf,
  safeSummarise,
  safeSummariseTransactions,
  safeSummariseTransactionsAsync,
  summariseTransactions,
  summariseTransactionsAsync,
} from '../../../src/grading/summary';

/** 20,000 transactions of 500 customers over 2025: a few reports per stage. */
const transactions = Array.from({ length: 20_000 }, (_, i) => ({
  customerId: `C-${String(i % 500).padStart(3, '0')}`,
  date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  amount: `${(i % 89) + 1}.${String(i % 100).padStart(2, '0')}`,
}));
const options = { currency: 'USD', end: '2025-12-31' } as const;

/** The stages in order; per stage `done` grows from 0 and the last report has `done === total`. */
function stagesOf(reports: readonly RunProgress[]): string[] {
  const stages = [...new Set(reports.map((r) => r.stage))];
  for (const stage of stages) {
    const mine = reports.filter((r) => r.stage === stage);
    expect(mine[0]?.done).toBe(0);
    for (let i = 1; i < mine.length; i += 1)
      expect(mine[i]?.done).toBeGreaterThanOrEqual(mine[i - 1]?.done as number);
    expect(mine.at(-1)?.total).toBe(mine.at(-1)?.done);
    expect(mine.length).toBeLessThanOrEqual(103);
  }
  return stages;
}

const codeOf = (result: {
  success: boolean;
  error?: { code: string; path: unknown; value: unknown };
}) => (result.success ? null : [result.error?.code, result.error?.path, result.error?.value]);

describe('summariseTransactions: signal and onProgress', () => {
  it('gives the same summaries with the options, reporting read then summarise', () => {
    const plain = summariseTransactions(transactions, options);
    const reports: RunProgress[] = [];
    const watched = summariseTransactions(transactions, {
      ...options,
      signal: new AbortController().signal,
      onProgress: (p) => reports.push(p),
    });
    expect(watched).toEqual(plain);
    expect(stagesOf(reports)).toEqual(['read', 'summarise']);
    expect(reports.filter((r) => r.stage === 'read').at(-1)).toEqual({
      stage: 'read',
      done: 20_000,
      total: 20_000,
    });
    expect(reports.at(-1)).toEqual({ stage: 'summarise', done: 500, total: 500 });
    // The same input, the same reports: no clock.
    const again: RunProgress[] = [];
    summariseTransactions(transactions, { ...options, onProgress: (p) => again.push(p) });
    expect(again).toEqual(reports);
  });

  it('stops with ABORTED when the signal is aborted mid-read (here from onProgress)', () => {
    const controller = new AbortController();
    let last: RunProgress | undefined;
    const result = safeSummariseTransactions(transactions, {
      ...options,
      signal: controller.signal,
      onProgress: (p) => {
        last = p;
        if (p.done >= 5000) controller.abort('enough');
      },
    });
    expect(codeOf(result)).toEqual(['ABORTED', ['options', 'signal'], 'enough']);
    expect(last).toMatchObject({ stage: 'read', total: 20_000 });
  });

  it('stops while summarising', () => {
    const controller = new AbortController();
    const result = safeSummarise(ledgerOf(transactions, { currency: 'USD' }), {
      end: '2025-12-31',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done > 0) controller.abort('enough');
      },
    });
    expect(codeOf(result)).toEqual(['ABORTED', ['options', 'signal'], 'enough']);
  });

  it('fails before any work with an already-aborted signal', () => {
    let pulled = 0;
    function* rows() {
      pulled += 1;
      yield transactions[0];
    }
    const reports: RunProgress[] = [];
    const signal = AbortSignal.abort('cancelled');
    const onProgress = (p: RunProgress) => reports.push(p);
    expect(codeOf(safeSummariseTransactions(rows(), { ...options, signal, onProgress }))).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'cancelled',
    ]);
    expect(codeOf(safeLedgerOf(rows(), { currency: 'USD', signal }))).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'cancelled',
    ]);
    const ledger = ledgerOf(transactions.slice(0, 10), { currency: 'USD' });
    expect(codeOf(safeSummarise(ledger, { end: '2025-12-31', signal }))?.[0]).toBe('ABORTED');
    expect([pulled, reports]).toEqual([0, []]);
  });

  it('still refuses unknown options and a wrong signal', () => {
    expect(
      codeOf(safeSummariseTransactions(transactions, { ...options, typo: 1 } as never))?.[1],
    ).toEqual(['options', 'typo']);
    expect(
      codeOf(safeSummariseTransactions(transactions, { ...options, signal: true } as never))?.slice(
        0,
        2,
      ),
    ).toEqual(['INVALID_INPUT', ['options', 'signal']]);
  });
});

describe('summariseTransactionsAsync: async streams', () => {
  it('stops between the items of an async stream', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* rows() {
      for (const row of transactions) {
        pulled += 1;
        if (pulled === 7) controller.abort('stop');
        yield row;
      }
    }
    const result = await safeSummariseTransactionsAsync(rows(), {
      ...options,
      signal: controller.signal,
    });
    expect(codeOf(result)).toEqual(['ABORTED', ['options', 'signal'], 'stop']);
    expect(pulled).toBe(7);
  });

  it('gives the same summaries with the options, the stream total given at its end', async () => {
    async function* rows() {
      yield* transactions;
    }
    const reports: RunProgress[] = [];
    const watched = await summariseTransactionsAsync(rows(), {
      ...options,
      onProgress: (p) => reports.push(p),
    });
    expect(watched).toEqual(summariseTransactions(transactions, options));
    expect(stagesOf(reports)).toEqual(['read', 'summarise']);
    const read = reports.filter((r) => r.stage === 'read');
    expect(read.slice(0, -1).every((r) => r.total === undefined)).toBe(true);
    expect(read.at(-1)).toEqual({ stage: 'read', done: 20_000, total: 20_000 });
  });

  it('ledgerOfAsync fails before reading with an already-aborted signal', async () => {
    let pulled = 0;
    async function* rows() {
      pulled += 1;
      yield transactions[0];
    }
    await expect(
      ledgerOfAsync(rows(), { currency: 'USD', signal: AbortSignal.abort('no') }),
    ).rejects.toMatchObject({ code: 'ABORTED', value: 'no' });
    expect(pulled).toBe(0);
  });
});
