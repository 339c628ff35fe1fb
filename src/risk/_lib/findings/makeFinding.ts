import type { TraceParam, TraceStep } from '../../../explain';
import { lookupTemplate } from '../../../explain/lookupTemplate';
import type { Finding, RiskSubject, Severity } from '../../Finding';
import { riskCatalog } from '../../riskCatalog';
import { riskSentence, templateMessage } from './findingMessage';

/**
 * A finding with its English message rendered from {@link riskCatalog}, amounts rounded for
 * display (the evidence keeps every digit).
 */
export function makeFinding(
  code: string,
  severity: Severity,
  subject: RiskSubject,
  evidence: Readonly<Record<string, string | boolean>>,
  trace: readonly TraceStep[],
  extra: Readonly<Record<string, TraceParam>> = {},
): Finding {
  const message = riskSentence(code, { ...evidence, ...extra }, 'en').text;
  return { code, severity, subject, evidence: { ...evidence }, message, trace: [...trace] };
}

const RANK: Readonly<Record<Severity, number>> = { block: 0, warning: 1, info: 2 };

/** Orders findings by severity (block first), then subject kind and id, then code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    compareText(a.subject.kind, b.subject.kind) ||
    compareText(a.subject.id, b.subject.id) ||
    compareText(a.code, b.code)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A maker of many findings of one code (see {@link makeFinding}): the English template is looked
 * up once, and the finding takes the caller's fresh `evidence` and `trace` as they are (no
 * copies); the message is the one {@link makeFinding} renders.
 */
export function findingMaker(
  code: string,
): (
  severity: Severity,
  subject: RiskSubject,
  evidence: Readonly<Record<string, string | boolean>>,
  trace: TraceStep[],
) => Finding {
  const parts = lookupTemplate(riskCatalog, code, 'en');
  return (severity, subject, evidence, trace) => {
    if (parts === undefined) return makeFinding(code, severity, subject, evidence, trace);
    const message = templateMessage(code, parts, evidence);
    return { code, severity, subject, evidence, message, trace };
  };
}
