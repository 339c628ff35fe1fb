import { describe, expect, it } from 'vitest';
import type { RunProgress } from '../../../src/errors';
import { RunControl, withoutRunOptions } from '../../../src/errors/_lib/runControl';

/** Runs a stage of `items` items through `tick`, recording the reports. */
function tickThrough(items: number, total: number | undefined): RunProgress[] {
  const reports: RunProgress[] = [];
  const meter = RunControl.of({ onProgress: (p: RunProgress) => reports.push(p) }).stage(
    'read',
    total,
  );
  for (let i = 0; i < items; i += 1) meter.tick();
  meter.end();
  return reports;
}

describe('RunControl', () => {
  it('reports every 1 % of a known total, and never twice the same last report', () => {
    const reports = tickThrough(1000, 1000);
    expect(reports.length).toBe(101);
    expect(reports.slice(0, 3)).toEqual([
      { stage: 'read', done: 0, total: 1000 },
      { stage: 'read', done: 10, total: 1000 },
      { stage: 'read', done: 20, total: 1000 },
    ]);
    expect(reports.at(-1)).toEqual({ stage: 'read', done: 1000, total: 1000 });
  });

  it('reports every 4,096 items of a stream, then the total at the end', () => {
    const reports = tickThrough(10_000, undefined);
    expect(reports).toEqual([
      { stage: 'read', done: 0 },
      { stage: 'read', done: 4096 },
      { stage: 'read', done: 8192 },
      { stage: 'read', done: 10_000, total: 10_000 },
    ]);
  });

  it('reports at most every 4,096 items of a big total (a bounded abort latency)', () => {
    const reports = tickThrough(1_000_000, 1_000_000);
    expect(reports[1]).toEqual({ stage: 'read', done: 4096, total: 1_000_000 });
    expect(reports.length).toBe(Math.floor(1_000_000 / 4096) + 2);
  });

  it('is idle without a signal and a callback: a hot loop never calls out', () => {
    for (const options of [undefined, null, {}, { signal: undefined }, 'x'])
      expect(RunControl.of(options).stage('read', 10).next).toBe(Number.POSITIVE_INFINITY);
  });

  it('throws ABORTED with the reason as value and cause, before any work when aborted already', () => {
    const reason = new Error('stop');
    const controller = new AbortController();
    controller.abort(reason);
    try {
      RunControl.of({ signal: controller.signal });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'ABORTED',
        path: ['options', 'signal'],
        value: reason,
        cause: reason,
      });
      expect((error as Error).message).toBe(
        'ABORTED at options.signal: the run was aborted before it started: stop (got {})',
      );
    }
  });

  it('keeps the signal but drops the callback in silent()', () => {
    const controller = new AbortController();
    const reports: RunProgress[] = [];
    const silent = RunControl.of({
      signal: controller.signal,
      onProgress: (p: RunProgress) => reports.push(p),
    }).silent();
    silent.stage('inner', 5).end(5);
    expect(reports).toEqual([]);
    controller.abort();
    expect(() => silent.check('inner')).toThrow(/ABORTED/);
  });
});

describe('withoutRunOptions', () => {
  it('drops signal and onProgress for the strict schema of the rest', () => {
    const signal = new AbortController().signal;
    expect(withoutRunOptions({ end: '2026-01-31', signal, onProgress: () => undefined })).toEqual({
      end: '2026-01-31',
    });
    const plain = { end: '2026-01-31' };
    expect(withoutRunOptions(plain)).toBe(plain);
    for (const other of [undefined, null, 3, [1]]) expect(withoutRunOptions(other)).toBe(other);
  });
});
