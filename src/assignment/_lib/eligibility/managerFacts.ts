import type { Facts } from '../../../rules';
import type { AssignmentCustomer, AssignmentManager } from '../../AssignmentBook';

/** Internal: a manager's standing on `asOf`. */
export type ManagerStatus = 'active' | 'leaver' | 'notStarted';

/** Internal: `leaver` when `leaveDate <= asOf`, `notStarted` when `hireDate > asOf`. */
export function managerStatus(manager: AssignmentManager, asOf: string): ManagerStatus {
  if (manager.hireDate > asOf) return 'notStarted';
  if (manager.leaveDate !== undefined && manager.leaveDate <= asOf) return 'leaver';
  return 'active';
}

/** Internal: whole years from `from` to `to` (both `YYYY-MM-DD`), never negative. */
export function wholeYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const early = to.slice(5) < from.slice(5) ? 1 : 0;
  return Math.max(0, years - early);
}

/** Internal: the manager facts of {@link MANAGER_FACTS} (without the pair fact). */
export function managerFacts(manager: AssignmentManager, asOf: string, load: number): Facts {
  const facts: Record<string, unknown> = {
    'manager.id': manager.id,
    'manager.seniorityYears': wholeYears(manager.hireDate, asOf),
    'manager.load': load,
  };
  if (manager.teamId !== undefined) facts['manager.team'] = manager.teamId;
  if (manager.kpiScore !== undefined) facts['manager.kpiScore'] = manager.kpiScore;
  return facts as Facts;
}

/** Internal: the customer facts of {@link CUSTOMER_FACTS} it carries. */
export function customerFacts(customer: AssignmentCustomer): Facts {
  const facts: Record<string, unknown> = {};
  if (customer.grade !== undefined) facts['customer.grade'] = customer.grade;
  if (customer.country !== undefined) facts['customer.country'] = customer.country;
  if (customer.region !== undefined) facts['customer.region'] = customer.region;
  if (customer.industry !== undefined) facts['customer.industry'] = customer.industry;
  if (customer.language !== undefined) facts['customer.language'] = customer.language;
  if (customer.risk !== undefined) facts['customer.risk'] = customer.risk;
  if (customer.value !== undefined) facts['customer.value'] = customer.value;
  return facts as Facts;
}
