import type { TraceParam } from '../../../explain';
import type { LineSource } from '../../model/StatementLine';
import type { Num } from '../exact/num';
import { roundNum } from '../exact/roundNum';
import { type Draft, plainDraft } from './Draft';
import type { PayeeRun } from './PayeeRun';

/** Internal: a timing line (clawback, deferral, release, holdback, draw) in the payee currency. */
export function stateDraft(
  run: PayeeRun,
  fields: {
    readonly id: string;
    readonly kind: Draft['kind'];
    readonly value: Num;
    readonly params: Record<string, TraceParam>;
    readonly source?: LineSource;
    readonly reason?: string;
  },
): Draft {
  const source: LineSource = fields.source ?? {
    kind: 'state',
    id: fields.id,
    lineId: null,
    date: run.ctx.lastDay,
  };
  return plainDraft({
    id: fields.id,
    kind: fields.kind,
    component: null,
    source,
    unrounded: fields.value,
    amount: roundNum(fields.value, run.scale, run.rounding.mode),
    reason: fields.reason ?? null,
    params: { ...fields.params, currency: run.currency },
  });
}
