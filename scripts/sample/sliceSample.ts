import type { FxRate } from '../../src/money';
import type { SampleCollections } from './SampleCollections';

/**
 * A small, deterministic slice of the export trader for the CLI's tests (`test/cli/fixture/`)
 * and the Zoho CRM example (`examples/zoho-crm/`): two account managers, ten customers of each
 * whose every document is theirs, and everything that belongs to those customers and managers.
 * The close of a slice takes a fraction of a second where the full sample takes seconds.
 */

/** The managers of the slice: one who mostly reaches target (AM-02), one who misses (AM-07). */
export const SLICE_MANAGERS = ['AM-02', 'AM-07'] as const;
/** The customers taken of each manager. */
export const SLICE_CUSTOMERS_PER_MANAGER = 10;

type Collections = SampleCollections['collections'];
type Owned = { readonly customerId: string; readonly ownerId?: string | undefined };

/** The customers of each manager whose documents are all owned by the slice's managers. */
function pickCustomers(collections: Collections, managers: ReadonlySet<string>): Set<string> {
  const foreign = new Set<string>();
  const documents: ReadonlyArray<readonly Owned[] | undefined> = [
    collections.orders,
    collections.invoices,
    collections.payments,
    collections.creditNotes,
    collections.complaints,
    collections.surveyResponses,
  ];
  for (const list of documents)
    for (const doc of list ?? [])
      if (doc.ownerId !== undefined && !managers.has(doc.ownerId)) foreign.add(doc.customerId);
  const picked = new Set<string>();
  for (const manager of managers) {
    const own = (collections.customers ?? []).filter(
      (c) => c.ownerId === manager && !foreign.has(c.id),
    );
    // Spread the picks over the manager's book (ids run in generation order).
    const step = Math.max(1, Math.floor(own.length / SLICE_CUSTOMERS_PER_MANAGER));
    for (const customer of own
      .filter((_, i) => i % step === 0)
      .slice(0, SLICE_CUSTOMERS_PER_MANAGER))
      picked.add(customer.id);
  }
  return picked;
}

/** The rate of each pair on the first day of each month it has one (a lighter table). */
function monthlyRates(rates: readonly FxRate[]): FxRate[] {
  const seen = new Set<string>();
  return rates.filter((rate) => {
    const key = `${rate.base}/${rate.quote}/${rate.date.slice(0, 7)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The slice of a company: the picked customers and managers, and what belongs to them. */
export function sliceCompany(company: SampleCollections): SampleCollections {
  const c = company.collections;
  const managers = new Set<string>(SLICE_MANAGERS);
  const customers = pickCustomers(c, managers);
  const byCustomer = <T extends { customerId: string }>(list: readonly T[] | undefined) =>
    (list ?? []).filter((record) => customers.has(record.customerId));
  const contracts = byCustomer(c.contracts);
  const contractIds = new Set(contracts.map((k) => k.id));
  const teams = new Set(
    (c.accountManagers ?? []).filter((m) => managers.has(m.id)).map((m) => m.teamId),
  );
  const assignments = (company.rules?.commissionAssignments ?? []) as Array<{ payeeId: string }>;
  return {
    company: company.company,
    collections: {
      teams: (c.teams ?? []).filter((t) => teams.has(t.id)),
      accountManagers: (c.accountManagers ?? []).filter((m) => managers.has(m.id)),
      productCategories: c.productCategories ?? [],
      products: c.products ?? [],
      customers: (c.customers ?? []).filter((customer) => customers.has(customer.id)),
      contracts,
      contractClauses: (c.contractClauses ?? []).filter((k) => contractIds.has(k.contractId)),
      orders: byCustomer(c.orders),
      deliveries: byCustomer(c.deliveries),
      invoices: byCustomer(c.invoices),
      payments: byCustomer(c.payments),
      creditNotes: byCustomer(c.creditNotes),
      surveyResponses: byCustomer(c.surveyResponses),
      complaints: byCustomer(c.complaints),
      trainingRecords: (c.trainingRecords ?? []).filter((t) => managers.has(t.managerId)),
      targets: (c.targets ?? []).filter((t) =>
        t.subjectKind === 'team' ? teams.has(t.subjectId) : managers.has(t.subjectId),
      ),
      managerRatings: (c.managerRatings ?? []).filter((r) => managers.has(r.managerId)),
      fxRates: monthlyRates(c.fxRates ?? []),
      screeningList: c.screeningList ?? [],
    },
    rules: {
      ...company.rules,
      commissionAssignments: assignments.filter((a) => managers.has(a.payeeId)),
    },
  };
}
