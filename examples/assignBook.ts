/**
 * The export trader's book of customers (examples/data/export-trader, `npm run sample:generate`)
 * assigned to its account managers as of 2026-09-30, by `crm-rules/assignment`: key customers
 * only to managers with 5 years or more, loads balanced, the fewest current owners lost. Prints each
 * manager's load before and after, and why the first customer that moved went where it did.
 *
 *   npx tsx examples/assignBook.ts          # English
 *   npx tsx examples/assignBook.ts zh-CN    # Chinese
 */
import { readFileSync } from 'node:fs';
import { coreCatalog, type Locale, mergeCatalogs, renderTrace } from 'crm-rules';
import { assignAccounts, assignmentCatalog } from 'crm-rules/assignment';

const DATA = new URL('./data/export-trader/', import.meta.url);
const read = <T>(name: string): T[] => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T[];

interface SampleCustomer {
  id: string;
  country: string;
  grade?: string;
  region?: string;
  industry?: string;
  ownerId?: string;
}
interface SampleManager {
  id: string;
  teamId?: string;
  hireDate: string;
  leaveDate?: string;
}

/** The policy: key customers need 5 years' seniority; counts balanced (the default mode). */
export const POLICY = {
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  rules: [
    {
      id: 'senior-for-key',
      when: { fact: 'customer.grade', operator: 'eq', value: 'key' },
      require: { fact: 'manager.seniorityYears', operator: 'gte', value: 5 },
    },
  ],
};

export function assignExample(locale: Locale = 'en'): string[] {
  const customers = read<SampleCustomer>('customers.json');
  const managers = read<SampleManager>('accountManagers.json');
  const book = {
    customers: customers.map(({ id, country, grade, region, industry }) => ({
      id,
      country,
      ...(grade === undefined ? {} : { grade }),
      ...(region === undefined ? {} : { region }),
      ...(industry === undefined ? {} : { industry }),
    })),
    managers: managers.map(({ id, teamId, hireDate, leaveDate }) => ({
      id,
      hireDate,
      ...(teamId === undefined ? {} : { teamId }),
      ...(leaveDate === undefined ? {} : { leaveDate }),
    })),
    current: customers.flatMap((c) =>
      c.ownerId === undefined ? [] : [{ customerId: c.id, managerId: c.ownerId }],
    ),
  };
  const result = assignAccounts(POLICY, book, { asOf: '2026-09-30' });
  const out = [
    `${customers.length} customers, ${managers.length} managers; moved ${result.moved}, unplaceable ${result.unplaceable.length}`,
  ];
  for (const m of result.managers)
    out.push(`  ${m.managerId}  ${m.before.customers} → ${m.after.customers} customers`);
  const first = result.customers.find(
    (row) => row.previousManagerId !== null && row.managerId !== row.previousManagerId,
  );
  if (first !== undefined) {
    out.push(`${first.customerId}: ${first.previousManagerId} → ${first.managerId}`);
    const catalog = mergeCatalogs(coreCatalog, assignmentCatalog);
    for (const line of renderTrace(first.trace, { locale, catalog })) out.push(`  ${line}`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(assignExample((process.argv[2] as Locale | undefined) ?? 'en').join('\n'));
}
