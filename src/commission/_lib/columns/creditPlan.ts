import { CrmRulesError, type ErrorPath } from '../../../errors';
import { Fixed, mul } from '../../../money/_lib/scaled/Fixed';
import { inForce } from '../crediting/creditEvents';
import { FIELDS } from '../events/originCodes';
import type { EventTable } from '../events/table/EventTable';
import { orderLineOf } from '../events/table/eventAt';
import type { Interner } from '../exact/Column';
import { type Num, parseNum } from '../exact/num';
import type { PayeeInfo, RunContext } from '../prepare/RunContext';
import { CreditBuffer } from './CreditBuffer';
import { PayeeTerms, type Term } from './PayeeTerms';
import {
  COUNT,
  FRACTION_S,
  FRACTION_U,
  FULL,
  HEAD,
  LINE_SPLITS,
  NO_SPLIT,
  PAYEES,
  SET,
  SHARE,
  type SplitShares,
} from './SplitShares';

/**
 * Internal: crediting on the event table — for one event, the credits it makes (as `creditEvents`
 * does: the split or 100 % to the owner, kept when the payee's plan credits that kind of event,
 * then rolled up the reporting line), written to a small buffer of columns. Plan versions in force
 * are looked up once per payee and day, each event's split once (pass 1), split shares are kept in
 * flat arrays. Throws the errors `creditEvents` throws.
 */
export class CreditPlan extends CreditBuffer {
  readonly terms: Term[];
  /** Payees of the run (`0 … known − 1`, sorted by id); numbers past them are unknown ids. */
  readonly known: number;
  readonly infos: PayeeInfo[];
  /** The first slot of the planned event's split in `shares.slots` (−1: 100 % to the owner). */
  first = -1;
  /** Its weight set in `shares.data` (−1: none). */
  set = -1;
  readonly shares: SplitShares;
  readonly #ctx: RunContext;
  readonly #table: EventTable;
  readonly #terms: PayeeTerms;
  readonly #manager: Int32Array;
  /** The row last planned in full (its credits are in the buffer), −1 for none. */
  #row = -1;
  readonly #one: Num;
  readonly #hundredth: Num;

  constructor(
    ctx: RunContext,
    table: EventTable,
    payees: Interner,
    known: number,
    shares: SplitShares,
  ) {
    super();
    this.#ctx = ctx;
    this.shares = shares;
    this.#table = table;
    this.known = known;
    this.infos = payees.names.slice(0, known).map((id) => ctx.payees.get(id) as PayeeInfo);
    this.#terms = new PayeeTerms(this.infos, table.days, known);
    this.terms = this.#terms.terms;
    this.#manager = new Int32Array(known).fill(-1);
    this.infos.forEach((info, i) => {
      const manager = info.record?.managerId;
      if (manager !== undefined) this.#manager[i] = payees.id(manager);
    });
    this.#one = parseNum('1', ctx.arithmetic);
    this.#hundredth = parseNum('0.01', ctx.arithmetic);
  }

  /** The term of payee `p` on day `day`, or −1 (no payee or assignment), −2 (no plan version). */
  termAt(p: number, day: number): number {
    return this.#terms.termAt(p, day);
  }

  /** The share of credit `j` as a fraction (`1` for the owner), as `creditEvents` makes it. */
  fraction(j: number): Num {
    if (this.first < 0) return this.#one;
    const k = this.share[j] as number;
    const at = this.set + HEAD + SHARE * k;
    const s = this.shares.data[at + FRACTION_S] as number;
    if (s >= 0) return new Fixed(this.shares.data[at + FRACTION_U] as number, s);
    const text = this.shares.weights(this.first).texts[k] as string;
    return mul(parseNum(text, this.#ctx.arithmetic), this.#hundredth);
  }

  /** The share of credit `j` in percent, as text. */
  shareText(j: number): string {
    if (this.first < 0) return '100';
    return this.shares.weights(this.first).texts[this.share[j] as number] as string;
  }

  /** The first share slot of event `e`'s split, −1 for none — the owner's plan says whether splits apply. */
  #splitOf(e: number): number {
    const t = this.#table;
    const r = t.row[e] as number;
    const split = t.rowSplit[r] as number;
    if (split === NO_SPLIT) return -1;
    const ownerTerm = this.termAt(t.rowOwner[r] as number, t.rowDay[r] as number);
    if (ownerTerm >= 0 && !this.#terms.splits(ownerTerm)) return -1;
    if (split !== LINE_SPLITS) return split;
    const links = t.linksOf(r);
    const orderId = links === null ? (t.rowDoc[r] as string) : (links.orderId as string);
    const entry = this.shares.index.get(orderId);
    const info = entry === undefined ? null : this.shares.index.lineSplit(entry, orderLineOf(t, e));
    return info === null ? -1 : this.shares.slotOf(info.index);
  }

  /**
   * Plans every event in input order, so a crediting error is the one `creditEvents` meets first
   * (called when planning in crediting order failed).
   */
  check(): void {
    for (const e of this.#table.inputOrder()) this.plan(e);
  }

  #fail(p: number, day: number, path: () => ErrorPath): never {
    const t = this.#table;
    inForce(this.#ctx, t.payees.names[p] as string, t.days[day] as string, path);
    throw new Error('internal: a payee in force was reported missing');
  }

  /** Plans the credits of event `e` into the buffer; returns their number. */
  plan(e: number): number {
    const t = this.#table;
    const r = t.row[e] as number;
    // The events of a row share its credits (unless each line has a split of its own).
    if (r === this.#row && t.rowSplit[r] !== LINE_SPLITS) return this.count;
    this.#row = -1;
    const origin = t.rowOrigin[r] as number;
    const day = t.rowDay[r] as number;
    const owner = t.rowOwner[r] as number;
    const first = this.#splitOf(e);
    const slots = this.shares.slots;
    const set = first < 0 ? -1 : (slots[first + SET] as number);
    this.first = first;
    this.set = set;
    const n = first < 0 ? 1 : (this.shares.data[set + COUNT] as number);
    const full = first >= 0 && this.shares.data[set + FULL] === 1;
    const bit = 1 << origin;
    this.count = 0;
    for (let k = 0; k < n; k += 1) {
      const p = first < 0 ? owner : (slots[first + PAYEES + k] as number);
      const term = this.termAt(p, day);
      if (term < 0)
        this.#fail(p, day, () => {
          if (first < 0) return [FIELDS[origin] as string, t.rowDocIndex[r] as number, 'ownerId'];
          const split = this.shares.split(first);
          return ['splits', split.index, 'splits', split.order[k] as number, 'payeeId'];
        });
      if (!this.#terms.accepts(term, bit)) continue;
      this.pushCredit(p, first < 0 ? 0 : full ? 3 : 1, 0, -1, k, term, -1);
    }
    const direct = this.count;
    for (let d = 0; d < direct; d += 1)
      if (this.#terms.rollsUp(this.term[d] as number)) this.#rollUp(d, day);
    this.#row = r;
    return this.count;
  }

  #rollUp(d: number, day: number): void {
    const term = this.term[d] as number;
    const rollUp = (this.terms[term] as Term).version.plan.crediting.rollUp;
    if (rollUp === undefined) return;
    const t = this.#table;
    const p = this.payee[d] as number;
    let below = p;
    const seen = [p];
    for (let level = 1; level <= rollUp.levels; level += 1) {
      const manager = this.#manager[below] as number;
      if (manager < 0) break;
      const info = this.infos[below] as PayeeInfo;
      const at = (): ErrorPath => ['payees', info.recordIndex, 'managerId'];
      if (seen.includes(manager))
        throw new CrmRulesError(
          'INVALID_INPUT',
          `the reporting line of ${this.infos[p]?.id} loops back to ${t.payees.names[manager]}`,
          { path: at(), value: t.payees.names[manager] },
        );
      seen.push(manager);
      const up = this.termAt(manager, day);
      if (up < 0) this.#fail(manager, day, at);
      this.pushCredit(manager, 2, level, p, this.share[d] as number, up, term);
      below = manager;
    }
  }

  /** The override rate of roll-up credit `j` (from the plan of the credit that rolled up), if any. */
  override(j: number): { readonly num: Num; readonly text: string } | null {
    const over = this.over[j] as number;
    if (over < 0) return null;
    return (this.terms[over] as Term).version.overrideRates.get(this.level[j] as number) ?? null;
  }
}
