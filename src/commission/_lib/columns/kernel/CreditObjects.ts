import type { LineSource } from '../../../model/StatementLine';
import type { Credit } from '../../crediting/creditEvents';
import type { CreditEvent } from '../../events/CreditEvent';
import type { EventTable } from '../../events/table/EventTable';
import { eventAt } from '../../events/table/eventAt';
import type { Num } from '../../exact/num';
import { splitNum } from '../../exact/splitNum';
import type { CreditPlan } from '../creditPlan';
import type { Term } from '../PayeeTerms';

const KINDS = ['owner', 'split', 'roll-up', 'full'] as const satisfies ReadonlyArray<
  Credit['kind']
>;
/**
 * Internal: the objects `creditLines` takes for the planned event of a column run — the event, its
 * line sources, each credit — built from the columns on demand, for the credits the kernel leaves
 * and for replays.
 */
export class CreditObjects {
  readonly #table: EventTable;
  readonly #plan: CreditPlan;
  #partsNum: Num[] | null = null;
  #event: CreditEvent | null = null;
  #eventIndex = -1;
  #sources = new Map<CreditEvent, LineSource>();

  constructor(table: EventTable, plan: CreditPlan) {
    this.#table = table;
    this.#plan = plan;
  }

  /** Forgets the split amounts: another event is planned. */
  replanned(): void {
    this.#partsNum = null;
  }

  /** The line sources of event `e`'s lines (one map per event while it is planned). */
  sourcesOf(e: number): Map<CreditEvent, LineSource> {
    this.event(e);
    return this.#sources;
  }

  /** The event object of event `e` (one per event while it is planned). */
  event(e: number): CreditEvent {
    if (this.#event === null || this.#eventIndex !== e) {
      this.#event = eventAt(this.#table, e);
      this.#eventIndex = e;
      this.#sources = new Map();
    }
    return this.#event;
  }

  /** Credit `j` of the planned event `e` as the object `creditLines` takes. */
  credit(e: number, j: number): Credit {
    const plan = this.#plan;
    const event = this.event(e);
    const weights = plan.first < 0 ? null : plan.shares.weights(plan.first);
    this.#partsNum ??=
      weights === null ? [event.amount] : splitNum(event.amount, event.currency, weights);
    const term = plan.terms[plan.term[j] as number] as Term;
    const kind = plan.kind[j] as number;
    const from = plan.from[j] as number;
    const names = this.#table.payees.names;
    return {
      event,
      payeeId: names[plan.payee[j] as number] as string,
      kind: KINDS[kind] as Credit['kind'],
      level: plan.level[j] as number,
      from: from < 0 ? null : (names[from] as string),
      share: plan.shareText(j),
      fraction: plan.fraction(j),
      original: this.#partsNum[plan.share[j] as number] as Num,
      assignment: term.assignment,
      version: term.version,
      override: kind === 2 ? plan.override(j) : null,
    };
  }
}
