/** What the CLI writes to and reads from: the process's streams and files, or a test's. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** Writes a file (`--out`); without it `--out` is refused. */
  readonly writeFile?: (path: string, text: string) => void;
  /**
   * Shows a progress line (on a terminal's stderr; the bin leaves it out when stderr is not a
   * TTY). Called only once a run has taken over a second by `now`.
   */
  readonly progress?: (text: string) => void;
  /** Milliseconds of a monotonic clock (`performance.now`), for the progress line. */
  readonly now?: () => number;
}

/** The exit codes: 0 ok, 1 block-severity findings, 2 bad input. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
