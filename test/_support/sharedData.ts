import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The public test data lives beside the project in `../shared/data` and is never copied into it.
 * Under CI (`CI=true`) it must be there: a missing folder fails the run. Elsewhere tests that
 * need it skip, and say why.
 */
export const SHARED_DATA = resolve(process.cwd(), '..', 'shared', 'data');

/** True when the shared data folder is present. */
export const hasSharedData = existsSync(SHARED_DATA);

if (!hasSharedData && process.env.CI) {
  throw new Error(`CI=true but the shared test data is missing at ${SHARED_DATA}`);
}
if (!hasSharedData) {
  console.warn(
    `[crm-rules tests] ${SHARED_DATA} is absent: tests on public data sets are skipped.`,
  );
}

/** Reads a file under `../shared/data` as text. */
export function readSharedText(relative: string): string {
  return readFileSync(resolve(SHARED_DATA, relative), 'utf8');
}

/** Parses a small CSV with a header row and no quoted fields into records of strings. */
export function readSharedCsv(relative: string): Array<Record<string, string>> {
  const [header = '', ...rows] = readSharedText(relative)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const names = header.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}
