import { type Constant, type Exact40, parseConstant } from '../../../money/_lib/Exact40';
import type { Scorecard } from '../../Scorecard';

/** Internal: a parsed scorecard with what scoring reads of it many times, worked out once. */
export interface PreparedCard {
  readonly card: Scorecard;
  /** The KPI ids, for refusing values of unknown KPIs. */
  readonly ids: ReadonlySet<string>;
  readonly constant: Constant;
}

/** Internal: what scoring needs of a card scored once (nothing memoised). */
export function cardOnce(card: Scorecard): PreparedCard {
  return { card, ids: new Set(card.kpis.map((k) => k.id)), constant: parseConstant };
}

/** Internal: a card prepared for many scorings: its constants memoised, its ids kept. */
export function preparedCard(card: Scorecard): PreparedCard {
  const memo = new Map<string, Exact40>();
  const constant: Constant = (text) => {
    let d = memo.get(text);
    if (d === undefined) {
      d = parseConstant(text);
      memo.set(text, d);
    }
    return d;
  };
  return { card, ids: new Set(card.kpis.map((k) => k.id)), constant };
}

/**
 * The cards `prepareScorecard` returned, each deep-frozen by it: an entry can never disagree with
 * its key, and goes when the caller drops the card.
 */
const PREPARED = new WeakMap<object, PreparedCard>();

/** Internal: registers a prepared card under the frozen object handed to the caller. */
export function registerPrepared(frozen: object, prepared: PreparedCard): void {
  PREPARED.set(frozen, prepared);
}

/** Internal: the prepared form of a card `prepareScorecard` returned, else `undefined`. */
export function preparedOf(scorecard: unknown): PreparedCard | undefined {
  return typeof scorecard === 'object' && scorecard !== null ? PREPARED.get(scorecard) : undefined;
}
