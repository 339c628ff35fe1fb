const MAX = Number.MAX_SAFE_INTEGER;

/** Internal: powers of ten that are exact doubles (10^0 … 10^22), as the fast paths need them. */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * Internal: the largest scale whose power of ten is an exact double (the last of {@link POW10}).
 * KPI keeps its fast path within it (`maxScale` of `rMul` and `mul`), so every value it holds
 * on the fast path aligns with any other by one exact multiplication.
 */
export const MAX_EXACT_SCALE = 22;

/**
 * Internal: a register of the allocation-free scaled arithmetic — a value `u × 10^-s` with `u` a
 * safe integer, as a `Fixed` holds it, but written in place. Operations take and write registers
 * (never bare doubles: a double passed to or returned from a call that is not inlined is boxed,
 * and a million lines would allocate for every step) and return `false`, leaving `out` untouched,
 * when the exact result would leave the safe range, so the caller can take an exact slow path.
 */
export interface Register {
  u: number;
  s: number;
}

/** Internal: a fresh register (holding a double from the start, so its field never changes kind). */
export function register(): Register {
  return { u: 0.5, s: 0 };
}

/**
 * Internal: `a × b` into `out`; `false` past 2^53 (checked on the float product, exact below it)
 * or when the product's scale would pass `maxScale` (none unless given).
 */
export function rMul(
  out: Register,
  a: Register,
  b: Register,
  maxScale = Number.POSITIVE_INFINITY,
): boolean {
  const p = a.u * b.u;
  if (p > MAX || p < -MAX || a.s + b.s > maxScale) return false;
  out.u = p + 0;
  out.s = a.s + b.s;
  return true;
}

// Operands and result of `rAdd` / `rCmp` as registers of `regSum` / `regCompare`.
const SCRATCH = new Float64Array(6);

function load(a: Register, b: Register): void {
  SCRATCH[0] = a.u;
  SCRATCH[1] = a.s;
  SCRATCH[2] = b.u;
  SCRATCH[3] = b.s;
}

/** Internal: `a + b` into `out`, at the larger scale (as `add`). */
export function rAdd(out: Register, a: Register, b: Register): boolean {
  load(a, b);
  if (!regSum(SCRATCH, 4, 0, 2)) return false;
  out.u = SCRATCH[4] as number;
  out.s = SCRATCH[5] as number;
  return true;
}

/**
 * Internal: `acc + u × 10^−s` written back into `acc`, always at the larger of the two scales
 * (a zero operand too, unlike {@link rAdd}: a running sum keeps the finest scale it has seen);
 * `false`, leaving `acc` as it was, past 2^53 or when the scales differ by more than
 * {@link MAX_EXACT_SCALE}. KPI's running sums, where the operand is read straight into two
 * numbers (no register per line).
 */
export function rAddUnits(acc: Register, u: number, s: number): boolean {
  let x = acc.u;
  let y = u;
  let scale = acc.s;
  if (s > scale) {
    x *= POW10[s - scale] ?? Number.NaN;
    scale = s;
  } else if (s < scale) y *= POW10[scale - s] ?? Number.NaN;
  const sum = x + y;
  if (!(sum <= MAX && sum >= -MAX && x <= MAX && x >= -MAX && y <= MAX && y >= -MAX)) return false;
  acc.u = sum + 0;
  acc.s = scale;
  return true;
}

/**
 * Internal: exact `a + b` on a register file — value `i` is `regs[i] × 10^-regs[i + 1]` — written
 * to `d` at the larger scale (a zero operand yields the other, scale and all); `false` past 2^53,
 * leaving `d` as it was. Registers are indexes into a typed array, so nothing is boxed when a call
 * is not inlined. The one aligned sum of commission's kernel, its specialised routine and `rAdd`.
 */
export function regSum(regs: Float64Array, d: number, a: number, b: number): boolean {
  const au = regs[a] as number;
  const as = regs[a + 1] as number;
  const bu = regs[b] as number;
  const bs = regs[b + 1] as number;
  if (au === 0) {
    regs[d] = bu;
    regs[d + 1] = bs;
    return true;
  }
  if (bu === 0) {
    regs[d] = au;
    regs[d + 1] = as;
    return true;
  }
  let x = au;
  let y = bu;
  let s = as;
  if (as > bs) y = bu * (POW10[as - bs] ?? Number.NaN);
  else if (bs > as) {
    x = au * (POW10[bs - as] ?? Number.NaN);
    s = bs;
  }
  if (!(x <= MAX && x >= -MAX && y <= MAX && y >= -MAX)) return false;
  const z = x + y;
  if (!(z <= MAX && z >= -MAX)) return false;
  regs[d] = z + 0;
  regs[d + 1] = s;
  return true;
}

/** Internal: the order of two registers (see {@link regSum}): −1, 0, 1, or NaN past 2^53. */
export function regCompare(regs: Float64Array, a: number, b: number): number {
  let x = regs[a] as number;
  let y = regs[b] as number;
  const as = regs[a + 1] as number;
  const bs = regs[b + 1] as number;
  if (as > bs) y *= POW10[as - bs] ?? Number.NaN;
  else if (bs > as) x *= POW10[bs - as] ?? Number.NaN;
  if (!(x <= MAX && x >= -MAX && y <= MAX && y >= -MAX)) return Number.NaN;
  return x > y ? 1 : x < y ? -1 : 0;
}

/** Internal: `−a` into `out`. */
export function rNeg(out: Register, a: Register): void {
  out.u = -a.u + 0;
  out.s = a.s;
}

/** Internal: the order of `a` and `b` — −1, 0, 1 — or `NaN` when they cannot be aligned. */
export function rCmp(a: Register, b: Register): number {
  load(a, b);
  return regCompare(SCRATCH, 0, 2);
}

/**
 * Internal: reads a decimal string (`^[+-]?\d+(\.\d+)?$`) of at most 15 digits into `out`, at its
 * own scale (`"-12.50"` → `u` −1250, `s` 2; `"-0"` → 0). Returns 1 when read, 0 when well-formed
 * but too long (read it exactly elsewhere), −1 when malformed. With `shortForms`, decimal.js's
 * short forms without a digit on one side of the point are well-formed too (`"1."` → 1, scale 0;
 * `".5"` and `"-.5"` → ±5, scale 1), as KPI's facts accept them (`^[+-]?(\d+(\.\d*)?|\.\d+)$`).
 */
export function rParse(out: Register, text: string, shortForms = false): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  const first = text.charCodeAt(0);
  if (first === 43 || first === 45) {
    negative = first === 45;
    i = 1;
  }
  let u = 0;
  let digits = 0;
  let s = -1;
  const start = i;
  for (; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      u = u * 10 + (c - 48);
      digits += 1;
      if (s >= 0) s += 1;
    } else if (c === 46 && s < 0 && (shortForms || (i > start && i < n - 1))) s = 0;
    else return -1;
  }
  if (digits === 0) return -1;
  if (digits > 15) return 0;
  out.u = negative ? -u + 0 : u;
  out.s = s < 0 ? 0 : s;
  return 1;
}
