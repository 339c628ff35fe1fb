export {
  type GradedCustomer,
  type GradeMovement,
  gradeMovements,
  type MovementDirection,
  type MovementReport,
  safeGradeMovements,
} from './gradeMovements';
