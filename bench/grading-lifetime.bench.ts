import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { type BgNbdParams, fitBgNbd } from '../src/grading/lifetime';

/**
 * BG/NBD fitting speed (targets in docs/performance.md: CDNOW ≤ 100 ms, 1,000,000 customers
 * ≤ 3 s on a 2-core machine). Both benches time the whole public call: zod validation of every
 * row, grouping, sorting and the BFGS fit.
 *
 *   npx vitest bench --run bench/grading-lifetime.bench.ts
 */

const CDNOW = resolve(
  process.cwd(),
  '..',
  'shared',
  'data',
  'cdnow',
  'cdnow_customers_summary.csv',
);

function readCdnow(): Array<{ frequency: number; recency: number; T: number }> {
  const [, ...lines] = readFileSync(CDNOW, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [, frequency, recency, T] = line.split(',').map(Number);
    return { frequency: frequency as number, recency: recency as number, T: T as number };
  });
}

/** xoshiro128** (Blackman & Vigna), seeded by splitmix32: a small, fast, well-mixed PRNG. */
function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return (result + 0.5) / 4294967296; // (0, 1)
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1. */
function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Simulates BG/NBD customers (in days): first purchases spread uniformly over a year, observed
 * until day 545; purchase rate λ ~ Gamma(r, α), drop-out probability p ~ Beta(a, b) after each
 * repeat purchase; times rounded to whole days, as a CRM's dates would be.
 */
function simulateBgNbd(
  params: BgNbdParams,
  customers: number,
  seed: number,
): Array<{ frequency: number; recency: number; T: number }> {
  const random = createRandom(seed);
  const rows: Array<{ frequency: number; recency: number; T: number }> = [];
  for (let i = 0; i < customers; i++) {
    const T = 545 - Math.floor(random() * 365);
    const lambda = gamma(random, params.r) / params.alpha;
    const ga = gamma(random, params.a);
    const p = ga / (ga + gamma(random, params.b));
    let time = 0;
    let frequency = 0;
    let last = 0;
    for (;;) {
      time += -Math.log(random()) / lambda;
      if (time > T) break;
      const day = Math.round(time);
      if (day > last) {
        frequency++;
        last = day;
      }
      if (random() < p) break;
    }
    rows.push({ frequency, recency: last, T });
  }
  return rows;
}

/** The CDNOW estimates of Fader, Hardie & Lee (2005), α converted from weeks to days. */
const TRUE_PARAMS: BgNbdParams = { r: 0.243, alpha: 4.414 * 7, a: 0.793, b: 2.426 };

const hasCdnow = existsSync(CDNOW);
if (!hasCdnow) console.warn(`[bench] ${CDNOW} is absent: the CDNOW bench is skipped.`);

describe.skipIf(!hasCdnow)('BG/NBD fit on CDNOW (2,357 customers)', () => {
  const rows = hasCdnow ? readCdnow() : [];
  bench('fitBgNbd(cdnow)', () => {
    fitBgNbd(rows);
  });
});

describe('BG/NBD fit on 1,000,000 simulated customers', () => {
  const rows = simulateBgNbd(TRUE_PARAMS, 1_000_000, 20261122);
  bench(
    'fitBgNbd(1e6)',
    () => {
      fitBgNbd(rows);
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});
