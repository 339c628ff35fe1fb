import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type KpiFacts,
  type MeasuredMetric,
  measureKpis,
  mergeKpiMeasures,
  safeMergeKpiMeasures,
} from '../../src/kpi';
import { createFxTable } from '../../src/money';
import { factsArbitrary } from './_support/factArbitrary';
import { Q1, Q4, quarterFacts } from './_support/kpiFacts';

const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2025-01-01' }]);
const options = { period: Q1, priorPeriod: Q4, baseCurrency: 'USD', fx } as const;
type Facts = Record<string, readonly Record<string, unknown>[]>;

/** Splits every stream by a predicate on each fact. */
function split(
  facts: Facts,
  left: (fact: Record<string, unknown>, at: number) => boolean,
): [Facts, Facts] {
  const a: Facts = {};
  const b: Facts = {};
  let at = 0;
  for (const [stream, items] of Object.entries(facts)) {
    const sides = items.map((fact) => left(fact, at++));
    a[stream] = items.filter((_, i) => sides[i]);
    b[stream] = items.filter((_, i) => !sides[i]);
  }
  return [a, b];
}

describe('mergeKpiMeasures', () => {
  it('merges the hand-computed quarter cut by customer back into the whole', () => {
    const [a, b] = split(
      quarterFacts as unknown as Facts,
      (f) => f.customerId === 'C-1' || f.id === 'C-1',
    );
    const whole = measureKpis(quarterFacts, options);
    expect(mergeKpiMeasures(measureKpis(a, options), measureKpis(b, options))).toEqual(whole);
  });

  it('refuses shards measured with other settings, and what is not a result', () => {
    const a = measureKpis({}, options);
    const b = measureKpis({}, { ...options, baseCurrency: 'EUR' });
    expect(safeMergeKpiMeasures(a, b)).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['b', 'baseCurrency'] },
    });
    expect(safeMergeKpiMeasures(a, {} as never)).toMatchObject({ error: { path: ['b'] } });
  });

  it('refuses manual values the shards disagree on', () => {
    const one = (value: string) =>
      measureKpis(
        { manual: [{ managerId: 'AM', kpi: 'teamwork', value, source: 'review' }] },
        options,
      );
    expect(safeMergeKpiMeasures(one('4'), one('3'))).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(mergeKpiMeasures(one('4'), one('4')).managers[0]?.manual).toEqual({
      teamwork: { value: '4', source: 'review' },
    });
  });
});

describe('properties', () => {
  const shardArbitrary = fc.tuple(
    factsArbitrary,
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  );

  it('two shards cut by customer, measured and merged, equal the whole (every metric)', () => {
    fc.assert(
      fc.property(shardArbitrary, ([facts, side]) => {
        const byCustomer = (f: Record<string, unknown>) => {
          const id = String(f.customerId ?? f.id ?? '');
          const n = Number(id.slice(2));
          return id.startsWith('C-') ? side[n] === true : String(f.managerId) < 'AM-1';
        };
        const [a, b] = split(facts as unknown as Facts, byCustomer);
        const whole = measureKpis(facts as KpiFacts, options);
        expect(mergeKpiMeasures(measureKpis(a, options), measureKpis(b, options))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  }, 20_000);

  const additive: MeasuredMetric[] = [
    'sales_amount',
    'sales_growth',
    'order_completion_rate',
    'csat',
    'nps',
    'training_completion',
  ];

  it('for the additive metrics, shards cut anywhere merge into the whole', () => {
    fc.assert(
      fc.property(
        factsArbitrary,
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (raw, cut) => {
          // Owner-less survey responses join their customer: give each one its owner here.
          const surveyResponses = raw.surveyResponses.map((r) => ({ ownerId: 'AM-0', ...r }));
          const facts = { ...raw, surveyResponses };
          const [a, b] = split(facts as unknown as Facts, (_, at) => cut[at % cut.length] === true);
          const opts = { ...options, metrics: additive };
          const whole = measureKpis(facts as KpiFacts, opts);
          expect(mergeKpiMeasures(measureKpis(a, opts), measureKpis(b, opts))).toEqual(whole);
          expect(mergeKpiMeasures(measureKpis(b, opts), measureKpis(a, opts))).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  }, 20_000);

  it('the order of the facts never changes a result', () => {
    fc.assert(
      fc.property(factsArbitrary, fc.integer(), (facts, seed) => {
        const shuffled: Facts = {};
        for (const [stream, items] of Object.entries(facts as unknown as Facts)) {
          const copy = [...items];
          let s = seed;
          for (let k = copy.length - 1; k > 0; k -= 1) {
            s = (s * 1103515245 + 12345) & 0x7fffffff;
            const j = s % (k + 1);
            [copy[k], copy[j]] = [
              copy[j] as Record<string, unknown>,
              copy[k] as Record<string, unknown>,
            ];
          }
          shuffled[stream] = copy;
        }
        expect(measureKpis(shuffled, options)).toEqual(measureKpis(facts as KpiFacts, options));
      }),
      { numRuns: 40 },
    );
  }, 20_000);
});
