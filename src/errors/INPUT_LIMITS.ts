/**
 * The limits every entry point enforces on untrusted input, in one place. Work on input is
 * bounded: each limit is checked before the work it protects (a depth before recursing, a count
 * before iterating), and input past a limit is refused with one `LIMIT_EXCEEDED` error naming
 * the limit, the path and the value (or its size) — never a stack overflow, a hang or a silent
 * truncation. `docs/limits.md` lists them with their reasons.
 *
 * @example
 * ```ts
 * INPUT_LIMITS.maxSignificantDigits;
 * //=> 40
 * ```
 */
export const INPUT_LIMITS = Object.freeze({
  /** Deepest nesting of a condition (`all` / `any` / `not`); the root is depth 1. */
  maxConditionDepth: 32,
  /** Most nodes plus `in` / `between` list items in one condition. */
  maxConditionNodes: 10_000,
  /** Deepest nesting of a KPI rating formula (`avg` / `weighted` / `round` …); the root is depth 1. */
  maxFormulaDepth: 32,
  /** Most nodes (operations and operands) in one KPI rating formula. */
  maxFormulaNodes: 10_000,
  /** Deepest nesting of any JSON value read or stored (documents, plans, stored results). */
  maxJsonDepth: 64,
  /** Deepest product category tree a rate table reads: a category and its ancestors, at most this many. */
  maxCategoryDepth: 32,
  /** Most rows of one table in a rule document: rate-table rows, tiers, bands, curve points, rules. */
  maxTableRows: 10_000,
  /** Longest string accepted where the model has free text or ids. */
  maxStringLength: 10_000,
  /** Most significant digits of a decimal amount or rate (the precision the arithmetic carries). */
  maxSignificantDigits: 40,
  /** Largest decimal exponent, either way, of a decimal amount, rate or ratio (|x| < 1e40, and no finer than 1e-40). */
  maxDecimalExponent: 40,
  /** Most decimal places a rounding or allocation scale may ask for. */
  maxScale: 40,
  /** Longest name screened or normalised (UTF-16 units): fuzzy scores grow with length squared. */
  maxScreeningNameLength: 1_000,
  /** Most entries of one screening list, and most parties screened in one call. */
  maxScreeningEntries: 2_000_000,
  /** Most names (the name and its aliases) of one screening-list entry. */
  maxScreeningAliases: 1_000,
});

/** The name of one limit in {@link INPUT_LIMITS}. */
export type InputLimit = keyof typeof INPUT_LIMITS;
