import type { RiskPolicyInput } from '../src/risk';
import { syntheticDocuments } from './riskData';

const COUNTRIES = ['DE', 'FR', 'CN', 'US', 'VE'] as const;
const METHODS = ['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA', 'CONSIGNMENT'] as const;
const MODES = ['sea', 'air', 'road', 'rail', 'multimodal'] as const;
const INCOTERMS = ['FOB', 'CIF', 'FCA', 'CIP', 'DAP'] as const;

/**
 * The facts of a whole risk run as a CRM holds them: `customers` customers (every fifth in VE,
 * every third of grade A), 1,000 managers in 10 teams, the invoices and payments of
 * `syntheticDocuments(items, customers)`, `orders` open orders each carrying its payment terms,
 * and `contracts` contracts each carrying its transport mode and clauses — untrusted objects.
 */
export function syntheticFacts(
  items: number,
  customers: number,
  orders: number,
  contracts: number,
): Record<string, object[]> {
  const documents = syntheticDocuments(items, customers);
  return {
    customers: Array.from({ length: customers }, (_, i) => ({
      id: `C-${i}`,
      name: `Customer ${i} GmbH`,
      country: COUNTRIES[i % 5] as string,
      ownerId: `M-${i % 1000}`,
      ...(i % 3 === 0 ? { grade: 'A' } : {}),
    })),
    managers: Array.from({ length: 1000 }, (_, i) => ({
      id: `M-${i}`,
      name: `Manager ${i}`,
      teamId: `T-${i % 10}`,
      hireDate: '2020-01-01',
      payCurrency: 'USD',
    })),
    ...documents,
    orders: Array.from({ length: orders }, (_, i) => ({
      id: `SO-${i}`,
      customerId: `C-${(i * 7) % customers}`,
      ownerId: `M-${((i * 7) % customers) % 1000}`,
      orderDate: '2026-06-20',
      currency: 'USD',
      status: 'open',
      paymentTerms: { method: METHODS[i % 6] as string, days: (i % 5) * 30 },
      lines: [
        { lineId: '1', productId: 'P-1', categoryId: 'K-1', quantity: '2', unitPrice: '125.50' },
      ],
    })),
    contracts: Array.from({ length: contracts }, (_, i) => ({
      id: `K-${i}`,
      customerId: `C-${(i * 11) % customers}`,
      startDate: '2026-01-01',
      incoterm: INCOTERMS[i % 5] as string,
      governingLaw: i % 4 === 0 ? 'US' : 'CN',
      disputeResolution: { kind: 'arbitration', seat: 'Beijing', arbitrators: 3 },
      currency: 'USD',
      paymentTerms: { method: METHODS[i % 6] as string, days: (i % 4) * 30 },
      transportMode: MODES[i % 5] as string,
      clauses: i % 2 === 0 ? ['force-majeure', 'currency'] : ['currency'],
    })),
  };
}

/** The policy of the run: credit, aging, concentration, payment terms and contracts. */
export const RUN_POLICY: RiskPolicyInput = {
  effectiveFrom: '2026-01-01',
  checks: {
    credit: {
      defaultLimit: { amount: '50000', currency: 'USD' },
      warnAtPercent: '80',
      blockAtPercent: '100',
    },
    aging: {},
    concentration: { topN: 10, topShareWarnPercent: '50', hhiWarn: '1500', hhiBlock: '2500' },
    terms: {
      countryGroups: [{ id: 'high-risk', countries: ['VE'] }],
      rules: [
        { riskiestMethod: 'DA', maxCreditDays: 60 },
        { grade: 'A', riskiestMethod: 'OA', maxCreditDays: 90 },
        { countryGroup: 'high-risk', riskiestMethod: 'LC', maxCreditDays: 30 },
      ],
    },
    contract: {
      baseCurrency: 'USD',
      governingLaws: ['CN'],
      requiredClauses: ['force-majeure'],
    },
  },
};

const day = (date: string) => Date.parse(date) / 86_400_000;

/**
 * The same checks in plain numbers (floats, no findings, no traces): exposure per customer
 * (invoices − allocations + open orders) against the default limit, aging buckets 30/60/90/120
 * of the open invoices, revenue HHI, and each order's and contract's terms against its rules.
 * Returns a count of what it would flag, so the work cannot be optimised away.
 */
export function plainRun(facts: Record<string, object[]>, customers: number, asOf: string): number {
  const open = new Map<string, number>();
  const exposure = new Float64Array(customers);
  const due = new Map<string, number>();
  const revenue = new Float64Array(customers);
  for (const raw of facts.invoices ?? []) {
    const inv = raw as { id: string; customerId: string; dueDate: string; total: string };
    const c = Number(inv.customerId.slice(2));
    const amount = Number(inv.total);
    open.set(inv.id, amount);
    due.set(inv.id, day(inv.dueDate));
    exposure[c] = (exposure[c] as number) + amount;
    revenue[c] = (revenue[c] as number) + amount;
  }
  for (const raw of facts.payments ?? []) {
    const p = raw as {
      customerId: string;
      allocations: { invoiceId: string; amount: { amount: string } }[];
    };
    const c = Number(p.customerId.slice(2));
    for (const a of p.allocations) {
      const amount = Number(a.amount.amount);
      open.set(a.invoiceId, (open.get(a.invoiceId) ?? 0) - amount);
      exposure[c] = (exposure[c] as number) - amount;
    }
  }
  const rank = (m: string) => ['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA', 'CONSIGNMENT'].indexOf(m);
  let flagged = 0;
  const termsOf = (customer: number, method: string, days: number) => {
    const highRisk = customer % 5 === 4;
    const gradeA = customer % 3 === 0;
    const riskiest = highRisk ? 1 : gradeA ? 3 : 3;
    const maxDays = highRisk ? 30 : 60;
    if (rank(method) > riskiest) flagged += 1;
    if (days > maxDays) flagged += 1;
  };
  for (const raw of facts.orders ?? []) {
    const o = raw as {
      customerId: string;
      paymentTerms: { method: string; days: number };
      lines: { quantity: string; unitPrice: string }[];
    };
    const c = Number(o.customerId.slice(2));
    for (const line of o.lines)
      exposure[c] = (exposure[c] as number) + Number(line.quantity) * Number(line.unitPrice);
    termsOf(c, o.paymentTerms.method, o.paymentTerms.days);
  }
  for (const raw of facts.contracts ?? []) {
    const k = raw as {
      customerId: string;
      paymentTerms: { method: string; days: number };
      incoterm: string;
      transportMode: string;
      governingLaw: string;
      clauses: string[];
    };
    termsOf(Number(k.customerId.slice(2)), k.paymentTerms.method, k.paymentTerms.days);
    if (['FAS', 'FOB', 'CFR', 'CIF'].includes(k.incoterm) && k.transportMode !== 'sea')
      flagged += 1;
    if (k.governingLaw !== 'CN') flagged += 1;
    if (!k.clauses.includes('force-majeure')) flagged += 1;
  }
  for (const e of exposure) if (e * 100 >= 50_000 * 80) flagged += 1;
  const buckets = new Float64Array(6);
  const asOfDay = day(asOf);
  for (const [id, amount] of open) {
    if (amount <= 0) continue;
    const late = asOfDay - (due.get(id) as number);
    const b =
      late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : late <= 120 ? 4 : 5;
    buckets[b] = (buckets[b] as number) + amount;
  }
  let total = 0;
  let squares = 0;
  for (const r of revenue) {
    total += r;
    squares += r * r;
  }
  return (
    flagged + (squares / (total * total) > 0.15 ? 1 : 0) + ((buckets[5] as number) > 0 ? 1 : 0)
  );
}
