import type { CommissionInput, CommissionPlanInput } from '../../src/commission';

/** A plan version paying 4 % on invoiced amounts in USD, monthly; override any field. */
export function plan(overrides: Partial<CommissionPlanInput> = {}): CommissionPlanInput {
  return {
    id: 'am',
    version: 1,
    name: 'Account managers',
    effectiveFrom: '2026-01-01',
    currency: 'USD',
    crediting: { base: 'invoiced' },
    components: [
      {
        id: 'base',
        name: 'Base',
        calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } },
      },
    ],
    ...overrides,
  };
}

/** A component paying `rate` of every eligible line. */
export function flat(rate: string, id = 'base') {
  return {
    id,
    name: id,
    calculation: { kind: 'flat' as const, rate: { kind: 'rate' as const, value: rate } },
  };
}

/** A tier component. */
export function tiers(
  mode: 'whole' | 'marginal' | 'interpolated-rate',
  measure: 'line' | 'period-to-date' | 'plan-year-to-date' | 'attainment',
  bounds: Array<[string, string | null, string]>,
  id = 'tiers',
) {
  return {
    id,
    name: id,
    calculation: {
      kind: 'tiers' as const,
      mode,
      measure,
      tiers: bounds.map(([from, to, rate]) => ({ from, to, rate })),
    },
  };
}

/** An assignment of a payee to plan `am` from 2026-01-01, paid in USD. */
export function assign(payeeId: string, extra: Record<string, unknown> = {}) {
  return { payeeId, planId: 'am', effectiveFrom: '2026-01-01', currency: 'USD', ...extra };
}

/** An invoice without lines. */
export function invoice(
  id: string,
  ownerId: string,
  issueDate: string,
  total: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    customerId: 'C-1',
    ownerId,
    issueDate,
    dueDate: issueDate,
    currency: 'USD',
    total,
    ...extra,
  };
}

/** A credit note of AM-7's customer C-1 on an invoice (USD unless `currency` says otherwise). */
export function creditNote(
  id: string,
  date: string,
  invoiceId: string,
  amount: string,
  reason: 'return' | 'cancellation' | 'quality-claim' = 'return',
  currency = 'USD',
) {
  return { id, customerId: 'C-1', ownerId: 'AM-7', invoiceId, date, currency, amount, reason };
}

/** A one-line confirmed order. */
export function order(
  id: string,
  ownerId: string,
  orderDate: string,
  quantity: string,
  unitPrice: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    customerId: 'C-1',
    ownerId,
    orderDate,
    currency: 'USD',
    status: 'confirmed' as const,
    lines: [{ lineId: '1', productId: 'P-1', categoryId: 'PUMPS', quantity, unitPrice }],
    ...extra,
  };
}

/** A minimal input for one payee AM-7 in March 2026. */
export function input(overrides: Partial<CommissionInput> = {}): CommissionInput {
  return { period: '2026-03', plans: [plan()], assignments: [assign('AM-7')], ...overrides };
}

/** A statement's lines as `[id, amount]` pairs. */
export function amounts(
  statement: { lines: ReadonlyArray<{ id: string; amount: string }> } | undefined,
): Array<[string, string]> {
  return (statement?.lines ?? []).map((line) => [line.id, line.amount]);
}
