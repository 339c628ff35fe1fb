import { Decimal, type MoneyJson } from '../../../money';
import { unitsToText } from '../../../money/_lib/scaled/units';
import type {
  AccountAssignment,
  AssignmentBalance,
  CustomerAssignment,
  ManagerAssignment,
} from '../../AccountAssignment';
import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import type { State } from '../placement/State';
import { customerTrace, type StepMemo } from './customerTrace';

/** Internal: the public result of a finished run. */
export function buildResult(
  state: State,
  asOf: string,
  active: readonly number[],
): AccountAssignment {
  const { book, profiles, compiled } = state;
  const currency = compiled.policy.currency;
  const digits = Math.round(Math.log10(book.scale));
  const money = (minor: number): MoneyJson => ({
    amount: unitsToText(minor, digits),
    currency,
  });
  const ids = book.managers.map((m) => m.id);
  let moved = 0;
  const memo: StepMemo = new Map();
  const customers = book.customers.map((customer: BookCustomer, c): CustomerAssignment => {
    const m = state.chosen[c] as number;
    if (customer.ownerId !== null && m >= 0 && ids[m] !== customer.ownerId) moved += 1;
    const profile = profiles.list[profiles.of[c] as number] as Profile;
    return {
      customerId: customer.spec.id,
      grade: customer.spec.grade ?? null,
      previousManagerId: customer.ownerId,
      managerId: m >= 0 ? (ids[m] as string) : null,
      why: state.why[c] ?? null,
      unplaceable: state.unplaceable[c] ?? null,
      owner: state.owner[c] ?? 'none',
      territory: profile.territory,
      candidates: profile.verdicts,
      trace: customerTrace(state, c, ids, memo),
    };
  });
  const before = new Float64Array(ids.length);
  const beforeCount = new Int32Array(ids.length);
  for (const customer of book.customers)
    if (customer.owner >= 0) {
      before[customer.owner] = (before[customer.owner] as number) + customer.value;
      beforeCount[customer.owner] = (beforeCount[customer.owner] as number) + 1;
    }
  const managers = book.managers.map((manager, m): ManagerAssignment => {
    const cap = state.ledger.capacity[m];
    return {
      managerId: manager.id,
      status: profiles.status[m] ?? 'active',
      before: { customers: beforeCount[m] as number, value: money(before[m] as number) },
      after: {
        customers: state.ledger.count[m] as number,
        value: money(state.ledger.value[m] as number),
      },
      maxCustomers:
        cap === undefined || cap.maxCustomers === Number.POSITIVE_INFINITY
          ? null
          : cap.maxCustomers,
      maxValue:
        cap === undefined || cap.maxValue === Number.POSITIVE_INFINITY ? null : money(cap.maxValue),
    };
  });
  return {
    asOf,
    mode: compiled.policy.mode,
    customers,
    managers,
    unplaceable: customers.filter((row) => row.unplaceable !== null),
    moved,
    balance: balance(state, active, money),
  };
}

function balance(
  state: State,
  active: readonly number[],
  money: (minor: number) => MoneyJson,
): AssignmentBalance {
  const { count, value } = state.ledger;
  const tolerance = state.compiled.policy.tolerance;
  let most = 0;
  let fewest = Number.POSITIVE_INFINITY;
  let high = 0;
  let low = Number.POSITIVE_INFINITY;
  let total = 0;
  for (const m of active) {
    most = Math.max(most, count[m] as number);
    fewest = Math.min(fewest, count[m] as number);
    high = Math.max(high, value[m] as number);
    low = Math.min(low, value[m] as number);
    total += value[m] as number;
  }
  const spread = active.length === 0 ? 0 : most - fewest;
  const valueSpread = active.length === 0 ? 0 : high - low;
  const percent = tolerance.valuePercent;
  return {
    customers: { spread, tolerance: tolerance.customers, within: spread <= tolerance.customers },
    value: {
      spread: money(valueSpread),
      tolerancePercent: percent ?? null,
      within:
        percent === undefined
          ? null
          : new Decimal(valueSpread)
              .times(100 * Math.max(1, active.length))
              .lte(new Decimal(percent).times(total)),
    },
  };
}
