import { CrmRulesError, parseWith } from '../../../errors';
import { AccountManager } from '../../../model';
import type { CommissionInput } from '../../model/CommissionInput';
import type { CommissionPlan } from '../../model/CommissionPlan';
import { PayeeAssignment } from '../../model/PayeeAssignment';
import { datedList } from '../exact/datedList';
import { list, remap } from '../exact/remap';
import { quickAccountManager } from '../input/quickAccountManager';
import { quickAssignment } from '../input/quickAssignment';
import { quotaEntries } from '../schema/quotaOf';
import type { AssignmentInfo, PayeeInfo, PlanHistory } from './RunContext';

type PayeeRecords = Map<string, { record: AccountManager; index: number }>;

/** The payee records by id; throws on a duplicate id. */
function payeeRecords(input: CommissionInput): PayeeRecords {
  const records: PayeeRecords = new Map();
  list(input.payees, 'payees').forEach((raw, index) => {
    const record =
      quickAccountManager(raw) ?? parseWith(AccountManager, raw, { path: ['payees', index] });
    if (records.has(record.id))
      throw new CrmRulesError('INVALID_INPUT', 'duplicate payee id', {
        path: ['payees', index, 'id'],
        value: record.id,
      });
    records.set(record.id, { record, index });
  });
  return records;
}

/**
 * Throws `INVALID_INPUT` unless every quota of assignment `index` is of the plan's measure (money
 * or units: `quotaMeasure`), and `CURRENCY_MISMATCH` unless every money quota is in the plan
 * currency.
 */
function checkQuotas(
  assignment: PayeeAssignment,
  index: number,
  plan: CommissionPlan | undefined,
): void {
  const measure = plan?.quotaMeasure ?? 'money';
  for (const quota of quotaEntries(assignment)) {
    if (quota.measure !== measure)
      throw new CrmRulesError(
        'INVALID_INPUT',
        measure === 'quantity'
          ? `plan ${plan?.id} measures quotas in units: write the quota as { quantity }`
          : `plan ${plan?.id} measures quotas in money: write the quota as { amount, currency } (or set the plan's quotaMeasure to "quantity")`,
        { path: ['assignments', index, ...quota.path], value: quota.value },
      );
    if (quota.currency !== null && quota.currency !== plan?.currency)
      throw new CrmRulesError(
        'CURRENCY_MISMATCH',
        `quotas are in the plan currency ${plan?.currency}`,
        {
          path: [
            'assignments',
            index,
            ...quota.path,
            ...(quota.path.length > 1 ? ['amount'] : []),
            'currency',
          ],
          value: quota.currency,
        },
      );
  }
}

/** Assignment `index` read and checked against the plans and payee records. */
function assignmentInfo(
  raw: unknown,
  index: number,
  plans: Map<string, PlanHistory>,
  records: PayeeRecords,
): AssignmentInfo {
  const assignment =
    quickAssignment(raw) ?? parseWith(PayeeAssignment, raw, { path: ['assignments', index] });
  const history = plans.get(assignment.planId);
  if (history === undefined)
    throw new CrmRulesError('INVALID_INPUT', `no plan ${assignment.planId} in plans`, {
      path: ['assignments', index, 'planId'],
      value: assignment.planId,
    });
  const currency = assignment.currency ?? records.get(assignment.payeeId)?.record.payCurrency;
  if (currency === undefined)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'no statement currency: give one or add the payee to payees',
      {
        path: ['assignments', index, 'currency'],
        value: undefined,
      },
    );
  checkQuotas(assignment, index, history.versions.items[0]?.plan);
  return {
    assignment,
    index,
    effectiveFrom: assignment.effectiveFrom,
    ...(assignment.effectiveTo === undefined ? {} : { effectiveTo: assignment.effectiveTo }),
    history,
    currency,
  };
}

/**
 * Internal: the payees of a run by id — their records and their assignments (dated, checked
 * against the plans) — for every payee that has a record or an assignment.
 */
export function parsePayees(
  input: CommissionInput,
  plans: Map<string, PlanHistory>,
): Map<string, PayeeInfo> {
  const records = payeeRecords(input);
  const byPayee = new Map<string, AssignmentInfo[]>();
  list(input.assignments, 'assignments').forEach((raw, index) => {
    const info = assignmentInfo(raw, index, plans, records);
    const { payeeId } = info.assignment;
    byPayee.set(payeeId, [...(byPayee.get(payeeId) ?? []), info]);
  });
  const payees = new Map<string, PayeeInfo>();
  for (const id of new Set([...records.keys(), ...byPayee.keys()])) {
    const infos = byPayee.get(id) ?? [];
    const record = records.get(id);
    payees.set(id, {
      id,
      record: record?.record ?? null,
      recordIndex: record?.index ?? -1,
      assignments: remap(
        () => datedList(infos, []),
        ['assignments'],
        infos.map((a) => a.index),
      ),
    });
  }
  return payees;
}
