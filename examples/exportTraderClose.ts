/**
 * The sample export trader (examples/data/export-trader, `npm run sample:generate`) loaded into the
 * memory store, and the input that closes a period for it with its rules (`rules/*.json`).
 */
import { readFileSync } from 'node:fs';
import { createMemoryStore } from 'crm-rules/memory';
import type { CrmStore } from 'crm-rules/ports';
import type { CloseBooksInput } from 'crm-rules/workflows';

const DATA = new URL('./data/export-trader/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;

/** The collections the memory store holds (the model's entities). */
const ENTITIES = [
  'teams',
  'accountManagers',
  'productCategories',
  'products',
  'customers',
  'contracts',
  'orders',
  'deliveries',
  'invoices',
  'payments',
  'creditNotes',
  'surveyResponses',
  'complaints',
  'trainingRecords',
  'targets',
] as const;

/** A fresh memory store seeded with the export trader's entities. */
export function exportTraderStore(): CrmStore {
  return createMemoryStore(
    Object.fromEntries(ENTITIES.map((name) => [name, read(`${name}.json`)])),
  );
}

interface Rating {
  period: string;
  managerId: string;
  kpi: string;
  value: string;
  source: string;
}
interface Clauses {
  contractId: string;
  [clause: string]: unknown;
}

/** The company record of the export trader (name, base currency). */
export function exportTraderCompany(): { readonly name: string; readonly baseCurrency: string } {
  return read('company.json');
}

/** The export trader's invoices, payments and credit notes, as stored (for the aging chart). */
export function exportTraderDocuments(): {
  readonly invoices: unknown[];
  readonly payments: unknown[];
  readonly creditNotes: unknown[];
} {
  return {
    invoices: read('invoices.json'),
    payments: read('payments.json'),
    creditNotes: read('creditNotes.json'),
  };
}

/** The close of `period` for the export trader: its rules and the inputs a store does not hold. */
export function exportTraderClose(period: string): CloseBooksInput {
  const company = read<{ baseCurrency: string }>('company.json');
  const contracts = read<Array<{ id: string }>>('contracts.json');
  const clauses = new Map(read<Clauses[]>('contractClauses.json').map((c) => [c.contractId, c]));
  return {
    period,
    baseCurrency: company.baseCurrency,
    rules: {
      gradePolicy: read('rules/gradePolicy.json'),
      scorecard: read('rules/scorecard.json'),
      commission: {
        plans: [read('rules/commissionPlan.json')],
        assignments: read('rules/commissionAssignments.json'),
      },
      riskPolicy: read('rules/riskPolicy.json'),
      countryGroups: read('rules/countryGroups.json'),
    },
    fxRates: read('fxRates.json'),
    manualKpis: read<Rating[]>('managerRatings.json')
      .filter((r) => r.period === period)
      .map(({ managerId, kpi, value, source }) => ({ managerId, kpi, value, source })),
    screeningList: read('screeningList.json'),
    contractReviews: contracts.map((contract) => {
      const { contractId: _, ...review } = clauses.get(contract.id) ?? { contractId: contract.id };
      return { contract, ...review };
    }),
  };
}
