import { CrmRulesError } from '../../../../errors';
import type { RunControl } from '../../../../errors/_lib/runControl';
import { FACT_STREAMS, type FactStream } from '../exact/streams';
import type { MeasureRun } from '../tally/MeasureRun';
import { readCustomer } from './readCustomer';
import { readDelivery } from './readDelivery';
import { readComplaint, readSurvey, readTraining } from './readFeedback';
import { readCreditNote, readInvoice, readPayment } from './readInvoice';
import { readOrder } from './readOrder';
import { readManual, readTarget } from './readTarget';

type Reader = (run: MeasureRun, raw: unknown, index: number) => void;

const READERS = {
  customers: readCustomer,
  orders: readOrder,
  deliveries: readDelivery,
  invoices: readInvoice,
  creditNotes: readCreditNote,
  payments: readPayment,
  surveyResponses: readSurvey,
  complaints: readComplaint,
  trainingRecords: readTraining,
  targets: readTarget,
  manual: readManual,
} as const satisfies Record<FactStream, Reader>;

/** Internal: the facts object checked: an object of known streams only. */
export function checkFacts(facts: unknown): Readonly<Record<string, unknown>> {
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts))
    throw new CrmRulesError('INVALID_INPUT', 'expected facts as an object of streams', {
      path: ['facts'],
      value: facts,
    });
  for (const key of Object.keys(facts))
    if (!(FACT_STREAMS as readonly string[]).includes(key))
      throw new CrmRulesError('INVALID_INPUT', `unknown fact stream ${key}`, {
        path: ['facts', key],
        value: key,
      });
  return facts as Readonly<Record<string, unknown>>;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
  );
}

function notIterable(stream: string, value: unknown, async: boolean): CrmRulesError {
  const expected = async ? 'an iterable or async iterable' : 'an iterable (an array, a generator)';
  return new CrmRulesError('INVALID_INPUT', `expected ${stream} as ${expected}`, {
    path: ['facts', stream],
    value,
  });
}

/** Internal: reads every stream a run needs, once each, in {@link FACT_STREAMS} order. */
export function readStreams(
  run: MeasureRun,
  facts: Readonly<Record<string, unknown>>,
  control: RunControl,
): void {
  for (const stream of FACT_STREAMS) {
    const source = facts[stream];
    if (source === undefined || !run.streams.has(stream)) continue;
    if (!isIterable(source)) throw notIterable(stream, source, false);
    const read: Reader = READERS[stream];
    const meter = control.stage(stream, Array.isArray(source) ? source.length : undefined);
    let index = 0;
    for (const fact of source) {
      read(run, fact, index);
      index += 1;
      if (index >= meter.next) meter.at(index);
    }
    meter.end(index);
  }
}

/** Internal: {@link readStreams} over async (or sync) iterables; the signal is seen between facts. */
export async function readStreamsAsync(
  run: MeasureRun,
  facts: Readonly<Record<string, unknown>>,
  control: RunControl,
): Promise<void> {
  for (const stream of FACT_STREAMS) {
    const source = facts[stream];
    if (source === undefined || !run.streams.has(stream)) continue;
    if (!isIterable(source) && !isAsyncIterable(source)) throw notIterable(stream, source, true);
    const read: Reader = READERS[stream];
    const meter = control.stage(stream, Array.isArray(source) ? source.length : undefined);
    let index = 0;
    for await (const fact of source) {
      control.check(stream);
      read(run, fact, index);
      index += 1;
      if (index >= meter.next) meter.at(index);
    }
    meter.end(index);
  }
}
