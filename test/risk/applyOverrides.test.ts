import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOverrides, type Finding, safeApplyOverrides } from '../../src/risk';

const finding = (code: string, id: string, severity: Finding['severity'] = 'block'): Finding => ({
  code,
  severity,
  subject: { kind: 'order', id },
  evidence: { excess: '2000.00' },
  message: 'Exposure exceeds the credit limit',
});
const override = (code: string, id: string, at = '2026-07-02', approver = 'cfo') => ({
  code,
  subject: { kind: 'order', id },
  approver,
  reason: 'prepayment received',
  at,
});

describe('applyOverrides (issue 16: overrides recorded, the finding still visible)', () => {
  const findings = [
    finding('credit.limit.exceeded', 'SO-1'),
    finding('credit.limit.exceeded', 'SO-2'),
    finding('pricing.discount.approval', 'SO-1', 'warning'),
  ];

  it('keeps every finding, marks the overridden ones, and lists what still blocks', () => {
    const result = applyOverrides(findings, [override('credit.limit.exceeded', 'SO-1')]);
    expect(result.findings).toHaveLength(3);
    expect(result.findings[0]).toEqual({
      ...findings[0],
      override: { approver: 'cfo', reason: 'prepayment received', at: '2026-07-02' },
    });
    expect(result.findings[1]?.override).toBeUndefined();
    expect(result.findings[2]?.override).toBeUndefined();
    expect(result.blocking).toEqual([findings[1]]);
    expect(result.unmatched).toEqual([]);
  });

  it('reports an override that answers no finding instead of dropping it', () => {
    const stale = override('credit.limit.exceeded', 'SO-9');
    expect(applyOverrides(findings, [stale]).unmatched).toEqual([stale]);
  });

  it('an override of another code or subject does not answer a finding', () => {
    const result = applyOverrides(findings, [
      override('credit.limit.warning', 'SO-1'),
      { ...override('credit.limit.exceeded', 'SO-2'), subject: { kind: 'customer', id: 'SO-2' } },
    ]);
    expect(result.blocking).toHaveLength(2);
    expect(result.unmatched).toHaveLength(2);
  });

  it('takes the latest of two overrides of one finding, whatever their order', () => {
    const early = override('credit.limit.exceeded', 'SO-1', '2026-07-01', 'sales-director');
    const late = override('credit.limit.exceeded', 'SO-1', '2026-07-03', 'cfo');
    const tie = override('credit.limit.exceeded', 'SO-1', '2026-07-03', 'ceo');
    for (const list of [
      [early, late, tie],
      [tie, late, early],
      [late, early, tie],
    ])
      expect(applyOverrides(findings, list).findings[0]?.override?.approver).toBe('cfo');
  });

  it('never depends on the order of the overrides (property)', () => {
    const arb = fc.array(
      fc.record({
        id: fc.constantFrom('SO-1', 'SO-2', 'SO-3'),
        at: fc.constantFrom('2026-07-01', '2026-07-02'),
        approver: fc.constantFrom('cfo', 'ceo'),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const list = rows.map((r) => override('credit.limit.exceeded', r.id, r.at, r.approver));
        const forward = applyOverrides(findings, list);
        const backward = applyOverrides(findings, [...list].reverse());
        expect(backward.findings).toEqual(forward.findings);
        expect(backward.blocking).toEqual(forward.blocking);
        const waived = forward.findings.filter((f) => f.severity === 'block' && f.override);
        expect(forward.blocking.length + waived.length).toBe(2);
      }),
    );
  });

  it.each([
    ['findings not an array', null, [], ['findings']],
    ['a malformed finding', [{ code: 'x' }], [], ['findings', 0, 'code']],
    ['overrides not an array', [], {}, ['overrides']],
    [
      'an override without a subject',
      [],
      [{ ...override('a.b', 'SO-1'), subject: undefined }],
      ['overrides', 0, 'subject'],
    ],
    [
      'an override with a bad date',
      [],
      [{ ...override('a.b', 'SO-1'), at: '2026-02-30' }],
      ['overrides', 0, 'at'],
    ],
  ])('%s → one CrmRulesError with its path', (_, f, o, path) => {
    const result = safeApplyOverrides(f as never, o as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual(path);
  });
});
