/**
 * The benchmark plan (see `commissionData.ts`) computed with plain JavaScript numbers — the
 * naive floating-point implementation the exact engine is compared with. Same steps: order line
 * nets, two-way splits with the remainder cent to the larger share, FX at the document date, the
 * rate table by category and key customer, cumulative marginal tiers per payee, line rounding,
 * the period cap and the accelerator. Not exact (binary floats), and that is the point.
 */
import type { BenchOrder } from './commissionData';
import { CAP, CATEGORIES, FX, GROUP_RATES, KEY_RATE, PAY_FX, QUOTA, TIERS } from './commissionData';

interface FloatCredit {
  date: string;
  order: string;
  line: string;
  base: number;
  category: string;
  key: boolean;
}

/** Per payee: the line amounts (two per credit) and the payable total. */
export interface FloatStatement {
  payeeId: string;
  amounts: Float64Array;
  payable: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Computes the benchmark plan for every payee with floats. */
export function floatStatements(
  orders: readonly BenchOrder[],
  splits: ReadonlyArray<{
    orderId: string;
    splits: ReadonlyArray<{ payeeId: string; percent: string }>;
  }>,
  keyCustomers: ReadonlySet<string>,
  payCurrency: (payeeId: string) => string,
): FloatStatement[] {
  const groupRate = new Map<string, number>();
  CATEGORIES.forEach((category, i) => {
    groupRate.set(category, Number(GROUP_RATES[Math.floor(i / 5)]));
  });
  const splitOf = new Map(splits.map((s) => [s.orderId, s.splits]));
  const byPayee = new Map<string, FloatCredit[]>();
  for (const order of orders) {
    const fx = order.currency === 'USD' ? 1 : Number(FX[order.currency]);
    const shares = splitOf.get(order.id) ?? [{ payeeId: order.ownerId, percent: '100' }];
    for (const line of order.lines) {
      const amount = Number(line.quantity) * Number(line.unitPrice);
      let left = amount;
      shares.forEach((share, i) => {
        const part =
          i === shares.length - 1
            ? round2(left)
            : Math.floor(amount * Number(share.percent) + 1e-9) / 100;
        left -= part;
        const list = byPayee.get(share.payeeId) ?? [];
        list.push({
          date: order.orderDate,
          order: order.id,
          line: line.lineId,
          base: part * fx,
          category: line.categoryId,
          key: keyCustomers.has(order.customerId),
        });
        byPayee.set(share.payeeId, list);
      });
    }
  }
  const out: FloatStatement[] = [];
  for (const payeeId of [...byPayee.keys()].sort()) {
    const credits = byPayee.get(payeeId) as FloatCredit[];
    credits.sort((a, b) =>
      a.date < b.date
        ? -1
        : a.date > b.date
          ? 1
          : a.order < b.order
            ? -1
            : a.order > b.order
              ? 1
              : a.line < b.line
                ? -1
                : 1,
    );
    const pay = payCurrency(payeeId) === 'USD' ? 1 : Number(PAY_FX);
    const amounts = new Float64Array(credits.length * 2);
    let product = 0;
    let volume = 0;
    let running = 0;
    let credited = 0;
    credits.forEach((c, i) => {
      const rate =
        c.category === 'CAT-00' && c.key ? Number(KEY_RATE) : (groupRate.get(c.category) ?? 0.01);
      const p = round2(c.base * rate * pay);
      let tier = 0;
      const after = running + c.base;
      for (const [from, to, r] of TIERS) {
        const lo = Math.max(running, from);
        const hi = to === null ? after : Math.min(after, to);
        if (hi > lo) tier += (hi - lo) * Number(r);
      }
      running = after;
      credited += c.base;
      const v = round2(tier * pay);
      amounts[2 * i] = p;
      amounts[2 * i + 1] = v;
      product += p;
      volume += v;
    });
    const cap = round2(Number(CAP) * pay);
    if (product > cap) product = cap;
    if (credited >= Number(QUOTA)) volume += round2(volume * 0.5);
    out.push({ payeeId, amounts, payable: product + volume });
  }
  return out;
}
