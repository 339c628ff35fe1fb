import type { TraceParam, TraceStep } from '../../../explain';
import { renderStep } from '../../../explain';
import type { Finding, RiskSubject, Severity } from '../../Finding';
import { riskCatalog } from '../../riskCatalog';

/** A finding with its English message rendered from {@link riskCatalog}. */
export function makeFinding(
  code: string,
  severity: Severity,
  subject: RiskSubject,
  evidence: Readonly<Record<string, string | boolean>>,
  trace: readonly TraceStep[],
  extra: Readonly<Record<string, TraceParam>> = {},
): Finding {
  const message = renderStep(
    { code, params: { ...evidence, ...extra } },
    { locale: 'en', catalog: riskCatalog },
  );
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
