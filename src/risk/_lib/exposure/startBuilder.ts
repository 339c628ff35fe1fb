import * as z from 'zod';
import { CrmRulesError, parseWith } from '../../../errors';
import { requireObject } from '../../../errors/_lib/argumentGuards';
import { CurrencyCode } from '../../../money';
import { IsoDate } from '../../../period';
import { CreditPolicy } from '../../policies';
import type { ExposureOptions, RiskFacts } from '../../RiskFacts';
import { ExposureBuilder, FACT_STREAMS, type FactStream } from './ExposureBuilder';

const Options = z.object({ asOf: IsoDate, baseCurrency: CurrencyCode });

/** Checks the arguments before the first document is read, and starts a builder. */
export function startBuilder(
  facts: RiskFacts<unknown>,
  options: ExposureOptions,
  isStream: (value: unknown) => boolean,
): { builder: ExposureBuilder; streams: [FactStream, unknown][] } {
  requireObject(facts, 'facts');
  requireObject(options, 'options');
  const { asOf, baseCurrency } = parseWith(Options, options, { path: ['options'] });
  const policy = parseWith(CreditPolicy, options.policy, { path: ['options', 'policy'] });
  const fx = options.fx;
  if (fx !== undefined && !(fx?.series instanceof Map))
    throw new CrmRulesError('INVALID_INPUT', 'expected a table made by createFxTable', {
      path: ['options', 'fx'],
      value: fx,
    });
  const streams: [FactStream, unknown][] = [];
  for (const name of FACT_STREAMS) {
    const stream = facts[name];
    if (stream === undefined) continue;
    if (!isStream(stream))
      throw new CrmRulesError('INVALID_INPUT', 'expected an iterable of records', {
        path: ['facts', name],
        value: stream,
      });
    streams.push([name, stream]);
  }
  return { builder: new ExposureBuilder(asOf, policy, baseCurrency, fx), streams };
}

/** An iterable (an array, a Set, a generator). */
export function isIterable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** An async iterable, or an iterable. */
export function isAsyncIterable(value: unknown): boolean {
  return (
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] ===
        'function') ||
    isIterable(value)
  );
}

/** Reads every document of `streams` (from {@link startBuilder}) into `builder`, in order. */
export function readStreams(builder: ExposureBuilder, streams: [FactStream, unknown][]): void {
  for (const [name, stream] of streams) {
    if (Array.isArray(stream)) builder.expect(name, stream.length);
    if (Array.isArray(stream) && stream[Symbol.iterator] === ARRAY_VALUES) {
      // What `for…of` reads, holes as `undefined`, without an iterator result per document.
      for (let index = 0; index < stream.length; index += 1)
        builder.add(name, stream[index], index);
      continue;
    }
    let index = 0;
    for (const raw of stream as Iterable<unknown>) builder.add(name, raw, index++);
  }
}

/** The arrays' own iterator: an array that keeps it is read by index. */
const ARRAY_VALUES = Array.prototype[Symbol.iterator];
