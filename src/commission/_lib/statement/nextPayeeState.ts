import { add, ZERO } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { PayeeState } from '../../model/PayeeState';
import type { Statement } from '../../model/Statement';
import { type Num, parseNum } from '../exact/num';
import { yearFigures } from '../modifiers/multiplierLines';
import type { PayeeRun } from '../payee/PayeeRun';
import { updatedRecords } from './updatedRecords';

/** The plan-year figures per component after the period: carried ones plus this period's. */
function ytdComponentsOf(run: PayeeRun): PayeeState['ytd']['components'] {
  const { arithmetic } = run.ctx;
  const carried = run.carried;
  const components = new Map((carried?.ytd.components ?? []).map((c) => [c.id, { ...c }]));
  const ids = new Set([...components.keys(), ...run.sums.keys(), ...run.running.keys()]);
  const adjustments = new Map<string, Num>();
  for (const d of run.drafts)
    if (d.kind === 'adjustment' && d.component !== null)
      adjustments.set(
        d.component,
        add(adjustments.get(d.component) ?? ZERO, d.amount ?? d.unrounded),
      );
  return [...ids].sort().map((id) => {
    const c = components.get(id);
    const num = (text: string | undefined) =>
      text === undefined ? ZERO : parseNum(text, arithmetic);
    const measured = run.running.get(id);
    const year = yearFigures(run, id, c);
    return {
      id,
      base: scaledText(measured ?? num(c?.base)),
      gross: scaledText(add(year.gross, run.earnedBeforeModifiers.get(id) ?? ZERO)),
      earned: scaledText(
        add(add(num(c?.earned), run.sums.get(id) ?? ZERO), adjustments.get(id) ?? ZERO),
      ),
      multiplier: scaledText(run.multipliers.get(id) ?? year.multiplier),
    };
  });
}

/** Internal: a payee's carried state after a closed period. */
export function nextPayeeState(
  run: PayeeRun,
  statement: Statement,
  before: PayeeState | undefined,
): PayeeState {
  const { arithmetic } = run.ctx;
  const carried = run.carried;
  const ytdComponents = ytdComponentsOf(run);
  const spiffs = new Map((before?.spiffs ?? []).map((s) => [s.id, s.earned]));
  for (const [id, value] of run.spiffTotals) spiffs.set(id, scaledText(value));
  const next = run.next;
  return {
    payeeId: run.payee.id,
    planYear: run.planYear,
    ytd: {
      credited: scaledText(
        add(carried === null ? ZERO : parseNum(carried.ytd.credited, arithmetic), run.credited),
      ),
      earned: statement.ytd.earned,
      paid: scaledText(
        add(
          carried === null ? ZERO : parseNum(carried.ytd.paid, arithmetic),
          parseNum(statement.totals.payable, arithmetic),
        ),
      ),
      components: ytdComponents,
    },
    spiffs: [...spiffs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, earned]) => ({ id, earned })),
    drawBalance: next === null ? (before?.drawBalance ?? '0') : scaledText(next.drawBalance),
    scheduled: next?.scheduled ?? before?.scheduled ?? [],
    deferred: next?.deferred ?? before?.deferred ?? [],
    unpaid: next?.unpaid ?? before?.unpaid ?? [],
    payouts: updatedRecords(run, before?.payouts ?? []),
  };
}
