import type { ExposureIndex } from '../../ExposureIndex';
import type { AgingSource } from '../aging/AgingSource';

const COLUMNS = new WeakMap<object, AgingSource>();

/** Notes the columns of a built index (its open items and credit sales without objects). */
export function keepColumns(index: ExposureIndex, columns: AgingSource): void {
  COLUMNS.set(index, columns);
}

/** The columns of an index made by `buildExposureIndex`, or `undefined` for any other object. */
export function columnsOf(index: object): AgingSource | undefined {
  return COLUMNS.get(index);
}
