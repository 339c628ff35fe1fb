export { quantileScores, safeQuantileScores } from './quantileScores';
export { RF_GRID } from './RF_GRID';
export {
  RfmOptions,
  type RfmOptionsInput,
  type RfmScore,
  rfmScores,
  safeRfmScores,
} from './rfmScores';
export {
  QuantileOptions,
  type QuantileOptionsInput,
  ScoreDirection,
  ScoreSpec,
  type ScoreValue,
  ThresholdOptions,
  type ThresholdOptionsInput,
} from './ScoreSpec';
export { BUILT_IN_SEGMENTS, SEGMENT_FACTS, SegmentTable } from './SegmentTable';
export { type SegmentResult, safeSegmentCustomers, segmentCustomers } from './segmentCustomers';
export { safeThresholdScores, thresholdScores } from './thresholdScores';
