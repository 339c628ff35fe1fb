import type { Product, ProductCategory } from '../../../src/model';
import { createRandom, deriveSeed } from '../random';
import type { SampleCollections } from '../SampleCollections';
import { buildCreditNotes, buildPayments } from './cash';
import { buildComplaints, buildRatings, buildSurveys, buildTraining } from './feedback';
import {
  buildManagers,
  buildProfiles,
  buildTeams,
  DATA_END,
  DATA_START,
  toCustomer,
} from './people';
import { CATEGORIES, PRODUCTS } from './reference';
import { buildContracts, buildFxRates, buildScreeningList } from './risk';
import {
  COMMISSION_PLAN,
  COUNTRY_GROUPS,
  commissionAssignments,
  GRADE_POLICY,
  RISK_POLICY,
  SCORECARD,
} from './rules';
import { draftSales, toDeliveries, toInvoice, toOrder } from './sales';
import { creditLimits, exposureByCustomer, gradesAfterQ2 } from './standing';
import { buildTargets } from './targets';

/**
 * The export trader (an industrial-pump exporter in Ningbo, the first source article): 12
 * account managers in 3 teams, 600 customers in 30 countries, orders in USD, EUR, GBP and JPY,
 * CNY as the base currency, documents from 2025-01-01 to 2026-09-30.
 */
export function buildExportTrader(seed: number): SampleCollections {
  const part = (name: string) => createRandom(deriveSeed(seed, `export-trader/${name}`));
  const profiles = buildProfiles(part('customers'));
  const managers = buildManagers();
  const { contracts, clauses, terms } = buildContracts(part('contracts'), profiles);
  const drafts = draftSales(part('orders'), profiles, terms);
  const { notes, credited } = buildCreditNotes(part('credit-notes'), drafts);
  const { payments, paid } = buildPayments(part('payments'), drafts, credited, terms);
  const limits = creditLimits(profiles, exposureByCustomer(drafts, credited, paid));
  const grades = gradesAfterQ2(profiles, drafts);
  const firstOrder = new Map<string, string>();
  for (const draft of drafts)
    if (!firstOrder.has(draft.profile.id)) firstOrder.set(draft.profile.id, draft.orderDate);
  return {
    company: {
      id: 'export-trader',
      name: 'Ningbo Haitong Pump Export Co. 宁波海通泵业进出口有限公司',
      baseCurrency: 'CNY',
      dataStart: DATA_START,
      dataEnd: DATA_END,
      closePeriod: '2026-Q3',
    },
    collections: {
      teams: buildTeams(),
      accountManagers: managers,
      productCategories: CATEGORIES.map((c): ProductCategory => ({ id: c.id, name: c.name })),
      products: PRODUCTS.map(
        (p): Product => ({ id: p.id, name: p.name, categoryId: p.categoryId, hsCode: p.hsCode }),
      ),
      customers: profiles.map((p) =>
        toCustomer(p, firstOrder.get(p.id), grades.get(p.id), limits.get(p.id) ?? {}),
      ),
      contracts,
      contractClauses: clauses,
      orders: drafts.map(toOrder),
      deliveries: toDeliveries(drafts),
      invoices: drafts.flatMap((d) => (d.invoice === undefined ? [] : [toInvoice(d, d.invoice)])),
      payments,
      creditNotes: notes,
      surveyResponses: buildSurveys(part('surveys'), profiles, drafts),
      complaints: buildComplaints(part('complaints'), drafts),
      trainingRecords: buildTraining(part('training'), managers),
      targets: buildTargets(part('targets'), managers, drafts),
      managerRatings: buildRatings(part('ratings'), managers),
      fxRates: buildFxRates(part('fx')),
      screeningList: buildScreeningList(profiles),
    },
    rules: {
      gradePolicy: GRADE_POLICY,
      scorecard: SCORECARD,
      commissionPlan: COMMISSION_PLAN,
      commissionAssignments: commissionAssignments(managers),
      riskPolicy: RISK_POLICY,
      countryGroups: COUNTRY_GROUPS,
    },
  };
}
