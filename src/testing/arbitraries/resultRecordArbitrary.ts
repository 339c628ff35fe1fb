import type { ResultRecord } from '../../ports';
import fc from '../_lib/fastCheck';
import { pick } from './shared';

/** Options of {@link resultRecordArbitrary}: the pools each field is drawn from. */
export interface ResultRecordArbitraryOptions {
  readonly kinds?: readonly string[];
  readonly keys?: readonly string[];
  readonly periods?: readonly string[];
  readonly subjectIds?: readonly string[];
}

/**
 * Valid result records. Small pools of kinds and keys (including keys whose code-point and
 * UTF-16 orders differ) make puts to an existing key frequent; values are small portable JSON.
 *
 * @param options - pools of kinds, keys, periods and subjects
 * @returns an arbitrary of records that pass `ResultRecord`
 * @example
 * ```ts
 * import fc from 'fast-check';
 * fc.sample(resultRecordArbitrary({ kinds: ['grade'] }), 3).every((record) => record.kind === 'grade');
 * //=> true
 * ```
 */
export function resultRecordArbitrary(
  options: ResultRecordArbitraryOptions = {},
): fc.Arbitrary<ResultRecord> {
  const scalar = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom('key', '12.50', '重点客户', ''),
  );
  const value = fc.oneof(
    scalar,
    fc.array(scalar, { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'grade', 'amount'), scalar, { maxKeys: 3 }),
  );
  return fc
    .record({
      kind: pick(options.kinds ?? ['grade', 'commission-statement']),
      key: pick(options.keys ?? ['a', 'b', 'B', 'é', 'ｚ', '😀']),
      period: pick(options.periods ?? ['2026-Q1', '2026-Q2']),
      subjectId: pick(options.subjectIds ?? ['C-1', 'AM-1']),
      value,
      closed: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.boolean() },
      ),
    })
    .map(({ closed, ...rest }) => (closed === undefined ? rest : { ...rest, closed }));
}
