export { GradePolicy, type GradePolicyInput, Hysteresis } from './GradePolicy';
export type { GradeChange, GradeRecord, GradeResult } from './GradeRecord';
export {
  type GradeCustomersOptions,
  type GradingResult,
  gradeCustomers,
  safeGradeCustomers,
} from './gradeCustomers';
export { gradePolicyLabels, safeGradePolicyLabels } from './gradePolicyLabels';
