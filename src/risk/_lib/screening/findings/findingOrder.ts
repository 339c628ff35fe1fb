import type { Finding } from '../../../Finding';

const RANK = { block: 0, warning: 1, info: 2 } as const;

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const text = (value: unknown): string => (typeof value === 'string' ? value : String(value ?? ''));

/**
 * Internal: orders findings block → warning → info, then by subject kind and id, then by code,
 * then by the evidence keys given (a decimal `score` highest first, other keys in code-unit
 * order), so equal inputs in any order give the same list.
 */
export function sortFindings(findings: Finding[], keys: readonly string[]): Finding[] {
  return findings.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      compare(a.subject.kind, b.subject.kind) ||
      compare(a.subject.id, b.subject.id) ||
      compare(a.code, b.code) ||
      keys.reduce(
        (order, key) =>
          order ||
          (key === 'score'
            ? compare(text(b.evidence[key]), text(a.evidence[key]))
            : compare(text(a.evidence[key]), text(b.evidence[key]))),
        0,
      ),
  );
}
