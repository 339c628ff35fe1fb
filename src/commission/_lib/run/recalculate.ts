import { CrmRulesError, type ErrorPath, parseWith } from '../../../errors';
import { RunControl } from '../../../errors/_lib/runControl';
import { Decimal } from '../../../money';
import { sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledFixedText } from '../../../money/_lib/scaled/scaledText';
import type { ComputeOptions } from '../../model/CommissionInput';
import type { ClosedTotals, CommissionState } from '../../model/CommissionState';
import type { Recalculation } from '../../model/Recalculation';
import { Statement } from '../../model/Statement';
import type { StatementLine } from '../../model/StatementLine';
import { type Arithmetic, type Num, parseNum } from '../exact/num';
import { remap } from '../exact/remap';
import { checkInput } from '../input/checkInput';
import { readDocuments } from '../input/readDocuments';
import { type Draft, plainDraft } from '../payee/Draft';
import { CATEGORY } from '../statement/finishStatement';
import { runPeriod } from './runPeriod';

function earning(statement: Statement | undefined): Map<string, StatementLine> {
  return new Map(
    (statement?.lines ?? []).filter((l) => CATEGORY[l.kind] === 'earned').map((l) => [l.id, l]),
  );
}

function differs(a: string, b: string): boolean {
  return !new Decimal(a).eq(b);
}

/**
 * The statements a period closed with, as the caller gives them back: parsed, of that period, one
 * per payee, and exactly the ones whose totals the state kept (same payees, currency, earned and
 * payable) — so adjustments are never worked out against anything else.
 */
function closedStatements(
  given: readonly unknown[],
  period: string,
  kept: readonly ClosedTotals[],
  path: ErrorPath,
): Map<string, Statement> {
  const fail = (message: string, at: ErrorPath, value: unknown): never => {
    throw new CrmRulesError('INVALID_INPUT', message, { path: [...path, ...at], value });
  };
  if (!Array.isArray(given))
    fail('expected the statements the period closed with, as an array', [], given);
  const byPayee = new Map(kept.map((t) => [t.payeeId, t]));
  const out = new Map<string, Statement>();
  given.forEach((raw, k) => {
    const statement = parseWith(Statement, raw, { path: [...path, k] });
    if (statement.period !== period)
      fail(`a statement of ${statement.period}, not of ${period}`, [k, 'period'], statement.period);
    if (out.has(statement.payeeId))
      fail('one closed statement per payee', [k, 'payeeId'], statement.payeeId);
    const totals = byPayee.get(statement.payeeId);
    if (totals === undefined)
      fail(
        `no statement of ${statement.payeeId} closed in ${period}`,
        [k, 'payeeId'],
        statement.payeeId,
      );
    else if (statement.currency !== totals.currency)
      fail(`${period} closed in ${totals.currency}`, [k, 'currency'], statement.currency);
    else
      for (const field of ['earned', 'payable'] as const)
        if (differs(statement.totals[field], totals[field]))
          fail(
            `${period} closed with ${field} ${totals[field]} for ${statement.payeeId}`,
            [k, 'totals', field],
            statement.totals[field],
          );
    out.set(statement.payeeId, statement);
  });
  for (const totals of kept)
    if (!out.has(totals.payeeId))
      fail(
        `the statement of ${totals.payeeId} that closed ${period} is missing`,
        [],
        totals.payeeId,
      );
  return out;
}

/** The adjustment line of earning line `id`: what it pays now less what it paid when closed. */
function adjustmentDraft(
  period: string,
  id: string,
  was: StatementLine | undefined,
  is: StatementLine | undefined,
  arithmetic: Arithmetic,
  scale: number,
  currency: string,
): Draft | null {
  const wasAmount: Num = was === undefined ? ZERO : parseNum(was.amount, arithmetic);
  const isAmount: Num = is === undefined ? ZERO : parseNum(is.amount, arithmetic);
  const diff = sub(isAmount, wasAmount);
  if (sign(diff) === 0) return null;
  const line = (is ?? was) as StatementLine;
  return {
    ...plainDraft({
      id: `adjustment/${period}/${id}`,
      kind: 'adjustment',
      component: line.component,
      source: line.source,
      unrounded: diff,
      amount: diff,
      reason: `recalculation of ${period}`,
      params: {
        code: 'commission.adjustment',
        period,
        line: id,
        before: scaledFixedText(wasAmount, scale),
        after: scaledFixedText(isAmount, scale),
        amount: scaledFixedText(diff, scale),
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
}

/** Recalculation `i` checked: an object whose input is valid and names a closed period. */
function checkedRecalculation(
  state: CommissionState,
  recalculation: Recalculation,
  i: number,
): { input: Recalculation['input']; closed: CommissionState['closed'][number] } {
  if (typeof recalculation !== 'object' || recalculation === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected a recalculation { input, closed }', {
      path: ['recalculate', i],
      value: recalculation,
    });
  const { input } = recalculation;
  checkInput(input, 'sync', ['recalculate', i, 'input']);
  const closed = state.closed.find((entry) => entry.period === input?.period);
  if (closed === undefined)
    throw new CrmRulesError('INVALID_INPUT', 'only closed periods are recalculated', {
      path: ['recalculate', i, 'input', 'period'],
      value: input?.period,
    });
  return { input, closed };
}

/**
 * Adds to `out`, per payee, the adjustment lines of a recalculated period: its earning lines
 * `after` against those it closed with, `before` (recalculation `at`).
 */
function adjustments(
  period: string,
  before: ReadonlyMap<string, Statement>,
  after: ReadonlyMap<string, Statement>,
  how: { arithmetic: Arithmetic; scaleOf: (payeeId: string) => number; at: number },
  out: Map<string, Draft[]>,
): void {
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
        { path: ['recalculate', how.at, 'input', 'assignments'], value: payeeId },
      );
    for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
      const draft = adjustmentDraft(
        period,
        id,
        old.get(id),
        now.get(id),
        how.arithmetic,
        how.scaleOf(payeeId),
        currency,
      );
      if (draft !== null) out.set(payeeId, [...(out.get(payeeId) ?? []), draft]);
    }
  }
}

/**
 * Internal: recomputes closed periods with corrected data or plan versions and returns, per payee,
 * the adjustment lines for the current period: the difference of every earning line (by id),
 * with the line's source and component and the period it corrects, against the statements the
 * period closed with (checked against the totals the state kept). Closed statements never change.
 */
export function recalculate(
  state: CommissionState,
  recalculations: readonly Recalculation[],
  options: ComputeOptions,
  scaleOf: (payeeId: string) => number,
  control: RunControl = RunControl.none,
): Map<string, Draft[]> {
  const arithmetic: Arithmetic = options.arithmetic ?? 'auto';
  const out = new Map<string, Draft[]>();
  if (!Array.isArray(recalculations))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of recalculations', {
      path: ['recalculate'],
      value: recalculations,
    });
  const meter =
    control.idle || recalculations.length === 0
      ? null
      : control.stage('recalculate', recalculations.length, 1);
  recalculations.forEach((recalculation, i) => {
    if (meter !== null && i > 0) meter.at(i);
    const { input, closed } = checkedRecalculation(state, recalculation, i);
    const before = closedStatements(recalculation.closed, closed.period, closed.totals, [
      'recalculate',
      i,
      'closed',
    ]);
    // Errors in the corrected input name their place in it.
    const fresh = remap(
      () =>
        runPeriod(
          input,
          readDocuments(input, options.documents ?? 'parse'),
          { version: 1, closed: [], payees: closed.carried, invoices: [] },
          options,
          { timing: false, lines: 'eager', control: control.silent() },
        ),
      ['recalculate', i, 'input'],
      [],
    );
    const after = new Map(fresh.statements.map((s) => [s.payeeId, s]));
    adjustments(input.period, before, after, { arithmetic, scaleOf, at: i }, out);
  });
  meter?.end(recalculations.length);
  return out;
}
