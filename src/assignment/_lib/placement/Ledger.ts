import type { Capacity } from '../input/compilePolicy';

/**
 * Internal: the managers' loads during a run — customers, value (whole minor units) and
 * customers by grade — against their capacities.
 */
export class Ledger {
  readonly count: Int32Array;
  readonly value: Float64Array;
  private readonly grades: Array<Map<string, number> | null>;

  constructor(readonly capacity: readonly Capacity[]) {
    this.count = new Int32Array(capacity.length);
    this.value = new Float64Array(capacity.length);
    this.grades = capacity.map((c) => (c.byGrade === null ? null : new Map()));
  }

  /** Whether manager `m` can take one more customer of this value and grade. */
  fits(m: number, value: number, grade: string | undefined): boolean {
    const cap = this.capacity[m] as Capacity;
    if ((this.count[m] as number) >= cap.maxCustomers) return false;
    if ((this.value[m] as number) + value > cap.maxValue) return false;
    if (cap.byGrade === null || grade === undefined) return true;
    const most = cap.byGrade.get(grade);
    return most === undefined || (this.grades[m]?.get(grade) ?? 0) < most;
  }

  add(m: number, value: number, grade: string | undefined, sign = 1): void {
    this.count[m] = (this.count[m] as number) + sign;
    this.value[m] = (this.value[m] as number) + sign * value;
    const grades = this.grades[m];
    if (grades != null && grade !== undefined) grades.set(grade, (grades.get(grade) ?? 0) + sign);
  }
}
