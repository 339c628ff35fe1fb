import { CommissionPlan } from '../commission';
import { GradePolicy } from '../grading';
import { Scorecard } from '../kpi';
import { RiskPolicy } from '../risk';
import { ColumnMapping } from './csv/ColumnMapping';

/**
 * The rule documents the CLI validates and describes, by the name a user types: the schema that
 * parses one version and the name of its JSON Schema (`crm-rules/schemas`).
 */
export const DOCUMENT_KINDS = {
  plan: { schema: CommissionPlan, jsonSchema: 'CommissionPlan' },
  scorecard: { schema: Scorecard, jsonSchema: 'Scorecard' },
  'grade-policy': { schema: GradePolicy, jsonSchema: 'GradePolicy' },
  'risk-policy': { schema: RiskPolicy, jsonSchema: 'RiskPolicy' },
  /** The CLI's column mapping of CSV exports (not a library schema). */
  mapping: { schema: ColumnMapping, jsonSchema: null },
} as const;

/** A document kind: `plan`, `scorecard`, `grade-policy` or `risk-policy`. */
export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** Whether a text names a document kind. */
export function isDocumentKind(text: unknown): text is DocumentKind {
  return typeof text === 'string' && Object.hasOwn(DOCUMENT_KINDS, text);
}

/**
 * The kind a document looks like, by a key only that kind has (`crediting`, `kpis`, `checks`,
 * `default`, `collections`), or `null`.
 */
export function guessKind(document: unknown): DocumentKind | null {
  const first = Array.isArray(document) ? document[0] : document;
  if (typeof first !== 'object' || first === null) return null;
  if ('crediting' in first) return 'plan';
  if ('kpis' in first) return 'scorecard';
  if ('checks' in first) return 'risk-policy';
  if ('default' in first) return 'grade-policy';
  if ('collections' in first) return 'mapping';
  return null;
}
