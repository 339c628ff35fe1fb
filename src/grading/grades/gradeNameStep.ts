import { requireString } from '../../errors/_lib/argumentGuards';
import type { TraceStep } from '../../explain';
import { BUILT_IN_GRADES } from './GradeId';

/**
 * The trace step that names a grade: `grading.grade.<id>` for a built-in grade (rendered as
 * 重点客户, key customer …), `grading.grade.custom` with the `label` (or the id) otherwise.
 *
 * @param grade - the grade id
 * @param label - the policy's label for a custom grade
 * @returns the step
 * @example
 * ```ts
 * [gradeNameStep('key'), gradeNameStep('vip', '贵宾 VIP')];
 * //=> [{ code: 'grading.grade.key', params: {} }, { code: 'grading.grade.custom', params: { grade: '贵宾 VIP' } }]
 * ```
 */
export function gradeNameStep(grade: string, label?: string): TraceStep {
  requireString(grade, 'grade');
  if (label !== undefined) requireString(label, 'label');
  return BUILT_IN_GRADES.includes(grade)
    ? { code: `grading.grade.${grade}`, params: {} }
    : { code: 'grading.grade.custom', params: { grade: label ?? grade } };
}
