import { ENTITY_KINDS } from '../../model';
import type { CrmStore, Supports } from '../../ports';
import { SUMMARY_NAMES } from '../../ports/Supports';
import fc from '../_lib/fastCheck';
import { entityQueryArbitrary } from '../arbitraries/entityQueryArbitrary';
import { DEFAULT_POOLS, idPool } from '../arbitraries/pools';
import { resultRecordArbitrary } from '../arbitraries/resultRecordArbitrary';
import { pick, sometimes } from '../arbitraries/shared';
import { collect, type Outcome, outcome, sameJson, show } from './check';
import { normaliseTotals } from './summaryCases';

/** Internal: the model of the model-based run, the memory store as reference. */
export interface Model {
  readonly store: CrmStore;
}

/** Internal: one operation, run on the reference and on the adapter, outcomes compared. */
class Compare implements fc.AsyncCommand<Model, CrmStore> {
  constructor(
    private readonly label: string,
    private readonly op: (store: CrmStore) => Promise<unknown>,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: CrmStore): Promise<void> {
    const expected = await outcome(() => this.op(model.store));
    const actual = await outcome(() => this.op(real));
    compareOutcomes(actual, expected, this.label);
  }
  toString(): string {
    return this.label;
  }
}

function compareOutcomes(actual: Outcome, expected: Outcome, label: string): void {
  if (expected.ok && actual.ok) {
    sameJson(actual.value, expected.value, label);
    return;
  }
  if (!expected.ok && !actual.ok && actual.code === expected.code) return;
  const describe = (o: Outcome) => (o.ok ? `success ${show(o.value)}` : `error ${o.code}`);
  throw new Error(
    `${label}:\n  the reference gave ${describe(expected)}\n  the adapter gave   ${describe(actual)}`,
  );
}

const P = DEFAULT_POOLS;

/** Internal: the command arbitraries for what the manifest supports. */
export function commandArbitraries(
  supports: Supports,
): Array<fc.Arbitrary<fc.AsyncCommand<Model, CrmStore>>> {
  const out: Array<fc.Arbitrary<fc.AsyncCommand<Model, CrmStore>>> = [];
  const readable = ENTITY_KINDS.filter((kind) => supports.readers[kind] !== undefined);
  if (readable.length > 0) {
    out.push(
      pick(readable).chain((kind) =>
        fc
          .oneof(
            { weight: 5, arbitrary: pick(idPool(kind, P)) },
            { weight: 1, arbitrary: fc.constant('missing') },
          )
          .map(
            (id) =>
              new Compare(`${kind}.get(${show(id)})`, (s) =>
                (s[kind] as CrmStore['teams']).get(id),
              ),
          ),
      ),
      pick(readable).chain((kind) =>
        entityQueryArbitrary(kind, (supports.readers[kind] ?? []) as never[]).map(
          (query) =>
            new Compare(`${kind}.list(${show(query)})`, (s) =>
              collect(
                (s[kind] as unknown as { list(q: unknown): AsyncIterable<unknown> }).list(query),
              ),
            ),
        ),
      ),
    );
  }
  for (const name of SUMMARY_NAMES) {
    if (supports.summaries[name] !== true) continue;
    out.push(
      entityQueryArbitrary('orders', supports.readers.orders ?? []).map(
        (query) =>
          new Compare(`summaries.${name}(${show(query)})`, async (s) =>
            normaliseTotals(await collect<{ readonly net: string }>(s.summaries[name](query))),
          ),
      ),
    );
  }
  if (supports.results.read) {
    out.push(
      resultRecordArbitrary().map(
        (r) =>
          new Compare(`results.get(${show(r.kind)}, ${show(r.key)})`, (s) =>
            s.results.get(r.kind, r.key),
          ),
      ),
      fc
        .record({ r: resultRecordArbitrary(), period: fc.boolean(), subject: fc.boolean() })
        .map(({ r, period, subject }) => {
          const filter = {
            ...(period ? { period: r.period } : {}),
            ...(subject ? { subjectId: r.subjectId } : {}),
          };
          return new Compare(`results.list(${show(r.kind)}, ${show(filter)})`, (s) =>
            collect(s.results.list(r.kind, filter)),
          );
        }),
    );
  }
  if (supports.results.write) {
    out.push(
      fc
        .tuple(resultRecordArbitrary(), sometimes(fc.integer({ min: 0, max: 3 })))
        .map(([r, expectedVersion]) => {
          const options = expectedVersion === undefined ? undefined : { expectedVersion };
          return new Compare(`results.put(${show(r)}${options ? `, ${show(options)}` : ''})`, (s) =>
            s.results.put(r, options),
          );
        }),
    );
  }
  if (supports.results.atomicBatch) {
    out.push(
      fc
        .array(resultRecordArbitrary(), { maxLength: 3 })
        .map(
          (records) =>
            new Compare(`results.putMany(${show(records)})`, (s) => s.results.putMany(records)),
        ),
    );
  }
  return out;
}
