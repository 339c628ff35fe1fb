import type { TraceStep } from '../../explain';

/**
 * A customer's grade in one period: what was assigned (`grade`) and what the rules gave
 * (`computed`); they differ while hysteresis holds a grade. A {@link GradeResult} is one, so
 * last period's results are this period's history.
 */
export interface GradeRecord {
  readonly customerId: string;
  /** The period label or date; periods compare as strings, so use one format (`2026-Q1`, `2026-07`). */
  readonly period: string;
  readonly grade: string;
  readonly computed: string;
}

/** How a grade came about relative to the previous period. */
export type GradeChange = 'new' | 'same' | 'promoted' | 'demoted' | 'held';

/** One customer's grade for a period, with its reasons. */
export interface GradeResult extends GradeRecord {
  /** The grade of the previous period, or `null`. */
  readonly previous: string | null;
  /** `new` (no comparable previous grade), `same`, `promoted`, `demoted`, `held` (hysteresis). */
  readonly change: GradeChange;
  /** The 1-based number of the rule that matched, or `null` for the default grade. */
  readonly rule: number | null;
  /**
   * The reasons: the grade, the hysteresis decision, the rule and its condition. Steps that are
   * the same for many customers (a rule's condition on the same values) are shared and frozen.
   */
  readonly trace: TraceStep[];
}
