import type { TierSlice } from '../../model/StatementLine';
import { numText } from '../exact/roundNum';
import type { SliceNum } from '../pricing/tierDelta';

/** Internal: a slice as JSON (decimal strings at full precision). */
export function sliceJson(slice: SliceNum): TierSlice {
  return {
    kind: slice.kind,
    from: numText(slice.from),
    to: numText(slice.to),
    rate: numText(slice.rate),
    amount: numText(slice.amount),
    commission: numText(slice.commission),
  };
}
