import { parseScaled, type Scaled, ZERO } from '../../../../money/_lib/scaled/Fixed';
import { ScaledCells } from '../../../../money/_lib/scaled/ScaledCells';
import { scaledText } from '../../../../money/_lib/scaled/scaledText';
import type { FactRef, KpiTally } from '../../../KpiMeasures';

/** Internal: the money sums of a manager's tally (base currency). */
export const MONEY_SUMS = [
  'salesOrders',
  'salesCredits',
  'priorOrders',
  'priorCredits',
  'amountDue',
  'amountCollected',
  'receivables',
  'invoiced',
] as const;
/** Internal: the counts of a manager's tally. */
export const COUNT_SUMS = [
  'orders',
  'ordersCompleted',
  'ordersDue',
  'ordersOnTime',
  'newCustomers',
  'complaints',
  'csatAnswers',
  'csatPositive',
  'npsAnswers',
  'npsPromoters',
  'npsDetractors',
  'trainingAssigned',
  'trainingCompleted',
] as const;
/** Internal: the groups of facts a tally counts (and lists with full evidence). */
export const FACT_GROUPS = [
  'orders',
  'priorOrders',
  'credits',
  'priorCredits',
  'dueOrders',
  'newCustomers',
  'invoicesDue',
  'dsoInvoices',
  'complaints',
  'csat',
  'nps',
  'training',
] as const;
export type MoneySum = (typeof MONEY_SUMS)[number];
const MONEY_CELL = Object.fromEntries(MONEY_SUMS.map((k, i) => [k, i])) as Record<MoneySum, number>;
export type CountSum = (typeof COUNT_SUMS)[number];
export type FactGroup = (typeof FACT_GROUPS)[number];

/** Internal: a manager's additive state while facts are read. */
export class Tally {
  /** The money sums, one cell each in {@link MONEY_SUMS} order, added in place. */
  readonly #money = new ScaledCells(MONEY_SUMS.length);
  readonly count: Record<CountSum, number>;
  readonly groups: Record<FactGroup, number>;
  readonly items: Record<FactGroup, FactRef[]> | null;

  /** An empty tally (`items`: the fact lists to start from with full evidence). */
  constructor(full: boolean, items?: Record<FactGroup, FactRef[]>) {
    for (let i = 0; i < MONEY_SUMS.length; i += 1) this.#money.push(ZERO);
    this.count = Object.fromEntries(COUNT_SUMS.map((k) => [k, 0])) as Record<CountSum, number>;
    this.groups = Object.fromEntries(FACT_GROUPS.map((k) => [k, 0])) as Record<FactGroup, number>;
    this.items = full
      ? (items ??
        (Object.fromEntries(FACT_GROUPS.map((k) => [k, []])) as unknown as Record<
          FactGroup,
          FactRef[]
        >))
      : null;
  }

  /** Sets a money sum (base currency). */
  setMoney(sum: MoneySum, amount: Scaled): void {
    this.#money.set(MONEY_CELL[sum], amount);
  }

  /** Adds an amount (base currency) to a money sum. */
  addMoney(sum: MoneySum, amount: Scaled): void {
    this.#money.add(MONEY_CELL[sum], amount);
  }

  /** A money sum. */
  money(sum: MoneySum): Scaled {
    return this.#money.get(MONEY_CELL[sum]);
  }

  /** Counts a fact in a group; returns the group's list with full evidence, else `null`. */
  fact(group: FactGroup): FactRef[] | null {
    this.groups[group] += 1;
    return this.items === null ? null : this.items[group];
  }

  /** The JSON form: sums as decimal strings, items sorted by kind then id. */
  toJson(): KpiTally {
    const sums: Record<string, string> = {};
    for (const k of MONEY_SUMS) sums[k] = scaledText(this.money(k));
    for (const k of COUNT_SUMS) sums[k] = String(this.count[k]);
    const items = this.items === null ? null : sortedItems(this.items);
    return { sums, counts: { ...this.groups }, items };
  }

  /** Adds a tally's JSON form (another shard's) to this one. */
  addJson(json: KpiTally): void {
    for (const k of MONEY_SUMS) this.addMoney(k, exactOf(json.sums[k]));
    for (const k of COUNT_SUMS) this.count[k] += Number(json.sums[k] ?? '0');
    for (const k of FACT_GROUPS) {
      this.groups[k] += json.counts[k] ?? 0;
      if (this.items !== null) this.items[k].push(...(json.items?.[k] ?? []));
    }
  }
}

function exactOf(text: string | undefined): Scaled {
  return text === undefined ? ZERO : (parseScaled(text, true) ?? ZERO);
}

/** Internal: orders facts by kind, id and tag (code point), so fact order never shows. */
export function compareFacts(a: FactRef, b: FactRef): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  const x = a.tag ?? '';
  const y = b.tag ?? '';
  return x === y ? 0 : x < y ? -1 : 1;
}

function sortedItems(items: Record<FactGroup, FactRef[]>): Record<string, FactRef[]> {
  const out: Record<string, FactRef[]> = {};
  for (const k of FACT_GROUPS) out[k] = [...items[k]].sort(compareFacts);
  return out;
}
