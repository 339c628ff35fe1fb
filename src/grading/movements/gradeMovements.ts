import { attempt, CrmRulesError, type SafeResult } from '../../errors';
import type { TraceStep } from '../../explain';
import { checkArray, checkOptions } from '../_lib/input/checkArgument';
import { DEFAULT_GRADES } from '../grades/GradeId';

/** A customer's grade in one of the two periods compared (a {@link GradeResult} fits). */
export interface GradedCustomer {
  readonly customerId: string;
  readonly grade: string;
  /** The reasons for the grade; copied into the movement to say why. */
  readonly trace?: readonly TraceStep[];
}

/** Which way a customer moved between two periods. */
export type MovementDirection = 'up' | 'down' | 'same' | 'changed' | 'new' | 'gone';

/** One customer's movement between two periods. */
export interface GradeMovement {
  readonly customerId: string;
  /** The grade before, or `null` for a customer not graded before. */
  readonly from: string | null;
  /** The grade after, or `null` for a customer no longer graded. */
  readonly to: string | null;
  /** `up`/`down` by the grade order; `changed` between grades outside it; `new`; `gone`; `same`. */
  readonly direction: MovementDirection;
  /** The movement, then the reasons for the new grade. */
  readonly trace: TraceStep[];
}

/** What {@link gradeMovements} returns. */
export interface MovementReport {
  /** Every customer graded in either period, by `customerId`. */
  readonly movements: GradeMovement[];
  /** How many customers moved each way. */
  readonly totals: Readonly<Record<MovementDirection, number>>;
  /** Customers per (from, to) pair, `null` for absent; ordered by the grade order. */
  readonly matrix: ReadonlyArray<{
    readonly from: string | null;
    readonly to: string | null;
    readonly customers: number;
  }>;
}

/**
 * Compares the grades of two periods: who moved up or down, and why. Up and down follow the
 * grade order (best first: a policy's `grades`, default key / ordinary / potential / dormant).
 * Each movement's trace states the move and then carries the new grade's own reasons (the rule
 * and facts that gave it), so a manager sees why a customer was demoted.
 *
 * @param before - the earlier period's grades
 * @param after - the later period's grades
 * @param options - `grades`: the grade order, best first
 * @returns every customer's movement, totals per direction and the transition matrix
 * @throws CrmRulesError `INVALID_INPUT` at `['before' | 'after', index, …]` for a malformed row or
 * a customer listed twice
 * @example
 * ```ts
 * const report = gradeMovements(
 *   [{ customerId: 'A', grade: 'key' }, { customerId: 'B', grade: 'potential' }],
 *   [{ customerId: 'A', grade: 'ordinary' }, { customerId: 'B', grade: 'ordinary' }, { customerId: 'C', grade: 'potential' }],
 * );
 * report.movements.map((m) => `${m.customerId}:${m.direction}`);
 * //=> ['A:down', 'B:up', 'C:new']
 * ```
 */
export function gradeMovements(
  before: readonly GradedCustomer[],
  after: readonly GradedCustomer[],
  options: { readonly grades?: readonly string[] } = {},
): MovementReport {
  checkArray(before, ['before']);
  checkArray(after, ['after']);
  checkOptions(options, ['options']);
  if (options.grades !== undefined) checkArray(options.grades, ['options', 'grades']);
  const order = new Map((options.grades ?? DEFAULT_GRADES).map((grade, i) => [grade, i] as const));
  const was = index(before, 'before');
  const now = index(after, 'after');
  const ids = [...new Set([...was.keys(), ...now.keys()])].sort();
  const totals: Record<MovementDirection, number> = {
    up: 0,
    down: 0,
    same: 0,
    changed: 0,
    new: 0,
    gone: 0,
  };
  const pairs = new Map<string, { from: string | null; to: string | null; customers: number }>();
  const movements = ids.map((customerId): GradeMovement => {
    const from = was.get(customerId)?.grade ?? null;
    const record = now.get(customerId);
    const to = record?.grade ?? null;
    const direction = directionOf(from, to, order);
    totals[direction] += 1;
    const key = JSON.stringify([from, to]);
    const pair = pairs.get(key) ?? { from, to, customers: 0 };
    pair.customers += 1;
    pairs.set(key, pair);
    const step: TraceStep =
      direction === 'new'
        ? { code: 'grading.movement.new', params: { to } }
        : direction === 'gone'
          ? { code: 'grading.movement.gone', params: { from } }
          : { code: `grading.movement.${direction}`, params: { from, to } };
    return { customerId, from, to, direction, trace: [step, ...(record?.trace ?? [])] };
  });
  const position = (grade: string | null): number =>
    grade === null ? Number.MAX_SAFE_INTEGER : (order.get(grade) ?? order.size);
  const matrix = [...pairs.values()].sort(
    (a, b) =>
      position(a.from) - position(b.from) ||
      position(a.to) - position(b.to) ||
      byText(String(a.from), String(b.from)) ||
      byText(String(a.to), String(b.to)),
  );
  return { movements, totals, matrix };
}

/**
 * Like {@link gradeMovements}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeGradeMovements(null, null).success;
 * //=> false
 * ```
 */
export function safeGradeMovements(
  before: readonly GradedCustomer[],
  after: readonly GradedCustomer[],
  options: { readonly grades?: readonly string[] } = {},
): SafeResult<MovementReport> {
  return attempt(() => gradeMovements(before, after, options));
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function directionOf(
  from: string | null,
  to: string | null,
  order: ReadonlyMap<string, number>,
): MovementDirection {
  if (from === null) return 'new';
  if (to === null) return 'gone';
  if (from === to) return 'same';
  const a = order.get(from);
  const b = order.get(to);
  if (a === undefined || b === undefined) return 'changed';
  return b < a ? 'up' : 'down';
}

function index(rows: readonly GradedCustomer[], side: string): Map<string, GradedCustomer> {
  if (!Array.isArray(rows))
    throw new CrmRulesError('INVALID_INPUT', 'expected a list of { customerId, grade }', {
      path: [side],
      value: rows,
    });
  const byId = new Map<string, GradedCustomer>();
  rows.forEach((row, i) => {
    if (
      typeof row !== 'object' ||
      row === null ||
      typeof row.customerId !== 'string' ||
      typeof row.grade !== 'string'
    )
      throw new CrmRulesError('INVALID_INPUT', 'expected { customerId, grade }', {
        path: [side, i],
        value: row,
      });
    if (byId.has(row.customerId))
      throw new CrmRulesError('INVALID_INPUT', 'this customer is listed twice', {
        path: [side, i, 'customerId'],
        value: row.customerId,
      });
    byId.set(row.customerId, row);
  });
  return byId;
}
