/** What the CLI writes to and reads from: the process's streams and files, or a test's. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
}

/** The exit codes: 0 ok, 1 block-severity findings, 2 bad input. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
