import { CrmRulesError } from '../../errors';
import type { CommissionInput, ComputeOptions } from '../CommissionInput';
import type { CommissionState } from '../CommissionState';
import type { Statement } from '../Statement';
import type { StatementLine } from '../StatementLine';
import { type Draft, plainDraft } from './Draft';
import { CATEGORY } from './finishStatement';
import { type Arithmetic, type Num, parseNum, sign, sub, ZERO } from './num';
import { numFixedText } from './numText';
import { readDocuments } from './readDocuments';
import { runPeriod } from './runPeriod';

function earning(statement: Statement | undefined): Map<string, StatementLine> {
  return new Map(
    (statement?.lines ?? []).filter((l) => CATEGORY[l.kind] === 'earned').map((l) => [l.id, l]),
  );
}

/**
 * Internal: recomputes closed periods with corrected data or plan versions and returns, per payee,
 * the adjustment lines for the current period: the difference of every earning line (by id),
 * with the line's source and component and the period it corrects. Closed statements never change.
 */
export function recalculate(
  state: CommissionState,
  inputs: readonly CommissionInput[],
  options: ComputeOptions,
  scaleOf: (payeeId: string) => number,
): Map<string, Draft[]> {
  const arithmetic: Arithmetic = options.arithmetic ?? 'auto';
  const out = new Map<string, Draft[]>();
  inputs.forEach((input, i) => {
    const closed = state.closed.find((entry) => entry.period === input.period);
    if (closed === undefined)
      throw new CrmRulesError('INVALID_INPUT', 'only closed periods are recalculated', {
        path: ['recalculate', i, 'period'],
        value: input.period,
      });
    const fresh = runPeriod(
      input,
      readDocuments(input, options.documents ?? 'parse'),
      { version: 1, closed: [], payees: closed.carried, invoices: [] },
      options,
      { timing: false, lines: 'eager' },
    );
    const before = new Map(closed.statements.map((s) => [s.payeeId, s]));
    const after = new Map(fresh.statements.map((s) => [s.payeeId, s]));
    for (const payeeId of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const old = earning(before.get(payeeId));
      const now = earning(after.get(payeeId));
      const currency = before.get(payeeId)?.currency ?? after.get(payeeId)?.currency ?? 'USD';
      if (
        before.has(payeeId) &&
        after.has(payeeId) &&
        before.get(payeeId)?.currency !== after.get(payeeId)?.currency
      )
        throw new CrmRulesError(
          'CURRENCY_MISMATCH',
          'a recalculated statement is in another currency than the closed one',
          { path: ['recalculate', i, 'assignments'], value: payeeId },
        );
      for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
        const was = old.get(id);
        const is = now.get(id);
        const wasAmount: Num = was === undefined ? ZERO : parseNum(was.amount, arithmetic);
        const isAmount: Num = is === undefined ? ZERO : parseNum(is.amount, arithmetic);
        const diff = sub(isAmount, wasAmount);
        if (sign(diff) === 0) continue;
        const line = (is ?? was) as StatementLine;
        const scale = scaleOf(payeeId);
        const draft: Draft = {
          ...plainDraft({
            id: `adjustment/${input.period}/${id}`,
            kind: 'adjustment',
            component: line.component,
            source: line.source,
            unrounded: diff,
            amount: diff,
            reason: `recalculation of ${input.period}`,
            params: {
              code: 'commission.adjustment',
              period: input.period,
              line: id,
              before: numFixedText(wasAmount, scale),
              after: numFixedText(isAmount, scale),
              amount: numFixedText(diff, scale),
              currency,
            },
          }),
          links: {
            orderId: null,
            orderLineId: null,
            invoiceId: line.source.kind === 'invoice' ? line.source.id : null,
            lineAmount: null,
          },
        };
        out.set(payeeId, [...(out.get(payeeId) ?? []), draft]);
      }
    }
  });
  return out;
}
