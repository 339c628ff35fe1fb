/**
 * What the long entry points accept as a cancellation signal: an `AbortSignal` (from an
 * `AbortController`), or anything with the same `aborted` flag and `reason`. Typed structurally so
 * that the declarations need neither the DOM nor Node's types.
 */
export interface AbortSignalLike {
  /** `true` once the run should stop. */
  readonly aborted: boolean;
  /** Why it was aborted; becomes the `ABORTED` error's `value`. */
  readonly reason?: unknown;
}

/**
 * One progress report of a long run: the `stage` it is in, how many items of that stage are
 * `done` and, when known, their `total`. Within a stage `done` only grows, and the stage's last
 * report has `done === total`; a stream's `total` is unknown (absent) until that last report.
 */
export interface RunProgress {
  /** The stage (per entry point, in a documented order: e.g. `read`, `credit`, `statements`). */
  readonly stage: string;
  /** Items of the stage done so far. */
  readonly done: number;
  /** Items of the stage in all, when known. */
  readonly total?: number;
}

/**
 * Options every long entry point accepts beside its own (statements, closes, summaries, fits):
 *
 * - `signal` — checked before any work (an aborted signal fails at once), then every 4,096 items
 *   (documents, credit events, transactions, customers), between stages and between the
 *   iterations of a fit, and between the items of an async stream; once it is aborted the run
 *   throws `ABORTED` (path `['options', 'signal']`, value: the signal's `reason`), and a `safeX`
 *   form returns that error. Nothing partial is returned.
 * - `onProgress` — called synchronously at a bounded rate (every 4,096 items, at most 100 times per
 *   stage when the total is known, and at the end of each stage), never per item. The reports
 *   depend only on the input, never on a clock: the same input gives the same reports. It may
 *   abort the signal; an exception it throws ends the run.
 *
 * Giving these options never changes a result.
 */
export interface RunOptions {
  /** Stops the run with `ABORTED` once aborted. */
  readonly signal?: AbortSignalLike | undefined;
  /** Receives progress reports (see {@link RunProgress}). */
  readonly onProgress?: ((progress: RunProgress) => void) | undefined;
}
