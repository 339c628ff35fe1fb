import { Decimal } from '../../../money';
import { ExactColumns } from '../aging/ExactSum';

const BITS = 14;
const BLOCK = 1 << BITS;
const MASK = BLOCK - 1;
const ZERO = new Decimal(0);

/**
 * Exact running sums in numbered cells whose count is not known up front (a cell per customer,
 * per invoice): {@link ExactColumns} in blocks of 16,384 cells, added as cells are first used.
 */
export class ExactBlocks {
  private readonly blocks: ExactColumns[] = [];

  /** Adds an amount given as its whole minor units (`null` when it is not whole) and as a decimal. */
  add(cell: number, units: number | null, amount: Decimal): void {
    const at = cell >>> BITS;
    while (this.blocks.length <= at) this.blocks.push(new ExactColumns(BLOCK));
    (this.blocks[at] as ExactColumns).add(cell & MASK, units, amount);
  }

  /** Adds whole minor units when the sum stays safe; `false` (nothing added) when it would not. */
  addUnits(cell: number, units: number): boolean {
    const at = cell >>> BITS;
    while (this.blocks.length <= at) this.blocks.push(new ExactColumns(BLOCK));
    return (this.blocks[at] as ExactColumns).addUnits(cell & MASK, units);
  }

  /** The sum of a cell (0 when nothing was added), with `places` the minor-unit places. */
  value(cell: number, places: number): Decimal {
    const block = this.blocks[cell >>> BITS];
    return block === undefined ? ZERO : block.value(cell & MASK, places);
  }

  /** The sum of a cell in whole minor units (0 when nothing was added), or `undefined`. */
  whole(cell: number): number | undefined {
    const block = this.blocks[cell >>> BITS];
    return block === undefined ? 0 : block.whole(cell & MASK);
  }
}
