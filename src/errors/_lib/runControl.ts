import { CrmRulesError } from '../CrmRulesError';
import type { AbortSignalLike, RunOptions, RunProgress } from '../RunOptions';

/** Internal: the most items a stage runs between two looks at the signal. */
export const CHECK_EVERY = 4096;

/** Internal: the most progress reports a stage with a known total makes, besides its last. */
const REPORTS_PER_STAGE = 100;

/**
 * Internal: the `signal` and `onProgress` of a long run (see {@link RunOptions}), checked and
 * held for its stages. Without either, every stage is {@link StageMeter.idle}: its `next` is
 * infinite, so a hot loop's `if (done >= meter.next)` never calls out.
 */
export class RunControl {
  readonly #signal: AbortSignalLike | undefined;
  readonly #onProgress: ((progress: RunProgress) => void) | undefined;

  private constructor(signal: AbortSignalLike | undefined, onProgress: RunControl['onProgress']) {
    this.#signal = signal;
    this.#onProgress = onProgress;
  }

  /** The control that never aborts nor reports. */
  static readonly none = new RunControl(undefined, undefined);

  /**
   * Reads `signal` and `onProgress` from an options object (ignored when it is not an object),
   * checks their types (`INVALID_INPUT` at `['options', 'signal' | 'onProgress']`) and fails with
   * `ABORTED` when the signal is aborted already — before any work.
   */
  static of(options: unknown): RunControl {
    if (typeof options !== 'object' || options === null) return RunControl.none;
    const { signal, onProgress } = options as RunOptions;
    if (signal === undefined && onProgress === undefined) return RunControl.none;
    if (
      signal !== undefined &&
      (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean')
    )
      throw new CrmRulesError('INVALID_INPUT', 'signal must be an AbortSignal', {
        path: ['options', 'signal'],
        value: signal,
      });
    if (onProgress !== undefined && typeof onProgress !== 'function')
      throw new CrmRulesError('INVALID_INPUT', 'onProgress must be a function', {
        path: ['options', 'onProgress'],
        value: onProgress,
      });
    const control = new RunControl(signal, onProgress);
    control.check('start');
    return control;
  }

  /** The same signal without the progress callback (for a run inside another, e.g. a recalculation). */
  silent(): RunControl {
    return this.#onProgress === undefined ? this : new RunControl(this.#signal, undefined);
  }

  /** The progress callback, if any. */
  get onProgress(): ((progress: RunProgress) => void) | undefined {
    return this.#onProgress;
  }

  /** Whether this control does nothing (no signal, no callback). */
  get idle(): boolean {
    return this.#signal === undefined && this.#onProgress === undefined;
  }

  /** Throws `ABORTED` (path `['options', 'signal']`, value: the reason) once the signal is. */
  check(stage: string): void {
    const signal = this.#signal;
    if (signal === undefined || !signal.aborted) return;
    const reason = signal.reason;
    throw new CrmRulesError(
      'ABORTED',
      `the run was aborted ${stage === 'start' ? 'before it started' : `during ${stage}`}${describe(reason)}`,
      { path: ['options', 'signal'], value: reason, cause: reason },
    );
  }

  /**
   * Starts a stage of `total` items (`undefined` for a stream): reports `done: 0`, then every
   * `every` items — by default every 1 % of a known total, at most {@link CHECK_EVERY}.
   */
  stage(stage: string, total: number | undefined, every?: number): StageMeter {
    const step =
      every ??
      (total === undefined
        ? CHECK_EVERY
        : Math.min(CHECK_EVERY, Math.max(1, Math.ceil(total / REPORTS_PER_STAGE))));
    return new StageMeter(this, stage, total, step);
  }
}

/** `: message` of an Error reason, else nothing (the reason itself is the error's value). */
function describe(reason: unknown): string {
  return reason instanceof Error && reason.message !== '' ? `: ${reason.message}` : '';
}

/**
 * Internal: one stage of a run. A loop counts its items and calls {@link StageMeter.at} when the
 * count reaches `next` (or {@link StageMeter.tick} per item); {@link StageMeter.end} closes the
 * stage with `done === total`.
 */
export class StageMeter {
  /** The item count at which the loop should call {@link StageMeter.at}; infinite when idle. */
  next: number;
  /** Items counted by {@link StageMeter.tick}. */
  done = 0;
  readonly #control: RunControl;
  readonly #stage: string;
  readonly #total: number | undefined;
  readonly #step: number;
  #reported = -1;

  constructor(control: RunControl, stage: string, total: number | undefined, step: number) {
    this.#control = control;
    this.#stage = stage;
    this.#total = total;
    this.#step = step;
    this.next = control.idle ? Number.POSITIVE_INFINITY : step;
    if (!control.idle) this.#report(0, total);
  }

  /** Counts one item; reports and checks every `step` items. */
  tick(): void {
    this.done += 1;
    if (this.done >= this.next) this.at(this.done);
  }

  /** Reports `done` items and checks the signal; sets the next count to call at. */
  at(done: number): void {
    this.next = done + this.#step;
    this.#report(done, this.#total);
  }

  /**
   * Closes the stage: checks the signal and reports `done` (default: the ticks) of `done` — unless
   * the last report said just that.
   */
  end(done = this.done): void {
    if (this.#control.idle) return;
    if (done === this.#reported && done === this.#total) this.#control.check(this.#stage);
    else this.#report(done, done);
  }

  #report(done: number, total: number | undefined): void {
    const control = this.#control;
    this.#reported = done;
    control.check(this.#stage);
    const onProgress = control.onProgress;
    if (onProgress === undefined) return;
    onProgress(
      total === undefined ? { stage: this.#stage, done } : { stage: this.#stage, done, total },
    );
    control.check(this.#stage);
  }
}

/**
 * Internal: an options object without its `signal` and `onProgress` (see {@link RunOptions}), for a
 * strict schema of the rest; anything else (`undefined`, a wrong type) is returned as it is, for
 * the schema to refuse.
 */
export function withoutRunOptions<T>(options: T): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return options;
  if (!('signal' in options) && !('onProgress' in options)) return options;
  const { signal: _signal, onProgress: _onProgress, ...rest } = options as T & RunOptions;
  return rest as T;
}
