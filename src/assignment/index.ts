export type {
  AccountAssignment,
  AssignmentBalance,
  AssignmentWhy,
  CandidateReason,
  CandidateVerdict,
  CustomerAssignment,
  ManagerAssignment,
  ManagerLoad,
  OwnerOutcome,
  UnplaceableReason,
} from './AccountAssignment';
export { CUSTOMER_FACTS, MANAGER_FACTS } from './ASSIGNMENT_FACTS';
export {
  AssignmentBook,
  type AssignmentBookInput,
  AssignmentCustomer,
  AssignmentManager,
} from './AssignmentBook';
export {
  AssignmentCapacity,
  AssignmentPolicy,
  type AssignmentPolicyInput,
} from './AssignmentPolicy';
export { assignAccounts, safeAssignAccounts } from './assignAccounts';
export { assignmentCatalog } from './assignmentCatalog';
export { type Handover, type HandoverReason, handoverList, safeHandoverList } from './handoverList';
