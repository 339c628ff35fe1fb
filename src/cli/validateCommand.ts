import type { ErrorIssue } from '../errors';
import { type CliIo, EXIT } from './CliIo';
import { codedIssues } from './codedIssues';
import { DOCUMENT_KINDS, type DocumentKind, guessKind, isDocumentKind } from './documentKinds';

/** A path as the errors print it: `tiers[2].rate`. */
export function pathText(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`,
    '',
  );
}

function issueLine(file: string, issue: ErrorIssue): string {
  const at = issue.path.length === 0 ? '' : ` at ${pathText(issue.path)}`;
  return `${file}: ${issue.code}${at}: ${issue.message}`;
}

/** Reads and parses a JSON file, or prints why it cannot and returns `undefined`. */
export function readJson(file: string, io: CliIo): { value: unknown } | undefined {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.err(`${file}: INVALID_INPUT: cannot read the file (${(error as Error).message})`);
    return undefined;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    io.err(`${file}: INVALID_INPUT: not JSON (${(error as Error).message})`);
    return undefined;
  }
}

/**
 * `crm-rules validate <file…> [--kind plan|scorecard|grade-policy|risk-policy]`: parses each file
 * (one version, or a list of versions) with the library's schema and prints every coded error
 * with its path; the kind is guessed from the document when not given. Exit 0 when all are
 * valid, 2 otherwise.
 */
export function validateCommand(
  files: readonly string[],
  kind: string | undefined,
  io: CliIo,
): number {
  if (files.length === 0) {
    io.err('validate: name a plan, scorecard or policy file (crm-rules validate plan.json)');
    return EXIT.badInput;
  }
  if (kind !== undefined && !isDocumentKind(kind)) {
    io.err(`validate: --kind is one of ${Object.keys(DOCUMENT_KINDS).join(', ')}, not ${kind}`);
    return EXIT.badInput;
  }
  let bad = 0;
  for (const file of files) {
    const read = readJson(file, io);
    if (read === undefined) {
      bad += 1;
      continue;
    }
    const found = (kind as DocumentKind | undefined) ?? guessKind(read.value);
    if (found === null) {
      io.err(`${file}: INVALID_INPUT: not a plan, scorecard or policy; say which with --kind`);
      bad += 1;
      continue;
    }
    const issues = validateDocument(found, read.value);
    for (const issue of issues) io.err(issueLine(file, issue));
    if (issues.length === 0) io.out(`${file}: a valid ${found}`);
    else bad += 1;
  }
  return bad === 0 ? EXIT.ok : EXIT.badInput;
}

/**
 * The issues of a document (one version or a list of versions) of a kind, none when valid: each
 * with the library's error code (`INVALID_DATE`, `WEIGHTS_NOT_100` …; `INVALID_INPUT` for a
 * wrong shape) and its path into the file.
 */
export function validateDocument(kind: DocumentKind, document: unknown): readonly ErrorIssue[] {
  const versions = Array.isArray(document) ? document : [document];
  const prefix = Array.isArray(document);
  return versions.flatMap((version, i) =>
    codedIssues(DOCUMENT_KINDS[kind].schema, version, prefix ? [i] : []),
  );
}
