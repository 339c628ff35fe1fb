/** A small seeded PRNG (mulberry32) for tests: deterministic, uniform on (0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1. */
export function gammaVariate(random: () => number, shape: number): number {
  if (shape < 1) return gammaVariate(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
    const v = (1 + c * x) ** 3;
    if (v > 0 && Math.log(random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Customers drawn from the BG/NBD model itself (continuous time, observed for T ∈ [T/2, T]):
 * λ ~ Gamma(r, α), p ~ Beta(a, b), exponential inter-purchase times, drop-out with probability p
 * after each repeat purchase. Used to check that the fitter recovers known parameters.
 */
export function simulateBgNbd(
  params: { r: number; alpha: number; a: number; b: number },
  customers: number,
  horizon: number,
  seed: number,
): Array<{ frequency: number; recency: number; T: number }> {
  const random = mulberry32(seed);
  return Array.from({ length: customers }, () => {
    const T = horizon * (0.5 + 0.5 * random());
    const lambda = gammaVariate(random, params.r) / params.alpha;
    const ga = gammaVariate(random, params.a);
    const p = ga / (ga + gammaVariate(random, params.b));
    let time = 0;
    let frequency = 0;
    let recency = 0;
    for (;;) {
      time += -Math.log(random()) / lambda;
      if (time > T) break;
      frequency++;
      recency = time;
      if (random() < p) break;
    }
    return { frequency, recency, T };
  });
}

/**
 * Customers drawn from the Pareto/NBD model (continuous time): λ ~ Gamma(r, α), lifetime
 * ~ Exponential(μ) with μ ~ Gamma(s, β), Poisson purchases while alive, observed for
 * T ∈ [T/2, T].
 */
export function simulateParetoNbd(
  params: { r: number; alpha: number; s: number; beta: number },
  customers: number,
  horizon: number,
  seed: number,
): Array<{ frequency: number; recency: number; T: number }> {
  const random = mulberry32(seed);
  return Array.from({ length: customers }, () => {
    const T = horizon * (0.5 + 0.5 * random());
    const lambda = gammaVariate(random, params.r) / params.alpha;
    const mu = gammaVariate(random, params.s) / params.beta;
    const end = Math.min(T, -Math.log(random()) / mu);
    let time = 0;
    let frequency = 0;
    let recency = 0;
    for (;;) {
      time += -Math.log(random()) / lambda;
      if (time > end) break;
      frequency++;
      recency = time;
    }
    return { frequency, recency, T };
  });
}
