import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import * as grading from '../../src/grading';
import { money } from '../../src/money';
import { simulateBgNbd, simulateParetoNbd } from './lifetime/_support/simulate';

/**
 * Wrong-typed arguments that bypass the types (issue 13): every function export of
 * `crm-rules/grading`, called with valid arguments except one replaced by `null`, `5`, `'x'` or
 * `{}`, either still works (the argument is optional or the value happens to be valid) or throws
 * one `CrmRulesError` whose path starts at that argument — never a TypeError from deep inside.
 */
const txs = [
  { customerId: 'A', date: '2026-03-30', amount: '500' },
  { customerId: 'A', date: '2026-03-01', amount: '500' },
  { customerId: 'B', date: '2026-01-10', amount: '80' },
];
const ledger = grading.ledgerOf(txs, { currency: 'USD' });
const rfm = grading.summarise(ledger, { end: '2026-03-31', convention: 'rfm' });
const btyd = grading.summarise(ledger, { end: '2026-03-31' });
const bg = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const pareto = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
const customer = { frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 22.35 };
const summaries = [
  customer,
  { frequency: 0, recency: 0, T: 38.86 },
  { frequency: 1, recency: 20, T: 40, monetaryValue: 10 },
  { frequency: 5, recency: 35, T: 39, monetaryValue: 40 },
  { frequency: 0, recency: 0, T: 20 },
  { frequency: 3, recency: 10, T: 30, monetaryValue: 15 },
];
const bgSample = simulateBgNbd({ r: 0.8, alpha: 5, a: 0.9, b: 2.5 }, 300, 40, 99);
const paretoSample = simulateParetoNbd({ r: 0.6, alpha: 8, s: 0.7, beta: 10 }, 200, 40, 21);
const policy = {
  effectiveFrom: '2026-01-01',
  rules: [{ grade: 'key', when: { fact: 'purchases', operator: 'gte', value: 1 } }],
  default: 'potential',
};
const points = {
  effectiveFrom: '2026-01-01',
  rules: [{ points: 10, when: { fact: 'purchases', operator: 'gte', value: 1 } }],
  bands: [{ grade: 'key', min: 10 }],
  below: 'dormant',
};
const rows = [{ customerId: 'C-1', facts: { purchases: 8 } }];
const asOf = { asOf: '2026-06-30' };
const order = {
  id: 'SO-1',
  customerId: 'C-1',
  ownerId: 'AM-1',
  orderDate: '2026-03-02',
  currency: 'USD',
  status: 'completed',
  lines: [{ lineId: '1', productId: 'P', categoryId: 'K', quantity: '3', unitPrice: '10.50' }],
};
const bb = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const bbCustomer = { frequency: 2, recency: 4, n: 6 };
const bbRows = [
  { frequency: 0, recency: 0, n: 4, count: 40 },
  { frequency: 1, recency: 1, n: 4, count: 12 },
  { frequency: 2, recency: 4, n: 4, count: 9 },
  { frequency: 4, recency: 4, n: 4, count: 24 },
];
const clvOptions = { unit: 'weeks', months: 2, discountRate: '0.01', currency: 'USD' };

/** Valid arguments of every function export, with the names the paths use. */
const CALLS: Record<string, { args: unknown[]; names: string[] }> = {
  abcClasses: {
    args: [[{ customerId: 'a', value: money('5', 'USD') }], {}],
    names: ['rows', 'options'],
  },
  bgBbConditionalExpectedTransactions: {
    args: [bb, bbCustomer, 5],
    names: ['params', 'customer', 'opportunities'],
  },
  bgBbDiscountedExpectedTransactions: {
    args: [bb, bbCustomer, 0.1],
    names: ['params', 'customer', 'discountRate'],
  },
  bgBbLifetimeValue: {
    args: [
      bb,
      bbCustomer,
      { discountRate: '0.1', valuePerTransaction: { amount: '50', currency: 'USD' } },
    ],
    names: ['params', 'customer', 'options'],
  },
  bgBbLogLikelihood: { args: [bb, bbRows], names: ['params', 'summaries'] },
  bgBbProbabilityAlive: { args: [bb, bbCustomer], names: ['params', 'customer'] },
  bgBbTransactionProbability: { args: [bb, 2, 6], names: ['params', 'frequency', 'n'] },
  bgNbdConditionalExpectedPurchases: {
    args: [bg, customer, 10],
    names: ['params', 'customer', 't'],
  },
  bgNbdExpectedPurchases: { args: [bg, 10], names: ['params', 't'] },
  bgNbdLogLikelihood: { args: [bg, summaries], names: ['params', 'summaries'] },
  bgNbdProbabilityAlive: { args: [bg, customer], names: ['params', 'customer'] },
  bgNbdPurchaseProbability: { args: [bg, 10, 1], names: ['params', 't', 'n'] },
  calibrationAndHoldout: {
    args: [ledger, { calibrationEnd: '2026-03-01', observationEnd: '2026-03-31' }],
    names: ['ledger', 'options'],
  },
  convertFitUnit: {
    args: [grading.fitBgNbd(bgSample, { unit: 'weeks' }), 'days'],
    names: ['fit', 'unit'],
  },
  customerLifetimeValue: {
    args: [{ bgNbd: bg, gammaGamma: gg }, customer, clvOptions],
    names: ['models', 'customer', 'options'],
  },
  estimateToDecimal: { args: [1.5], names: ['value'] },
  estimateToMoney: { args: [1.5, 'USD', {}], names: ['value', 'currency', 'rounding'] },
  fitBgBb: { args: [bbRows, { maxIterations: 200 }], names: ['summaries', 'options'] },
  fitBgNbd: { args: [bgSample, { maxIterations: 200 }], names: ['summaries', 'options'] },
  fitGammaGamma: { args: [summaries, { penalizer: 0.1 }], names: ['summaries', 'options'] },
  fitParetoNbd: { args: [paretoSample, { maxIterations: 200 }], names: ['summaries', 'options'] },
  gammaGammaExpectedSpend: { args: [gg, customer], names: ['params', 'customer'] },
  gammaGammaLogLikelihood: { args: [gg, summaries], names: ['params', 'summaries'] },
  gradeCustomers: { args: [policy, rows, asOf], names: ['policy', 'rows', 'options'] },
  gradePolicyLabels: { args: [policy], names: ['policy'] },
  gradeMovements: {
    args: [[{ customerId: 'A', grade: 'key' }], [{ customerId: 'A', grade: 'ordinary' }], {}],
    names: ['before', 'after', 'options'],
  },
  gradeNameStep: { args: ['key', 'Key'], names: ['grade', 'label'] },
  gradingFacts: { args: [rfm, rows], names: ['result', 'extra'] },
  ledgerOf: { args: [txs, { currency: 'USD' }], names: ['transactions', 'options'] },
  ledgerToJson: { args: [ledger], names: ['ledger'] },
  mergeLedgers: { args: [[ledger, ledger]], names: ['ledgers'] },
  paretoNbdConditionalExpectedPurchases: {
    args: [pareto, customer, 10],
    names: ['params', 'customer', 't'],
  },
  paretoNbdExpectedPurchases: { args: [pareto, 10], names: ['params', 't'] },
  paretoNbdLogLikelihood: { args: [pareto, summaries], names: ['params', 'summaries'] },
  paretoNbdProbabilityAlive: { args: [pareto, customer], names: ['params', 'customer'] },
  parseBgBbSummaries: { args: [bbRows], names: ['summaries'] },
  parseBtydSummaries: { args: [summaries], names: ['summaries'] },
  parseLedgerJson: { args: [grading.ledgerToJson(ledger)], names: ['input'] },
  predictBgBb: {
    args: [bb, bbCustomer, { opportunities: 5 }],
    names: ['params', 'customer', 'options'],
  },
  predictPurchases: {
    args: [bg, customer, { horizon: 10, unit: 'weeks' }],
    names: ['params', 'customer', 'options'],
  },
  quantileScores: { args: [[1, 2, 3], { bins: 2 }], names: ['values', 'options'] },
  rfmScores: { args: [rfm, {}], names: ['result', 'options'] },
  scorePoints: { args: [points, rows, asOf], names: ['rules', 'rows', 'options'] },
  segmentCustomers: {
    args: [[{ customerId: 'A', r: 5, f: 5, m: 3 }], undefined],
    names: ['scores', 'table'],
  },
  spendFrequencyCorrelation: { args: [summaries], names: ['summaries'] },
  summarise: { args: [ledger, { end: '2026-03-31' }], names: ['ledger', 'options'] },
  summariseTransactions: {
    args: [txs, { currency: 'USD', end: '2026-03-31' }],
    names: ['transactions', 'options'],
  },
  thresholdScores: { args: [[1, 2, 3], { thresholds: ['2'] }], names: ['values', 'options'] },
  toBtydRows: { args: [btyd], names: ['result'] },
  transactionsFromOrders: { args: [[order], {}], names: ['orders', 'options'] },
};
const ASYNC: Record<string, { args: unknown[]; names: string[] }> = {
  ledgerOfAsync: { args: [txs, { currency: 'USD' }], names: ['transactions', 'options'] },
  summariseTransactionsAsync: {
    args: [txs, { currency: 'USD', end: '2026-03-31' }],
    names: ['transactions', 'options'],
  },
};
/** Exports that cannot fail: no argument, or `safeX` forms that return `{ success: false }`. */
const NO_THROW = new Set(['gradingCatalog', 'lifetimeCatalog']);
const cannotFail = (name: string): boolean => NO_THROW.has(name) || /^safe[A-Z]/.test(name);

const BAD: readonly unknown[] = [null, 5, 'x', {}];

function outcome(run: () => unknown): unknown {
  const result = run();
  // generators run lazily: drain them
  if (typeof (result as { next?: unknown } | null)?.next === 'function')
    return [...(result as Iterable<unknown>)];
  return result;
}

function checkCoded(error: unknown, names: readonly string[], i: number, label: string): void {
  if (!(error instanceof CrmRulesError))
    throw new Error(`${label} threw ${String(error)} instead of a CrmRulesError`);
  const path = error.path;
  // A path names the argument; paths into the first argument (the rows, the summaries, the
  // document) may also start at its root: `[]`, an index or a field, as zod writes them.
  if (i > 0) expect(path[0], `${label}: path ${JSON.stringify(path)}`).toBe(names[i]);
}

describe('every grading function refuses wrong-typed arguments with a coded error', () => {
  it('lists every function export', () => {
    const functions = Object.entries(grading)
      .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name))
      .map(([name]) => name)
      .filter((name) => !cannotFail(name));
    expect(functions.sort()).toEqual(Object.keys({ ...CALLS, ...ASYNC }).sort());
  });

  for (const [name, { args, names }] of Object.entries(CALLS))
    it(name, () => {
      const fn = (grading as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
      expect(() => outcome(() => fn(...args))).not.toThrow();
      args.forEach((_, i) => {
        for (const bad of BAD) {
          const label = `${name}(${names[i]} = ${JSON.stringify(bad)})`;
          const replaced = args.map((arg, j) => (j === i ? bad : arg));
          try {
            outcome(() => fn(...replaced));
          } catch (error) {
            checkCoded(error, names, i, label);
          }
        }
      });
    });

  for (const [name, { args, names }] of Object.entries(ASYNC))
    it(name, async () => {
      const fn = (grading as Record<string, unknown>)[name] as (
        ...a: unknown[]
      ) => Promise<unknown>;
      await fn(...args);
      for (let i = 0; i < args.length; i += 1)
        for (const bad of BAD) {
          const label = `${name}(${names[i]} = ${JSON.stringify(bad)})`;
          try {
            await fn(...args.map((arg, j) => (j === i ? bad : arg)));
          } catch (error) {
            checkCoded(error, names, i, label);
          }
        }
    });
});

describe('a wrong-typed row inside a list names its index', () => {
  it('scorePoints and segmentCustomers with a null row', () => {
    expect(() => grading.scorePoints(points, [null as never], asOf)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['rows', 0] }),
    );
    expect(() => grading.segmentCustomers([null as never])).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['scores', 0] }),
    );
  });
});
