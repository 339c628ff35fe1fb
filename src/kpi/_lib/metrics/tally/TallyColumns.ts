import type { Scaled } from '../../../../money/_lib/scaled/Fixed';
import { ScaledCells } from '../../../../money/_lib/scaled/ScaledCells';
import type { FactRef } from '../../../KpiMeasures';
import {
  COUNT_SUMS,
  type CountSum,
  FACT_GROUPS,
  type FactGroup,
  MONEY_SUMS,
  type MoneySum,
  Tally,
} from './Tally';

function indexOf<K extends string>(keys: readonly K[]): Readonly<Record<K, number>> {
  return Object.freeze(Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>);
}

/** Internal: the column of each money sum in {@link MONEY_SUMS} order. */
export const MONEY: Readonly<Record<MoneySum, number>> = indexOf(MONEY_SUMS);
/** Internal: the column of each count in {@link COUNT_SUMS} order. */
export const COUNT: Readonly<Record<CountSum, number>> = indexOf(COUNT_SUMS);
/** Internal: the column of each fact group in {@link FACT_GROUPS} order. */
export const GROUP: Readonly<Record<FactGroup, number>> = indexOf(FACT_GROUPS);

const M = MONEY_SUMS.length;
const C = COUNT_SUMS.length;
const G = FACT_GROUPS.length;

/**
 * Internal: every manager's tally while a run reads its facts, as shared columns — each manager
 * id interned once into a slot, its eight money sums cells of one {@link ScaledCells} (`slot × 8 +
 * sum`), its counts and fact-group counts in typed arrays — so adding a fact to a manager's
 * tally touches no object of that manager. {@link TallyColumns.tally} builds the {@link Tally} a
 * manager's metrics are finished from, with the same sums, counts and facts.
 */
export class TallyColumns {
  readonly #slots = new Map<string, number>();
  readonly ids: string[] = [];
  readonly #money = new ScaledCells(1024);
  #counts: Float64Array = new Float64Array(256 * C);
  #groups: Float64Array = new Float64Array(256 * G);
  readonly #items: Record<FactGroup, FactRef[]>[] | null;

  constructor(readonly full: boolean) {
    this.#items = full ? [] : null;
  }

  /** The manager's slot, made on first use. */
  slot(managerId: string): number {
    const known = this.#slots.get(managerId);
    if (known !== undefined) return known;
    const slot = this.ids.length;
    this.#slots.set(managerId, slot);
    this.ids.push(managerId);
    this.#money.fill((slot + 1) * M);
    if ((slot + 1) * C > this.#counts.length) this.#counts = grown(this.#counts);
    if ((slot + 1) * G > this.#groups.length) this.#groups = grown(this.#groups);
    this.#items?.push(
      Object.fromEntries(FACT_GROUPS.map((k) => [k, []])) as unknown as Record<
        FactGroup,
        FactRef[]
      >,
    );
    return slot;
  }

  /** Adds `n` to a count of the manager in `slot` (`sum`: a {@link COUNT} column). */
  count(slot: number, sum: number, n = 1): void {
    const at = slot * C + sum;
    this.#counts[at] = (this.#counts[at] as number) + n;
  }

  /** Adds an amount (base currency) to a money sum (`sum`: a {@link MONEY} column). */
  addMoney(slot: number, sum: number, amount: Scaled): void {
    this.#money.add(slot * M + sum, amount);
  }

  /** Adds `u × 10^−s` (a safe integer, a scale of at most 22) to a money sum. */
  addMoneyUnits(slot: number, sum: number, u: number, s: number): void {
    this.#money.addUnits(slot * M + sum, u, s);
  }

  /**
   * Counts a fact in a group (`group`: a {@link GROUP} column); returns the group's list with
   * full evidence, else `null`.
   */
  fact(slot: number, group: FactGroup): FactRef[] | null {
    const at = slot * G + GROUP[group];
    this.#groups[at] = (this.#groups[at] as number) + 1;
    return this.#items === null ? null : (this.#items[slot] as Record<FactGroup, FactRef[]>)[group];
  }

  /** The tally of the manager in `slot`: its sums, counts and facts as one object. */
  tally(slot: number): Tally {
    const tally = new Tally(this.full, this.#items?.[slot]);
    for (let k = 0; k < M; k += 1)
      tally.setMoney(MONEY_SUMS[k] as MoneySum, this.#money.get(slot * M + k));
    for (let k = 0; k < C; k += 1)
      tally.count[COUNT_SUMS[k] as CountSum] = this.#counts[slot * C + k] as number;
    for (let k = 0; k < G; k += 1)
      tally.groups[FACT_GROUPS[k] as FactGroup] = this.#groups[slot * G + k] as number;
    return tally;
  }
}

function grown(column: Float64Array): Float64Array {
  const out = new Float64Array(column.length * 2);
  out.set(column);
  return out;
}
