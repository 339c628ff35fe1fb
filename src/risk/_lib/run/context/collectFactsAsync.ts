import { CrmRulesError } from '../../../../errors';
import { streamNames } from './collectFacts';

/** Internal: the streams of `facts` (iterables or async iterables) read into arrays. */
export async function collectFactsAsync(facts: unknown): Promise<Record<string, unknown[]>> {
  const arrays: Record<string, unknown[]> = {};
  for (const name of streamNames(facts)) {
    const stream = (facts as Record<string, unknown>)[name];
    if (stream === undefined) continue;
    const source = stream as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
    if (
      typeof stream === 'string' ||
      (typeof source?.[Symbol.asyncIterator] !== 'function' &&
        typeof source?.[Symbol.iterator] !== 'function')
    )
      throw new CrmRulesError(
        'INVALID_INPUT',
        'expected an iterable or async iterable of records',
        {
          path: ['facts', name],
          value: stream,
        },
      );
    const items: unknown[] = [];
    for await (const item of stream as AsyncIterable<unknown>) items.push(item);
    arrays[name] = items;
  }
  return arrays;
}
