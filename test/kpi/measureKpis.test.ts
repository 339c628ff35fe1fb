import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { coreCatalog, findUnrenderable, mergeCatalogs } from '../../src/explain';
import {
  kpiCatalog,
  measureKpis,
  measureKpisAsync,
  safeMeasureKpis,
  safeMeasureKpisAsync,
} from '../../src/kpi';
import { type Order, orderNet } from '../../src/model';
import { createFxTable, Decimal } from '../../src/money';
import { factsArbitrary } from './_support/factArbitrary';
import { Q1, Q4, quarterFacts } from './_support/kpiFacts';

const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2026-02-01' }]);
const options = { period: Q1, priorPeriod: Q4, baseCurrency: 'USD', fx } as const;

function errorOf(run: () => unknown): CrmRulesError {
  try {
    run();
  } catch (error) {
    if (error instanceof CrmRulesError) return error;
    throw error;
  }
  throw new Error('expected a CrmRulesError');
}

describe('measureKpis: the hand-computed quarter (test/kpi/_support/kpiFacts.ts)', () => {
  const measures = measureKpis(quarterFacts, options);
  const am1 = measures.managers.find((m) => m.managerId === 'AM-1');
  const value = (metric: keyof NonNullable<typeof am1>['metrics']) => am1?.metrics[metric]?.value;

  it('lists the managers by id, with the settings', () => {
    expect(measures.managers.map((m) => m.managerId)).toEqual(['AM-1', 'AM-2']);
    expect(measures.asOf).toBe('2026-03-31');
    expect(measures.unattributed).toEqual({ surveyResponses: 1, complaints: 0 });
  });

  it('sales_amount: SO-1 100 + 180 (10% off 200), SO-2 100 EUR × 1.1, SO-5 25 − 10; less CN-1 30 → 375', () => {
    expect(value('sales_amount')).toBe('375');
    expect(am1?.metrics.sales_amount?.facts.items?.map((f) => [f.id, f.amount])).toEqual([
      ['CN-1', '-30'],
      ['SO-1', '280'],
      ['SO-2', '110'],
      ['SO-5', '15'],
    ]);
  });

  it('sales_growth: prior 200 − CN-2 20 = 180 → (375 − 180) ÷ 180 × 100', () => {
    expect(value('sales_growth')).toBe('108.3333333333333333333333333333333333333');
  });

  it('new_customers: C-2 (first order SO-2) and C-9 (not listed, first order SO-5); C-3 for AM-2', () => {
    expect(value('new_customers')).toBe('2');
    expect(am1?.metrics.new_customers?.facts.items?.map((f) => f.id)).toEqual(['C-2', 'C-9']);
    expect(measures.managers[1]?.metrics.new_customers?.value).toBe('1');
  });

  it('order_completion_rate: 1 completed of 3 non-cancelled orders', () => {
    expect(value('order_completion_rate')).toBe('33.33333333333333333333333333333333333333');
  });

  it('on_time_delivery_rate: SO-1 delivered in full by 01-20, SO-2 short by 03-01 (SO-5 due in April)', () => {
    expect(value('on_time_delivery_rate')).toBe('50');
    expect(am1?.metrics.on_time_delivery_rate?.facts.items).toEqual([
      { kind: 'order', id: 'SO-1', tag: 'on-time' },
      { kind: 'order', id: 'SO-2', tag: 'late' },
    ]);
  });

  it('collection_rate: INV-1 (280 − CN-1 30) paid 250, INV-3 200 paid 150 by asOf → 400 ÷ 450', () => {
    expect(value('collection_rate')).toBe('88.88888888888888888888888888888888888889');
  });

  it('dso: open 0 + 110 (INV-2 in USD) + 50 = 160 ÷ invoiced 390 × 90 days', () => {
    expect(value('dso')).toBe('36.92307692307692307692307692307692307692');
  });

  it('complaint_count: K-1 and K-2 (the customer’s owner), 2 per 3 orders', () => {
    expect(value('complaint_count')).toBe('2');
    expect(am1?.metrics.complaint_count?.perHundredOrders).toBe(
      '66.66666666666666666666666666666666666667',
    );
  });

  it('csat: 2 answers of 4–5 among 4; nps: 1 promoter − 1 detractor of 3 answers', () => {
    expect(value('csat')).toBe('50');
    expect(value('nps')).toBe('0');
  });

  it('training_completion: 2 of 3 records in the quarter', () => {
    expect(value('training_completion')).toBe('66.66666666666666666666666666666666666667');
  });

  it('target_completion: 375 ÷ the latest manager target 500 (TG-1) × 100', () => {
    expect(value('target_completion')).toBe('75');
    expect(am1?.targets).toEqual({
      sales_amount: { id: 'TG-1', value: '500', effectiveFrom: '2026-01-01' },
    });
  });

  it('manual values pass through with their source', () => {
    expect(am1?.manual).toEqual({ teamwork: { value: '4', source: 'manager review 2026-Q1' } });
  });

  it('emits only kpi.metric.* codes the catalogs render, and uses every one of them', () => {
    const steps = measures.managers.flatMap((m) =>
      Object.values(m.metrics).flatMap((x) => x.trace),
    );
    expect(findUnrenderable(steps, mergeCatalogs(coreCatalog, kpiCatalog))).toEqual([]);
    const metricCodes = [...kpiCatalog.messages.keys()].filter((c) => c.startsWith('kpi.metric.'));
    expect(new Set(steps.map((s) => s.code))).toEqual(new Set(metricCodes));
  });

  it('writes each trace step with its params in a fixed key order, the value or gap last (JSON text)', () => {
    const lines = measures.managers.flatMap((m) =>
      Object.entries(m.metrics).map(([k, x]) => `${m.managerId} ${k} ${JSON.stringify(x.trace)}`),
    );
    const pinned = [
      'AM-1 sales_amount [{"code":"kpi.metric.sales_amount","params":{"orders":"405","credits":"30","value":"375"}}]',
      'AM-1 sales_growth [{"code":"kpi.metric.sales_growth","params":{"current":"375","prior":"180","value":"108.3333333333333333333333333333333333333"}}]',
      'AM-1 new_customers [{"code":"kpi.metric.new_customers","params":{"value":"2"}}]',
      'AM-1 order_completion_rate [{"code":"kpi.metric.order_completion_rate","params":{"numerator":"1","denominator":"3","value":"33.33333333333333333333333333333333333333"}}]',
      'AM-1 on_time_delivery_rate [{"code":"kpi.metric.on_time_delivery_rate","params":{"numerator":"1","denominator":"2","value":"50"}}]',
      'AM-1 collection_rate [{"code":"kpi.metric.collection_rate","params":{"numerator":"400","denominator":"450","value":"88.88888888888888888888888888888888888889"}}]',
      'AM-1 dso [{"code":"kpi.metric.dso","params":{"receivables":"160","sales":"390","days":90,"value":"36.92307692307692307692307692307692307692"}}]',
      'AM-1 complaint_count [{"code":"kpi.metric.complaint_count","params":{"orders":3,"value":"2"}}]',
      'AM-1 csat [{"code":"kpi.metric.csat","params":{"numerator":"2","denominator":"4","value":"50"}}]',
      'AM-1 nps [{"code":"kpi.metric.nps","params":{"promoters":1,"detractors":1,"answers":3,"value":"0"}}]',
      'AM-1 training_completion [{"code":"kpi.metric.training_completion","params":{"numerator":"2","denominator":"3","value":"66.66666666666666666666666666666666666667"}}]',
      'AM-1 target_completion [{"code":"kpi.metric.target_completion","params":{"of":"sales_amount","actual":"375","target":"500","value":"75"}}]',
      'AM-2 sales_growth [{"code":"kpi.metric.gap","params":{"current":"0","prior":"0","metric":"sales_growth","gap":"PRIOR_NOT_POSITIVE"}}]',
      'AM-2 dso [{"code":"kpi.metric.gap","params":{"receivables":"0","sales":"0","days":90,"metric":"dso","gap":"ZERO_DENOMINATOR"}}]',
      'AM-2 nps [{"code":"kpi.metric.gap","params":{"promoters":0,"detractors":0,"answers":0,"metric":"nps","gap":"ZERO_DENOMINATOR"}}]',
      'AM-2 target_completion [{"code":"kpi.metric.gap","params":{"of":"sales_amount","actual":"0","target":null,"metric":"target_completion","gap":"NO_TARGET"}}]',
    ];
    for (const line of pinned) expect(lines).toContain(line);
  });

  it('the async form gives the same result from async iterables', async () => {
    async function* each<T>(items: readonly T[]) {
      yield* items;
    }
    const streams = Object.fromEntries(
      Object.entries(quarterFacts).map(([k, v]) => [k, each(v as readonly unknown[])]),
    );
    expect(await measureKpisAsync(streams, options)).toEqual(measures);
  });

  it('evidence counts leaves the fact lists out', () => {
    const counted = measureKpis(quarterFacts, { ...options, evidence: 'counts' });
    const sales = counted.managers[0]?.metrics.sales_amount;
    expect(sales?.facts).toEqual({ count: 4 });
    expect(sales?.value).toBe('375');
  });
});

describe('measureKpis: stated outcomes without a value', () => {
  it('growth without a prior period, and nothing to divide by, give null with a gap', () => {
    const measures = measureKpis(
      { trainingRecords: [], orders: [quarterFacts.orders[0]] },
      { period: Q1, baseCurrency: 'USD' },
    );
    const metrics = measures.managers[0]?.metrics;
    expect(metrics?.sales_growth).toMatchObject({ value: null, gap: 'NO_PRIOR_PERIOD' });
    expect(metrics?.csat).toMatchObject({ value: null, gap: 'ZERO_DENOMINATOR' });
    expect(metrics?.target_completion).toMatchObject({ value: null, gap: 'NO_TARGET' });
    expect(metrics?.csat?.trace[0]?.code).toBe('kpi.metric.gap');
  });

  it('a prior period without sales gives PRIOR_NOT_POSITIVE, never Infinity', () => {
    const measures = measureKpis(
      { orders: [quarterFacts.orders[0]] },
      { ...options, metrics: ['sales_growth'] },
    );
    expect(measures.managers[0]?.metrics.sales_growth).toMatchObject({
      value: null,
      gap: 'PRIOR_NOT_POSITIVE',
    });
  });

  it('reads only the streams the asked metrics need', () => {
    const measures = measureKpis(
      { orders: 'not read' as never, trainingRecords: quarterFacts.trainingRecords },
      { period: Q1, baseCurrency: 'USD', metrics: ['training_completion'] },
    );
    expect(Object.keys(measures.managers[0]?.metrics ?? {})).toEqual(['training_completion']);
  });
});

describe('measureKpis: bad input is one CrmRulesError with its path', () => {
  it('a survey score outside its scale', () => {
    const error = errorOf(() =>
      measureKpis(
        {
          surveyResponses: [
            { id: 'S', customerId: 'C', ownerId: 'A', date: '2026-01-02', csat: 6 },
          ],
        },
        { period: Q1, baseCurrency: 'USD' },
      ),
    );
    expect([error.code, error.path]).toEqual([
      'INVALID_INPUT',
      ['facts', 'surveyResponses', 0, 'csat'],
    ]);
    const nps = errorOf(() =>
      measureKpis(
        { surveyResponses: [{ id: 'S', customerId: 'C', date: '2030-01-02', nps: 4.5 }] },
        { period: Q1, baseCurrency: 'USD' },
      ),
    );
    expect(nps.path).toEqual(['facts', 'surveyResponses', 0, 'nps']);
  });

  it('an unknown metric name', () => {
    const error = errorOf(() =>
      measureKpis({}, { period: Q1, baseCurrency: 'USD', metrics: ['revenue' as never] }),
    );
    expect([error.code, error.path]).toEqual(['INVALID_INPUT', ['options', 'metrics', 0]]);
  });

  it('an unknown stream, a float amount, a bad date, a missing FX rate', () => {
    const base = { period: Q1, baseCurrency: 'USD' } as const;
    expect(errorOf(() => measureKpis({ order: [] } as never, base)).path).toEqual([
      'facts',
      'order',
    ]);
    const order = quarterFacts.orders[0] as Record<string, unknown>;
    const float = { ...order, lines: [{ lineId: '1', quantity: 2, unitPrice: '5' }] };
    expect(errorOf(() => measureKpis({ orders: [float] }, base))).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: ['facts', 'orders', 0, 'lines', 0, 'quantity'],
    });
    expect(
      errorOf(() => measureKpis({ orders: [{ ...order, orderDate: '2026-02-30' }] }, base)),
    ).toMatchObject({
      code: 'INVALID_DATE',
      path: ['facts', 'orders', 0, 'orderDate'],
    });
    expect(errorOf(() => measureKpis({ orders: [quarterFacts.orders[1]] }, base))).toMatchObject({
      code: 'MISSING_FX_RATE',
      path: ['facts', 'orders', 0],
    });
  });

  it('two different targets of one date conflict', () => {
    const target = quarterFacts.targets[0] as Record<string, unknown>;
    const error = errorOf(() =>
      measureKpis({ targets: [target, { ...target, id: 'TG-9', value: '600' }] }, options),
    );
    expect(error.code).toBe('CONFLICT');
  });

  it('the safe forms return the error', async () => {
    expect(safeMeasureKpis(null as never, options).success).toBe(false);
    expect((await safeMeasureKpisAsync({ orders: 3 as never }, options)).success).toBe(false);
  });
});

describe('properties', () => {
  const decimalText = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => {
      const digits = units.toString().padStart(scale + 1, '0');
      return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    });
  const lineArbitrary = fc.record({
    quantity: decimalText.filter((q) => Number(q) > 0),
    unitPrice: decimalText,
    discount: fc.option(fc.constantFrom({ kind: 'rate', rate: '0.125' }), { nil: undefined }),
  });

  it('sales_amount is exactly Σ orderNet, small and huge amounts alike (fast and exact paths)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(lineArbitrary, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (specs) => {
          const orders = specs.map((lines, i) => ({
            id: `SO-${i}`,
            customerId: 'C',
            ownerId: 'AM',
            orderDate: '2026-02-01',
            currency: 'USD',
            status: 'open' as const,
            lines: lines.map((l, j) => ({
              lineId: `${j}`,
              productId: 'P',
              categoryId: 'K',
              quantity: l.quantity,
              unitPrice: l.unitPrice,
              ...(l.discount === undefined ? {} : { discount: l.discount }),
            })),
          }));
          const expected = orders.reduce(
            (acc, o) => acc.plus(orderNet(o as Order).amount),
            new Decimal(0),
          );
          const measured = measureKpis(
            { orders },
            { period: Q1, baseCurrency: 'USD', metrics: ['sales_amount'] },
          );
          expect(measured.managers[0]?.metrics.sales_amount?.value ?? '0').toBe(expected.toFixed());
        },
      ),
      { numRuns: 60 },
    );
  });

  const earlyFx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.1', date: '2025-01-01' }]);

  it('new_customers matches the rule restated plainly (first order by date then id, first-deal date wins)', () => {
    fc.assert(
      fc.property(factsArbitrary, fc.array(fc.nat(3)), (random, days) => {
        // Few dates, so that ties (same date, another order id and owner) happen often.
        const edges = ['2025-12-31', '2026-01-01', '2026-03-31', '2026-04-01'];
        const orders = random.orders.map((o, i) => ({
          ...o,
          orderDate: edges[days[i] ?? 1] ?? '',
        }));
        const facts = { ...random, orders };
        const first = new Map<string, { date: string; order: string; owner: string }>();
        for (const o of facts.orders) {
          if (o.status === 'cancelled') continue;
          const seen = first.get(o.customerId);
          const earlier =
            seen === undefined ||
            o.orderDate < seen.date ||
            (o.orderDate === seen.date && o.id < seen.order);
          if (earlier)
            first.set(o.customerId, { date: o.orderDate, order: o.id, owner: o.ownerId });
        }
        const inQ1 = (d: string | undefined) => d !== undefined && d >= Q1.start && d < Q1.end;
        const expected: Record<string, string[]> = {};
        const count = (owner: string, id: string) => {
          expected[owner] = [...(expected[owner] ?? []), id].sort();
        };
        const listed = new Map<string, { ownerId: string; firstDealDate?: string }>(
          facts.customers.map((c) => [c.id, c]),
        );
        for (const [id, c] of listed)
          if (inQ1(c.firstDealDate ?? first.get(id)?.date)) count(c.ownerId, id);
        for (const [id, f] of first) if (!listed.has(id) && inQ1(f.date)) count(f.owner, id);
        const measured = measureKpis(
          { customers: facts.customers, orders: facts.orders },
          { period: Q1, baseCurrency: 'USD', fx: earlyFx, metrics: ['new_customers'] },
        );
        const got: Record<string, string[]> = {};
        for (const m of measured.managers) {
          const items = m.metrics.new_customers?.facts.items?.map((f) => f.id) ?? [];
          if (items.length > 0) got[m.managerId] = items;
        }
        expect(got).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });
});

describe('measureKpis: run options', () => {
  it('reports progress per stream and stops with ABORTED once the signal is aborted', async () => {
    const stages: string[] = [];
    measureKpis(quarterFacts, { ...options, onProgress: (p) => stages.push(p.stage) });
    expect(new Set(stages)).toEqual(new Set(Object.keys(quarterFacts)));
    const controller = new AbortController();
    controller.abort();
    expect(
      errorOf(() => measureKpis(quarterFacts, { ...options, signal: controller.signal })).code,
    ).toBe('ABORTED');
    const later = new AbortController();
    const run = measureKpisAsync(quarterFacts, {
      ...options,
      signal: later.signal,
      onProgress: (p) => {
        if (p.stage === 'orders') later.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
  });
});

describe('measureKpis: quotients stay within the input limits of scoring', () => {
  // 1 open of 7,000 invoiced over Q1's 90 days = 0.0128571428…: forty significant digits would
  // reach the 41st decimal place, which scoreScorecard refuses as input (found by the benchmark).
  const facts = {
    invoices: [
      {
        id: 'INV-9',
        customerId: 'C-1',
        ownerId: 'AM-1',
        issueDate: '2026-01-10',
        dueDate: '2026-02-09',
        currency: 'USD',
        total: '7000',
      },
    ],
    payments: [
      {
        id: 'P-9',
        customerId: 'C-1',
        ownerId: 'AM-1',
        date: '2026-02-01',
        currency: 'USD',
        amount: '6999',
        allocations: [{ invoiceId: 'INV-9', amount: { amount: '6999', currency: 'USD' } }],
      },
    ],
  };

  it('rounds a small DSO to at most 40 decimal places, half-up, as curves do', () => {
    const dso = measureKpis(facts, { period: Q1, baseCurrency: 'USD', metrics: ['dso'] })
      .managers[0]?.metrics.dso?.value;
    expect(dso).toBe(new Decimal(90).div(7000).toDecimalPlaces(40).toFixed());
    expect(dso?.split('.')[1]?.length).toBe(40);
  });
});
