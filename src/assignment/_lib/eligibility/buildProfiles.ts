import type { Facts } from '../../../rules';
import type { CandidateVerdict } from '../../AccountAssignment';
import type { AssignmentManager } from '../../AssignmentBook';
import type { CompiledPolicy } from '../input/compilePolicy';
import type { Book } from '../input/readBook';
import { customerFacts, type ManagerStatus, managerFacts, managerStatus } from './managerFacts';

/**
 * Internal: customers whose rules, territory and (when a rule reads it) language coincide share
 * a profile — their eligible managers are the same, so they are worked out once per profile.
 */
export interface Profile {
  /** Indices of the eligible managers, in id order. */
  readonly eligible: Int32Array;
  readonly verdicts: readonly CandidateVerdict[];
  readonly territory: string | null;
  /** Outside every territory while the policy makes that unplaceable. */
  readonly outside: boolean;
}

/** Internal: each customer's profile index, the profiles, and the managers' status. */
export interface Profiles {
  readonly of: Int32Array;
  readonly list: readonly Profile[];
  readonly status: readonly ManagerStatus[];
  /** Each customer's facts (shared with the stickiness check). */
  readonly facts: readonly Facts[];
  /** Each manager's facts. */
  readonly managerFacts: readonly Facts[];
}

/**
 * Internal: evaluates each customer's `when` conditions once (rules and territories: customers ×
 * conditions), groups the customers by the result, and evaluates the managers once per group
 * (profiles × managers × applicable rules) — never customers × managers.
 */
export function buildProfiles(compiled: CompiledPolicy, book: Book, asOf: string): Profiles {
  const loads = new Array<number>(book.managers.length).fill(0);
  for (const c of book.customers) if (c.owner >= 0) loads[c.owner] = (loads[c.owner] ?? 0) + 1;
  const status = book.managers.map((m) => managerStatus(m, asOf));
  const mFacts = book.managers.map((m, i) => managerFacts(m, asOf, loads[i] ?? 0));
  const keys = new Map<string, number>();
  const list: Profile[] = [];
  const of = new Int32Array(book.customers.length);
  const facts = book.customers.map((customer, index) => {
    const path = ['book', 'customers', index];
    const own = customerFacts(customer.spec);
    let key = '';
    for (const rule of compiled.rules)
      key += rule.when === null || rule.when.test(own, path) ? '1' : '0';
    const t = compiled.territories.findIndex((territory) => territory.when.test(own, path));
    const language = compiled.readsLanguage ? (customer.spec.language ?? '') : '';
    key += `|${t}|${language}`;
    let at = keys.get(key);
    if (at === undefined) {
      at = list.length;
      keys.set(key, at);
      list.push(profile(compiled, book.managers, status, mFacts, key, t, customer.spec.language));
    }
    of[index] = at;
    return own;
  });
  return { of, list, status, facts, managerFacts: mFacts };
}

function profile(
  compiled: CompiledPolicy,
  managers: readonly AssignmentManager[],
  status: readonly ManagerStatus[],
  mFacts: readonly Facts[],
  key: string,
  t: number,
  language: string | undefined,
): Profile {
  const territory = t >= 0 ? compiled.policy.territories[t] : undefined;
  const outside =
    t < 0 &&
    compiled.territories.length > 0 &&
    compiled.policy.outsideTerritories === 'unplaceable';
  const applies = compiled.rules.filter((_, i) => key[i] === '1');
  const eligible: number[] = [];
  const verdicts = managers.map((manager, i): CandidateVerdict => {
    const no = (reason: CandidateVerdict['reason'], decidedBy: string | null) =>
      Object.freeze({ managerId: manager.id, eligible: false, reason, decidedBy });
    const own = status[i] as ManagerStatus;
    if (own !== 'active') return no(own, null);
    if (outside) return no('territory', null);
    if (
      territory !== undefined &&
      !(territory.managers?.includes(manager.id) ?? false) &&
      !(manager.teamId !== undefined && (territory.teams?.includes(manager.teamId) ?? false))
    )
      return no('territory', territory.id);
    let facts = mFacts[i] as Facts;
    if (compiled.readsLanguage && language !== undefined)
      facts = {
        ...facts,
        'manager.speaksCustomerLanguage': manager.languages?.includes(language) ?? false,
      };
    const failed = applies.find((rule) => !rule.require.test(facts, ['book', 'managers', i]));
    if (failed !== undefined) return no('rule', failed.id);
    eligible.push(i);
    return Object.freeze({
      managerId: manager.id,
      eligible: true,
      reason: 'eligible',
      decidedBy: null,
    });
  });
  return {
    eligible: Int32Array.from(eligible),
    verdicts: Object.freeze(verdicts),
    territory: territory?.id ?? null,
    outside,
  };
}
