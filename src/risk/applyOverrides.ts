import { attempt, parseWith, type SafeResult } from '../errors';
import { requireArray } from '../errors/_lib/argumentGuards';
import { Finding } from './Finding';
import { FindingOverride } from './FindingOverride';

/** The findings with their overrides, and the overrides that answered none of them. */
export interface OverriddenFindings {
  /** Every finding, in the order given; an overridden one keeps its code, severity and evidence and gains `override`. */
  readonly findings: readonly Finding[];
  /** The overrides whose code and subject match no finding (a stale approval, a typo): reported, never dropped. */
  readonly unmatched: readonly FindingOverride[];
  /** The `block` findings nobody overrode: the order may go ahead when this is empty. */
  readonly blocking: readonly Finding[];
}

const keyOf = (code: string, subject: { kind: string; id: string }) =>
  JSON.stringify([code, subject.kind, subject.id]);

/** Whether `a` supersedes `b`: the later decision, ties broken by approver, then reason. */
function laterThan(a: FindingOverride, b: FindingOverride): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.approver !== b.approver) return a.approver > b.approver;
  return a.reason > b.reason;
}

/**
 * Records approvals on findings: each override answers the findings with its `code` and
 * `subject`. An overridden finding stays in the list, visible as such — same code, severity and
 * evidence, plus `override: { approver, reason, at }` — so a report still shows what was waived
 * and by whom. `blocking` lists the `block` findings left without an override; `unmatched` the
 * overrides that answered nothing. When two overrides answer the same finding, the later `at`
 * wins, then the greater `approver`, then `reason` — never the order of the list.
 *
 * @param findings - findings of any check (`checkOrder`, `checkPricing` …)
 * @param overrides - the approvals, as data ({@link FindingOverride})
 * @returns the findings with their overrides, the blocking ones and the unmatched overrides
 * @throws CrmRulesError `INVALID_INPUT` when `findings` or `overrides` is not an array, or one of
 * them is malformed (path `['findings', i, …]` or `['overrides', i, …]`)
 * @example
 * ```ts
 * const finding = {
 *   code: 'credit.limit.exceeded', severity: 'block', subject: { kind: 'order', id: 'SO-1' },
 *   evidence: { excess: '2000.00' }, message: 'Exposure exceeds the credit limit',
 * } as const;
 * const result = applyOverrides([finding], [{
 *   code: 'credit.limit.exceeded', subject: { kind: 'order', id: 'SO-1' },
 *   approver: 'cfo', reason: 'prepayment received', at: '2026-07-02',
 * }]);
 * [result.findings[0]?.severity, result.findings[0]?.override?.approver, result.blocking.length];
 * //=> ['block', 'cfo', 0]
 * ```
 */
export function applyOverrides(
  findings: readonly Finding[],
  overrides: readonly unknown[],
): OverriddenFindings {
  requireArray(findings, 'findings');
  requireArray(overrides, 'overrides');
  const checked = findings.map((raw, i) => parseWith(Finding, raw, { path: ['findings', i] }));
  const parsed = overrides.map((raw, i) =>
    parseWith(FindingOverride, raw, { path: ['overrides', i] }),
  );
  const latest = new Map<string, FindingOverride>();
  for (const override of parsed) {
    const key = keyOf(override.code, override.subject);
    const held = latest.get(key);
    if (held === undefined || laterThan(override, held)) latest.set(key, override);
  }
  const used = new Set<string>();
  const result = checked.map((finding): Finding => {
    const key = keyOf(finding.code, finding.subject);
    const override = latest.get(key);
    if (override === undefined) return finding;
    used.add(key);
    const { approver, reason, at } = override;
    return { ...finding, override: { approver, reason, at } };
  });
  return {
    findings: result,
    unmatched: parsed.filter((o) => !used.has(keyOf(o.code, o.subject))),
    blocking: result.filter((f) => f.severity === 'block' && f.override === undefined),
  };
}

/**
 * Like {@link applyOverrides}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeApplyOverrides([], [{ code: 'credit.limit.exceeded', approver: 'cfo', reason: 'ok', at: '2026-07-02' }]).error?.path;
 * //=> ['overrides', 0, 'subject']
 * ```
 */
export function safeApplyOverrides(
  findings: readonly Finding[],
  overrides: readonly unknown[],
): SafeResult<OverriddenFindings> {
  return attempt(() => applyOverrides(findings, overrides));
}
