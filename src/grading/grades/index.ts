export { BUILT_IN_GRADES, DEFAULT_GRADES, GradeId } from './GradeId';
export { gradeNameStep } from './gradeNameStep';
