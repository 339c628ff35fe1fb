import { CrmRulesError, type ErrorPath, parseWith } from '../../../errors';
import { AccountManager } from '../../../model';
import type { CommissionInput } from '../../model/CommissionInput';
import { PayeeAssignment } from '../../model/PayeeAssignment';
import { datedList } from '../exact/datedList';
import { list, remap } from '../exact/remap';
import { quickAccountManager } from '../input/quickAccountManager';
import { quickAssignment } from '../input/quickAssignment';
import type { AssignmentInfo, PayeeInfo, PlanHistory } from './RunContext';

export function parsePayees(
  input: CommissionInput,
  plans: Map<string, PlanHistory>,
): Map<string, PayeeInfo> {
  const records = new Map<string, { record: AccountManager; index: number }>();
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
  const byPayee = new Map<string, AssignmentInfo[]>();
  list(input.assignments, 'assignments').forEach((raw, index) => {
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
    const planCurrency = history.versions.items[0]?.plan.currency;
    const quotas: Array<[ErrorPath, string]> =
      assignment.quota === undefined ? [] : [[['quota'], assignment.quota.currency]];
    assignment.quotas.forEach((q, k) => {
      quotas.push([['quotas', k, 'amount'], q.amount.currency]);
    });
    for (const [at, quotaCurrency] of quotas)
      if (quotaCurrency !== planCurrency)
        throw new CrmRulesError(
          'CURRENCY_MISMATCH',
          `quotas are in the plan currency ${planCurrency}`,
          {
            path: ['assignments', index, ...at, 'currency'],
            value: quotaCurrency,
          },
        );
    const info: AssignmentInfo = {
      assignment,
      index,
      effectiveFrom: assignment.effectiveFrom,
      ...(assignment.effectiveTo === undefined ? {} : { effectiveTo: assignment.effectiveTo }),
      history,
      currency,
    };
    byPayee.set(assignment.payeeId, [...(byPayee.get(assignment.payeeId) ?? []), info]);
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
