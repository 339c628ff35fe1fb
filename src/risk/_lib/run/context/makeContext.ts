import * as z from 'zod';
import { CrmRulesError, parseWith } from '../../../../errors';
import { requireObject } from '../../../../errors/_lib/argumentGuards';
import type { Customer } from '../../../../model';
import { CurrencyCode } from '../../../../money';
import { IsoDate } from '../../../../period';
import { CountryGroup } from '../../../DocumentPolicies';
import type { RiskPolicy } from '../../../RiskPolicy';
import type { RiskRunOptions } from '../../../RiskRunFacts';
import type { CheckKey } from '../policy/sectionSchemas';
import type { ResolvedSection, RunContext, RunFacts } from './RunContext';
import { resolveSection } from './resolveSection';

const Scalars = z.strictObject({
  asOf: IsoDate,
  baseCurrency: CurrencyCode,
  dsoDays: z.number().int().positive().max(36_600).default(365),
  revenueDays: z.number().int().positive().max(36_600).default(365),
});

function countryGroups(policy: RiskPolicy, groups: unknown): CountryGroup[] {
  const parsed = parseWith(z.array(CountryGroup), groups ?? [], {
    path: ['options', 'countryGroups'],
  });
  const ids = new Set<string>();
  parsed.forEach((group, i) => {
    if (ids.has(group.id))
      throw new CrmRulesError('INVALID_INPUT', 'duplicate country group id', {
        path: ['options', 'countryGroups', i, 'id'],
        value: group.id,
      });
    ids.add(group.id);
  });
  for (const id of Object.keys(policy.byCountryGroup).sort())
    if (!ids.has(id))
      throw new CrmRulesError(
        'INVALID_INPUT',
        'a layer names a country group not in options.countryGroups',
        {
          path: ['policy', 'byCountryGroup', id],
          value: id,
        },
      );
  return parsed;
}

function requireMap(value: unknown, name: string): void {
  if (value !== undefined && !(value instanceof Map))
    throw new CrmRulesError('INVALID_INPUT', `${name} is a Map keyed by customer id`, {
      path: ['options', name],
      value,
    });
}

/** Internal: the run's date, after checking that `options` is an object with a valid `asOf`. */
export function runDate(options: RiskRunOptions): string {
  requireObject(options, 'options');
  return parseWith(IsoDate, options.asOf, { path: ['options', 'asOf'] });
}

/** Internal: the context of a run — options checked, sections resolved once per customer and check. */
export function makeContext(
  policy: RiskPolicy,
  facts: RunFacts,
  options: RiskRunOptions,
): RunContext {
  requireObject(options, 'options');
  const { asOf, baseCurrency, dsoDays, revenueDays } = parseWith(
    Scalars,
    {
      asOf: options.asOf,
      baseCurrency: options.baseCurrency,
      dsoDays: options.dsoDays,
      revenueDays: options.revenueDays,
    },
    { path: ['options'] },
  );
  requireMap(options.grades, 'grades');
  requireMap(options.pAlive, 'pAlive');
  const groups = countryGroups(policy, options.countryGroups);
  const gradeOf = (id: string, customer: Customer | undefined) =>
    options.grades?.get(id) ?? customer?.grade;
  const customerOf = (id: string): Customer | undefined => {
    const customer = facts.customers.get(id);
    const grade = gradeOf(id, customer);
    return customer === undefined || grade === customer.grade ? customer : { ...customer, grade };
  };
  // Per check, per customer ('' for none): no key string is made per call.
  const memo = new Map<CheckKey, Map<string, ResolvedSection | null>>();
  const shared = new Map<string, ResolvedSection | null>();
  const sectionFor: RunContext['sectionFor'] = (check, customerId) => {
    let byCustomer = memo.get(check);
    if (byCustomer === undefined) {
      byCustomer = new Map();
      memo.set(check, byCustomer);
    }
    const id = customerId ?? '';
    const known = byCustomer.get(id);
    if (known !== undefined || byCustomer.has(id)) return known as ResolvedSection | null;
    const customer = customerId === undefined ? undefined : facts.customers.get(customerId);
    const grade = customerId === undefined ? undefined : gradeOf(customerId, customer);
    const section = resolveSection(policy, check, groups, { customer, grade }, shared);
    byCustomer.set(id, section);
    return section;
  };
  return {
    policy,
    asOf,
    baseCurrency,
    facts,
    groups,
    dsoDays,
    revenueDays,
    sectionFor,
    customer: customerOf,
    fx: options.fx,
    grades: options.grades,
    pAlive: options.pAlive,
    screeningList: options.screeningList,
  };
}
