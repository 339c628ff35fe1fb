import type { CliIo } from './CliIo';

/**
 * Writes a command's output: line by line to standard output, or with `--out <file>` into the
 * file (with a final newline) and `wrote <file>` on standard output.
 */
export function writeOutput(io: CliIo, out: string | undefined, text: string): void {
  if (out === undefined) for (const line of text.split('\n')) io.out(line);
  else {
    io.writeFile?.(out, `${text}\n`);
    io.out(`wrote ${out}`);
  }
}
