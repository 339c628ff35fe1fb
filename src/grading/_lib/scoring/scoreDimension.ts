import type { TraceStep } from '../../../explain';
import type { ScoreSpec, ScoreValue } from '../../rfm/ScoreSpec';
import { thresholdScores } from '../../rfm/thresholdScores';
import { scoreKeys, worseCounts } from './worseCounts';

/** Internal: an RFM dimension. */
export type Dimension = 'recency' | 'frequency' | 'monetary';

/** Internal: one dimension's scores and a builder of its trace steps. */
export interface Scored {
  readonly scores: readonly number[];
  step(
    i: number,
    n: number,
    value: string | number,
    currency: string | null,
    suffix: string,
  ): TraceStep;
}

/** Internal: scores one RFM dimension by its spec. */
export function scoreDimension(
  dimension: Dimension,
  values: ScoreValue[],
  spec: ScoreSpec,
): Scored {
  const direction = dimension === 'recency' ? 'lower-is-better' : 'higher-is-better';
  const codes = codesOf(dimension);
  if (spec.kind === 'thresholds') {
    const scores = thresholdScores(values, { thresholds: spec.thresholds, direction });
    const thresholds = `[${spec.thresholds.join(', ')}]`;
    return {
      scores,
      step: (i, _n, value, currency, suffix) => {
        const code = codes.thresholds(suffix);
        const score = scores[i] as number;
        return currency === null
          ? { code, params: { value, score, thresholds } }
          : { code, params: { value, currency, score, thresholds } };
      },
    };
  }
  const worse = worseCounts(scoreKeys(values), direction);
  const n = values.length;
  const bins = spec.bins;
  const scores: number[] = new Array(n);
  for (let i = 0; i < n; i += 1) scores[i] = Math.floor(((worse[i] as number) * bins) / n) + 1;
  return {
    scores,
    step: (i, count, value, currency, suffix) => {
      const code = codes.quantile(suffix);
      const score = scores[i] as number;
      const below = worse[i] as number;
      return currency === null
        ? { code, params: { value, score, bins, worse: below, count } }
        : { code, params: { value, currency, score, bins, worse: below, count } };
    },
  };
}

/** The step codes of a dimension, built once per suffix rather than once per customer. */
function codesOf(dimension: Dimension): {
  quantile(suffix: string): string;
  thresholds(suffix: string): string;
} {
  const cache = new Map<string, string>();
  const code = (kind: string, suffix: string): string => {
    const key = kind + suffix;
    let text = cache.get(key);
    if (text === undefined) {
      text = `grading.rfm.${dimension}.${kind}${suffix}`;
      cache.set(key, text);
    }
    return text;
  };
  return {
    quantile: (suffix) => code('quantile', suffix),
    thresholds: (suffix) => code('thresholds', suffix),
  };
}
