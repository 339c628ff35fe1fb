import { describe, expect, it } from 'vitest';
import {
  type CommissionInput,
  closePeriod,
  closePeriodAsync,
  computeStatements,
  computeStatementsAsync,
  emptyCommissionState,
  type Statement,
  safeClosePeriod,
  safeComputeStatements,
  safeComputeStatementsAsync,
} from '../../src/commission';
import { CrmRulesError, type RunProgress } from '../../src/errors';
import { assign, input, invoice, plan } from './fixtures';

/** 1,500 invoices of six payees in March 2026: a hundred progress reports per stage. */
function big(): CommissionInput {
  const payees = ['AM-1', 'AM-2', 'AM-3', 'AM-4', 'AM-5', 'AM-6'];
  return input({
    plans: [plan()],
    assignments: payees.map((id) => assign(id)),
    invoices: Array.from({ length: 1_500 }, (_, i) =>
      invoice(
        `INV-${i}`,
        payees[i % payees.length] as string,
        `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
        `${(i % 97) + 1}.25`,
      ),
    ),
  });
}

/** The whole statements, lines included, as JSON: what "results unchanged" compares. */
const whole = (statements: readonly Statement[]) =>
  JSON.stringify(statements.map((s) => ({ ...s, lines: s.lines })));

/** Every report, and a check that each stage counts up and ends at its total. */
function recorder() {
  const reports: RunProgress[] = [];
  return {
    reports,
    onProgress: (p: RunProgress) => {
      reports.push({ ...p });
    },
  };
}

/** The stages in the order they came, and per stage the checks of the laws. */
function checkLaws(reports: readonly RunProgress[]): string[] {
  const stages: string[] = [];
  for (const report of reports) {
    if (stages[stages.length - 1] !== report.stage) {
      expect(stages).not.toContain(report.stage);
      stages.push(report.stage);
    }
  }
  for (const stage of stages) {
    const mine = reports.filter((r) => r.stage === stage);
    expect(mine[0]?.done).toBe(0);
    for (let i = 1; i < mine.length; i += 1)
      expect(mine[i]?.done).toBeGreaterThanOrEqual(mine[i - 1]?.done as number);
    const last = mine[mine.length - 1] as RunProgress;
    expect(last.total).toBe(last.done);
    for (const r of mine) if (r.total !== undefined) expect(r.total).toBe(last.total);
    // A bounded rate: about a hundred reports per stage at most, never one per item.
    expect(mine.length).toBeLessThanOrEqual(103);
  }
  return stages;
}

const abortedBy = (error: unknown) => {
  expect(error).toBeInstanceOf(CrmRulesError);
  const e = error as CrmRulesError;
  return [e.code, e.path, e.value];
};

describe('computeStatements: signal and onProgress', () => {
  it.each(['auto', 'decimal'] as const)(
    'gives the same statements with the options as without (%s arithmetic)',
    (arithmetic) => {
      const data = big();
      const plain = computeStatements(data, { arithmetic });
      const { reports, onProgress } = recorder();
      const watched = computeStatements(data, {
        arithmetic,
        signal: new AbortController().signal,
        onProgress,
      });
      expect(whole(watched)).toBe(whole(plain));
      expect(checkLaws(reports)).toEqual(['read', 'credit', 'statements']);
      expect(reports.filter((r) => r.stage === 'read').at(-1)).toEqual({
        stage: 'read',
        done: 1_500,
        total: 1_500,
      });
      expect(reports.filter((r) => r.stage === 'statements').at(-1)?.total).toBe(6);
    },
    10_000,
  );

  it('reports the same progress for the same input (no clock)', () => {
    const first = recorder();
    const second = recorder();
    computeStatements(big(), { onProgress: first.onProgress });
    computeStatements(big(), { onProgress: second.onProgress });
    expect(second.reports).toEqual(first.reports);
    expect(first.reports.length).toBeGreaterThan(6);
  });

  it('reports a stream without a total until its last report', () => {
    const data = big();
    const { reports, onProgress } = recorder();
    computeStatements(
      { ...data, invoices: (data.invoices as unknown[]).values() } as CommissionInput,
      {
        onProgress,
      },
    );
    const read = reports.filter((r) => r.stage === 'read');
    expect(read.slice(0, -1).every((r) => r.total === undefined)).toBe(true);
    expect(read.at(-1)).toEqual({ stage: 'read', done: 1_500, total: 1_500 });
    checkLaws(reports);
  });

  it('stops with ABORTED when the signal is aborted mid-run (here from onProgress)', () => {
    const seen: RunProgress[] = [];
    const controller = new AbortController();
    const result = safeComputeStatements(big(), {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.stage === 'credit' && p.done > 0) controller.abort('enough');
      },
    });
    expect(result.success ? null : abortedBy(result.error)).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'enough',
    ]);
    expect(result.success ? '' : result.error.message).toContain('during credit');
    // The run stopped at the report that aborted it.
    expect(seen.at(-1)).toMatchObject({ stage: 'credit' });
    expect(seen.at(-1)?.done).toBeGreaterThan(0);
    expect(() => computeStatements(big(), { signal: controller.signal })).toThrow(CrmRulesError);
  });

  it('stops while reading the documents', () => {
    const controller = new AbortController();
    const reason = new Error('user pressed stop');
    const result = safeComputeStatements(big(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done >= 600) controller.abort(reason);
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect([result.error.code, result.error.path, result.error.value]).toEqual([
      'ABORTED',
      ['options', 'signal'],
      reason,
    ]);
    expect(result.error.message).toContain('during read: user pressed stop');
  });

  it('fails before any work with an already-aborted signal', () => {
    const controller = new AbortController();
    controller.abort('cancelled');
    let pulled = 0;
    function* invoices() {
      pulled += 1;
      yield invoice('INV-1', 'AM-7', '2026-03-05', '10.00');
    }
    const reports: RunProgress[] = [];
    const result = safeComputeStatements(input({ invoices: invoices() }), {
      signal: controller.signal,
      onProgress: (p) => reports.push(p),
    });
    expect(result.success ? null : abortedBy(result.error)).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'cancelled',
    ]);
    expect([pulled, reports]).toEqual([0, []]);
    expect(result.success ? '' : result.error.message).toContain('before it started');
  });

  it('refuses a signal or a callback of the wrong type', () => {
    const bad = (options: object) => {
      const r = safeComputeStatements(input(), options);
      return r.success ? null : [r.error.code, r.error.path];
    };
    expect(bad({ signal: 'stop' })).toEqual(['INVALID_INPUT', ['options', 'signal']]);
    expect(bad({ signal: {} })).toEqual(['INVALID_INPUT', ['options', 'signal']]);
    expect(bad({ onProgress: 1 })).toEqual(['INVALID_INPUT', ['options', 'onProgress']]);
    // Anything with an `aborted` flag will do.
    expect(bad({ signal: { aborted: false } })).toBeNull();
  });
});

describe('computeStatementsAsync: async streams', () => {
  it('stops between the items of an async stream', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* invoices() {
      for (let i = 0; i < 100; i += 1) {
        pulled += 1;
        if (i === 3) controller.abort('stop');
        yield invoice(`INV-${i}`, 'AM-7', '2026-03-05', '10.00');
      }
    }
    const result = await safeComputeStatementsAsync(input({ invoices: invoices() }), {
      signal: controller.signal,
    });
    expect(result.success ? null : abortedBy(result.error)).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'stop',
    ]);
    expect(pulled).toBe(4);
  });

  it('fails before reading a stream with an already-aborted signal', async () => {
    let pulled = 0;
    async function* invoices() {
      pulled += 1;
      yield invoice('INV-1', 'AM-7', '2026-03-05', '10.00');
    }
    await expect(
      computeStatementsAsync(input({ invoices: invoices() }), { signal: AbortSignal.abort('no') }),
    ).rejects.toMatchObject({ code: 'ABORTED', value: 'no' });
    expect(pulled).toBe(0);
  });

  it('reports the collect stage and gives the same statements', async () => {
    const data = big();
    async function* stream() {
      yield* data.invoices as unknown[];
    }
    const { reports, onProgress } = recorder();
    const watched = await computeStatementsAsync(
      { ...data, invoices: stream() } as CommissionInput,
      { onProgress },
    );
    expect(whole(watched)).toBe(whole(computeStatements(data)));
    expect(checkLaws(reports)).toEqual(['collect', 'read', 'credit', 'statements']);
    expect(reports.filter((r) => r.stage === 'collect').at(-1)).toEqual({
      stage: 'collect',
      done: 1_500,
      total: 1_500,
    });
  });
});

describe('closePeriod: signal and onProgress', () => {
  it('closes the same with the options as without, reporting read, credit, statements', () => {
    const data = big();
    const plain = closePeriod(emptyCommissionState(), data);
    const { reports, onProgress } = recorder();
    const watched = closePeriod(emptyCommissionState(), data, {
      signal: new AbortController().signal,
      onProgress,
    });
    expect(whole(watched.statements)).toBe(whole(plain.statements));
    expect(watched.state).toEqual(plain.state);
    expect(checkLaws(reports)).toEqual(['read', 'credit', 'statements']);
  });

  it('reports and stops between recalculations', () => {
    const data = big();
    const first = closePeriod(emptyCommissionState(), data);
    const next = { ...data, period: '2026-04' };
    const recalculate = [{ input: data, closed: first.statements }];
    const { reports, onProgress } = recorder();
    const plain = closePeriod(first.state, next, { recalculate });
    const watched = closePeriod(first.state, next, { recalculate, onProgress });
    expect(whole(watched.statements)).toBe(whole(plain.statements));
    expect(checkLaws(reports)).toEqual(['read', 'recalculate', 'credit', 'statements']);
    const controller = new AbortController();
    const result = safeClosePeriod(first.state, next, {
      recalculate,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === 'recalculate') controller.abort('stop');
      },
    });
    // The abort keeps its own path, not one inside the recalculated input.
    expect(result.success ? null : abortedBy(result.error)).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'stop',
    ]);
  }, 10_000);

  it('fails before any work with an already-aborted signal (sync and async)', async () => {
    const signal = AbortSignal.abort('cancelled');
    const result = safeClosePeriod(emptyCommissionState(), input(), { signal });
    expect(result.success ? null : abortedBy(result.error)).toEqual([
      'ABORTED',
      ['options', 'signal'],
      'cancelled',
    ]);
    await expect(
      closePeriodAsync(emptyCommissionState(), input(), { signal }),
    ).rejects.toMatchObject({ code: 'ABORTED', path: ['options', 'signal'] });
  });
});
