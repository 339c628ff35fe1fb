import type { Finding, RiskSubject, Severity } from '../../Finding';
import { riskSentence } from '../findings/findingMessage';
import type { DocumentFindingCode } from './documentChecksEntries';

/**
 * Internal: builds a finding whose message is the English rendering of its evidence, amounts
 * rounded for display.
 */
export function documentFinding(
  code: DocumentFindingCode,
  severity: Severity,
  subject: RiskSubject,
  evidence: Readonly<Record<string, string>>,
): Finding {
  const message = riskSentence(code, evidence, 'en').text;
  return { code, severity, subject: { ...subject }, evidence: { ...evidence }, message };
}

const RANK = { block: 0, warning: 1, info: 2 } as const satisfies Record<Severity, number>;

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Internal: the order of findings every document check returns: severity (block, warning,
 * info), then subject kind and id, then code, then the evidence (as JSON) — a total order, so
 * the result does not depend on the order of the input.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    text(a.subject.kind, b.subject.kind) ||
    text(a.subject.id, b.subject.id) ||
    text(a.code, b.code) ||
    text(JSON.stringify(a.evidence), JSON.stringify(b.evidence))
  );
}

/** Internal: sorts findings in place by {@link compareFindings} and returns them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}
