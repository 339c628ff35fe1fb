import { scaledText } from '../../../money/_lib/scaled/scaledText';
import type { TierSlice } from '../../model/StatementLine';
import type { SliceNum } from '../pricing/tierDelta';

/** Internal: a slice as JSON (decimal strings at full precision). */
export function sliceJson(slice: SliceNum): TierSlice {
  return {
    kind: slice.kind,
    from: scaledText(slice.from),
    to: scaledText(slice.to),
    rate: scaledText(slice.rate),
    amount: scaledText(slice.amount),
    commission: scaledText(slice.commission),
  };
}
