/**
 * The benchmark plan (see `commissionData.ts`) computed with plain JavaScript numbers — the float
 * implementation the exact engine is compared with. It is built the way the engine is: orders are
 * read once into columns (typed arrays; ids numbered through Maps, amounts `Number(quantity) ×
 * Number(unitPrice)`), sorted once (by date, then order id and line id, as the engine's crediting
 * order), then one sweep splits each line two ways (the remainder cent to the last share), converts
 * it at the document date's rate, prices it by the rate table (category group, key customers) and
 * the cumulative marginal tiers into per-payee accumulators, rounding each line to cents in the
 * statement currency; the period cap and the accelerator close each payee. No validation, no
 * traces, no lines kept: only the figures. Not exact (binary floats), and that is the point.
 */
import type { BenchOrder } from './commissionData';
import { CAP, CATEGORIES, FX, GROUP_RATES, KEY_RATE, PAY_FX, QUOTA, TIERS } from './commissionData';

/** Per payee: the payable total and the number of statement lines behind it. */
export interface FloatStatement {
  payeeId: string;
  payable: number;
  lines: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function grow<T extends Float64Array | Int32Array>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/** Computes the benchmark plan for every payee with floats. */
export function floatStatements(
  orders: Iterable<BenchOrder>,
  splits: ReadonlyArray<{
    /** The bench's splits are all keyed by order (invoice splits are skipped). */
    orderId?: string | undefined;
    splits: ReadonlyArray<{ payeeId: string; percent: string }>;
  }>,
  keyCustomers: ReadonlySet<string>,
  payCurrency: (payeeId: string) => string,
): FloatStatement[] {
  const payees = new Map<string, number>();
  const names: string[] = [];
  const payee = (id: string) => {
    let p = payees.get(id);
    if (p === undefined) {
      p = names.length;
      payees.set(id, p);
      names.push(id);
    }
    return p;
  };
  const splitOf = new Map<string, Array<{ payee: number; percent: number }>>();
  for (const s of splits)
    if (s.orderId !== undefined)
      splitOf.set(
        s.orderId,
        s.splits.map((share) => ({ payee: payee(share.payeeId), percent: Number(share.percent) })),
      );
  const rates = new Map<string, number>();
  CATEGORIES.forEach((category, i) => {
    rates.set(category, Number(GROUP_RATES[Math.floor(i / 5)]));
  });
  const fxOf = new Map(Object.entries(FX).map(([c, r]) => [c, Number(r)]));
  const lineRanks = new Map<string, number>();
  // Orders and lines as columns.
  const ids: string[] = [];
  const shareOf: Array<Array<{ payee: number; percent: number }>> = [];
  let day = new Int32Array(1024);
  let fx = new Float64Array(1024);
  let first = new Int32Array(1024);
  let amount = new Float64Array(4096);
  let rate = new Float64Array(4096);
  let lineRank = new Int32Array(4096);
  let n = 0;
  for (const order of orders) {
    const o = ids.length;
    day = grow(day, o + 1);
    fx = grow(fx, o + 1);
    first = grow(first, o + 2);
    ids.push(order.id);
    shareOf.push(splitOf.get(order.id) ?? [{ payee: payee(order.ownerId), percent: 100 }]);
    day[o] = Number(order.orderDate.slice(8, 10)) - 1;
    fx[o] = order.currency === 'USD' ? 1 : (fxOf.get(order.currency) ?? 1);
    first[o] = n;
    const key = keyCustomers.has(order.customerId);
    for (const line of order.lines) {
      amount = grow(amount, n + 1);
      rate = grow(rate, n + 1);
      lineRank = grow(lineRank, n + 1);
      amount[n] = Number(line.quantity) * Number(line.unitPrice);
      rate[n] =
        key && line.categoryId === 'CAT-00'
          ? Number(KEY_RATE)
          : (rates.get(line.categoryId) ?? 0.01);
      let r = lineRanks.get(line.lineId);
      if (r === undefined) {
        r = lineRanks.size;
        lineRanks.set(line.lineId, r);
      }
      lineRank[n] = r;
      n += 1;
    }
    first[o + 1] = n;
  }
  // Line ids ranked by their text, orders by date then id (counting sort, then sort within a day).
  const sortedLines = [...lineRanks.keys()].sort();
  const rankOf = new Int32Array(lineRanks.size);
  for (const [id, r] of lineRanks) rankOf[r] = sortedLines.indexOf(id);
  const byDay: number[][] = Array.from({ length: 31 }, () => []);
  for (let o = 0; o < ids.length; o++) (byDay[day[o] as number] as number[]).push(o);
  const byId = (a: number, b: number) =>
    (ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0;
  // Per payee: product sum, volume sum, running volume measure, credited, line count.
  const P = names.length;
  const product = new Float64Array(P);
  const volume = new Float64Array(P);
  const running = new Float64Array(P);
  const credited = new Float64Array(P);
  const lines = new Int32Array(P);
  const pay = Float64Array.from(names, (id) => (payCurrency(id) === 'USD' ? 1 : Number(PAY_FX)));
  const tiers = TIERS.map(([from, to, r]) => [from, to ?? Number.POSITIVE_INFINITY, Number(r)]);
  const order: number[] = [];
  const byLine = (a: number, b: number) =>
    (rankOf[lineRank[a] as number] as number) - (rankOf[lineRank[b] as number] as number);
  for (const list of byDay)
    for (const o of list.sort(byId)) {
      order.length = 0;
      for (let l = first[o] as number; l < (first[o + 1] as number); l++) order.push(l);
      order.sort(byLine);
      const shares = shareOf[o] as Array<{ payee: number; percent: number }>;
      for (const l of order) {
        const whole = amount[l] as number;
        let left = whole;
        for (let k = 0; k < shares.length; k++) {
          const share = shares[k] as { payee: number; percent: number };
          const part =
            k === shares.length - 1 ? round2(left) : Math.floor(whole * share.percent + 1e-9) / 100;
          left -= part;
          const p = share.payee;
          const base = part * (fx[o] as number);
          const f = pay[p] as number;
          product[p] = (product[p] as number) + round2(base * (rate[l] as number) * f);
          const before = running[p] as number;
          const after = before + base;
          let tier = 0;
          for (const [from, to, r] of tiers as Array<[number, number, number]>) {
            const lo = Math.max(before, from);
            const hi = Math.min(after, to);
            if (hi > lo) tier += (hi - lo) * r;
          }
          running[p] = after;
          credited[p] = (credited[p] as number) + base;
          volume[p] = (volume[p] as number) + round2(tier * f);
          lines[p] = (lines[p] as number) + 2;
        }
      }
    }
  const out: FloatStatement[] = [];
  const quota = Number(QUOTA);
  for (const p of names.map((_, i) => i).sort((a, b) => byName(names, a, b))) {
    const f = pay[p] as number;
    const cap = round2(Number(CAP) * f);
    const earned = Math.min(product[p] as number, cap);
    const accelerated = (credited[p] as number) >= quota ? round2((volume[p] as number) * 0.5) : 0;
    out.push({
      payeeId: names[p] as string,
      payable: earned + (volume[p] as number) + accelerated,
      lines: lines[p] as number,
    });
  }
  return out;
}

function byName(names: readonly string[], a: number, b: number): number {
  return (names[a] as string) < (names[b] as string) ? -1 : 1;
}
