import { Fixed } from '../../../../money/_lib/scaled/Fixed';
import type { Num } from '../../exact/num';
import type { PayeeRun } from '../../payee/PayeeRun';
import {
  BASIS,
  COLUMNS,
  LINES,
  META,
  PAY_CURRENCY,
  PLAN_CURRENCY,
  ROUND,
  RUN,
  SCALE,
  STATE,
  VERSION,
} from './KernelHost';

/** Internal: the layout of the payee blocks of a column run (see `KernelHost`). */
interface Blocks {
  readonly block: Float64Array;
  readonly stride: number;
  readonly width: number;
  readonly components: number;
}

/**
 * Internal: starts payee `p`'s block: its state, statement scale and rounding, currencies and
 * basis tracking; credited and total at 0, running measures and sums unset, tier segments unknown.
 */
export function openBlock(
  blocks: Blocks,
  p: number,
  fields: {
    state: number;
    scale: number;
    round: number;
    planCurrency: number;
    payCurrency: number;
    basis: boolean;
  },
): void {
  const { block, stride, width } = blocks;
  const m = p * stride;
  block[m + STATE] = fields.state;
  block[m + SCALE] = fields.scale;
  block[m + ROUND] = fields.round;
  block[m + PLAN_CURRENCY] = fields.planCurrency;
  block[m + PAY_CURRENCY] = fields.payCurrency;
  block[m + BASIS] = fields.basis ? 1 : 0;
  block[m + VERSION] = -1;
  // credited and total start at 0; running measures and sums are unset; segments unknown
  block.fill(-1, m + META + width + 2, m + META + 2 * width);
  block.fill(-9, m + META + 2 * width, m + stride);
  block[m + META + width] = 0;
  block[m + META + width + 1] = 0;
}

/** Internal: writes payee `p`'s column figures to its run (components by slot: `ids`). */
export function blockToRun(blocks: Blocks, p: number, run: PayeeRun, ids: readonly string[]): void {
  const { block: b, stride, width, components: K } = blocks;
  const u = p * stride + META;
  const s = u + width;
  const fixed = (i: number) => new Fixed(b[u + i] as number, b[s + i] as number);
  run.credited = fixed(0);
  run.creditTotal = fixed(1);
  run.creditLines = b[p * stride + LINES] as number;
  for (let k = 0; k < K; k += 1) {
    const id = ids[k] as string;
    if ((b[s + 2 + k] as number) >= 0) run.running.set(id, fixed(2 + k));
    if ((b[s + 2 + K + k] as number) >= 0) run.sums.set(id, fixed(2 + K + k));
  }
}

/**
 * Internal: reads payee `p`'s figures back from its run into its block (state `COLUMNS`), unless
 * one left the safe integers: then the payee stays in its run for good (state `RUN`).
 */
export function runToBlock(blocks: Blocks, p: number, run: PayeeRun, ids: readonly string[]): void {
  const { block: b, stride, width, components: K } = blocks;
  const m = p * stride;
  const values: Array<Num | undefined> = [run.credited, run.creditTotal];
  for (let k = 0; k < K; k += 1) values.push(run.running.get(ids[k] as string));
  for (let k = 0; k < K; k += 1) values.push(run.sums.get(ids[k] as string));
  if (values.some((v) => v !== undefined && !(v instanceof Fixed))) {
    b[m + STATE] = RUN;
    return;
  }
  values.forEach((v, i) => {
    b[m + META + i] = v === undefined ? 0 : (v as Fixed).u;
    b[m + META + width + i] = v === undefined ? -1 : (v as Fixed).s;
  });
  b[m + LINES] = run.creditLines;
  b[m + STATE] = COLUMNS;
}
