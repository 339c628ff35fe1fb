import fc from 'fast-check';
import type { CommissionInput, CommissionPlanInput } from '../../src/commission';
import { unitsToText } from '../_support/money';

export const PAYEES = ['AM-1', 'AM-2', 'AM-3'] as const;
const CATEGORIES = ['PUMPS', 'VALVES', 'SEALS'] as const;

/** Options of {@link scenarioArbitrary}. */
export interface ScenarioOptions {
  /** Only non-decreasing tier rates and multiplier factors ≥ 1, no gates (monotone plans). */
  readonly monotone?: boolean;
  /** Allow amounts and FX rates large or fine enough to leave the fast path. */
  readonly wide?: boolean;
  /** Only line-level components (no period modifiers), for exact per-source clawbacks. */
  readonly lineOnly?: boolean;
  /**
   * Only the shape the specialised kernel (`earnWithinTier`) prices: rate tables and running
   * (`period-to-date`) whole or marginal tiers, no line caps.
   */
  readonly quick?: boolean;
  /**
   * Invoiced or collected credit, with payments (that may pay more than an invoice is worth) and
   * credit notes (that may come after it is paid) dated in the period.
   */
  readonly cash?: boolean;
}

const cents = (max: number) => fc.integer({ min: 1, max }).map((n) => unitsToText(BigInt(n), 2));
const cashDay = fc.constantFrom('2026-03-10', '2026-03-20', '2026-03-28');
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);

type TierModeName = 'whole' | 'marginal' | 'interpolated-rate' | 'interpolated-amount';

/**
 * A tier table for `mode`: contiguous from 0 with an open top, or (`vendor`) as vendors write
 * them — gaps, a first tier above 0, a closed top — under `outsideTiers: 'zero'`. Amount tables
 * are always closed; their amounts are sometimes a whole number of cents per unit (the kernel's
 * register form), sometimes not (the object path).
 */
function tierTable(monotone: boolean, mode: TierModeName, vendor: boolean) {
  const amounts = mode === 'interpolated-amount';
  const closed = amounts || vendor;
  return fc
    .array(
      fc.tuple(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 12 }),
        vendor ? fc.integer({ min: 0, max: 3_000 }) : fc.constant(0),
        fc.boolean(),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((steps) => {
      let at = 0;
      let rate = 2;
      return steps.map(([width, r, gap, odd], i) => {
        rate = monotone ? rate + r : r;
        const from = at + gap;
        at = from + width;
        const to = !closed && i === steps.length - 1 ? null : String(at * 10);
        const pay = odd ? String(rate * 7 + 1) : ((width * 10 * rate) / 100).toFixed(2);
        return amounts
          ? { from: String(from * 10), to, amount: pay }
          : { from: String(from * 10), to, rate: (rate / 100).toFixed(2) };
      });
    });
}

/** Rate-table rows reading the product hierarchy and the order line's price and discount. */
function factRowsOf([v, t, d, percentOff, price]: [string, string, string, number, string]) {
  return [
    {
      id: 'variant',
      when: { fact: 'product.id', operator: 'eq', value: 'P-1' },
      rate: { kind: 'rate' as const, value: v },
    },
    {
      id: 'template',
      when: { fact: 'product.template', operator: 'eq', value: 'PT-A' },
      rate: { kind: 'rate' as const, value: t },
    },
    {
      id: 'discounted',
      when: {
        any: [
          { fact: 'line.discountPercent', operator: 'gt', value: String(percentOff) },
          {
            fact: 'line.discountAmount',
            operator: 'gte',
            value: { amount: price, currency: 'USD' },
          },
          { fact: 'line.unitPrice', operator: 'lt', value: { amount: price, currency: 'USD' } },
        ],
      },
      rate: { kind: 'rate' as const, value: d },
    },
  ];
}

function componentArbitrary(options: ScenarioOptions, index: number) {
  const monotone = options.monotone ?? false;
  const id = `c${index}`;
  const percent = fc.integer({ min: 0, max: 150 }).map((n) => (n / 1000).toFixed(3));
  const flat = percent.map((value) => ({
    id,
    name: id,
    calculation: { kind: 'flat' as const, rate: { kind: 'rate' as const, value } },
  }));
  // Rows on the product hierarchy and the order-line facts (issue 18), sometimes.
  const factRows = fc.option(
    fc.tuple(percent, percent, percent, fc.integer({ min: 0, max: 30 }), cents(400_000)),
    { nil: undefined },
  );
  const table = fc
    .tuple(percent, percent, fc.integer({ min: 1, max: 900 }), factRows)
    .map(([a, b, fixed, more]) => ({
      id,
      name: id,
      calculation: {
        kind: 'rate-table' as const,
        noMatch: {
          kind: 'rate' as const,
          rate: { kind: 'rate' as const, value: '0.01' },
          reason: 'default rate',
        },
        rows: [
          {
            id: 'pumps',
            when: { fact: 'product.category', operator: 'eq', value: 'PUMPS' },
            rate: { kind: 'rate' as const, value: a },
          },
          {
            id: 'valves',
            when: { fact: 'product.category', operator: 'in', value: ['VALVES'] },
            rate: { kind: 'rate' as const, value: b },
          },
          {
            id: 'key',
            when: {
              all: [
                { fact: 'product.category', operator: 'eq', value: 'SEALS' },
                { fact: 'customer.grade', operator: 'eq', value: 'key' },
              ],
            },
            rate: {
              kind: 'fixed-per-line' as const,
              amount: { amount: unitsToText(BigInt(fixed), 2), currency: 'USD' },
            },
          },
          ...(more === undefined ? [] : factRowsOf(more)),
        ],
      },
    }));
  const tiered = fc
    .tuple(
      // An amount table is always closed: past its top the payout stops growing (a marginal rate
      // of 0), so with a per-line cap a larger early line can leave less for later ones — not a
      // monotone plan. Monotone scenarios leave that mode out.
      monotone
        ? fc.constantFrom<TierModeName>('whole', 'marginal', 'interpolated-rate')
        : options.quick
          ? fc.constantFrom<TierModeName>('whole', 'marginal', 'interpolated-amount')
          : fc.constantFrom<TierModeName>(
              'whole',
              'marginal',
              'interpolated-rate',
              'interpolated-amount',
            ),
      options.quick
        ? fc.constant('period-to-date' as const)
        : fc.constantFrom('line', 'period-to-date' as const),
      // Vendor tables (gaps, closed top) only where a monotone plan is not assumed.
      monotone ? fc.constant(false) : fc.boolean(),
    )
    .chain(([mode, measure, vendor]) =>
      tierTable(monotone, mode, vendor).map((tiers) => ({
        id,
        name: id,
        calculation: {
          kind: 'tiers' as const,
          mode,
          measure,
          ...(vendor || mode === 'interpolated-amount' ? { outsideTiers: 'zero' as const } : {}),
          tiers,
        },
      })),
    );
  const lineCap = options.quick
    ? []
    : [{ kind: 'cap' as const, per: 'line' as const, amount: { amount: '500', currency: 'USD' } }];
  const modifiers = options.lineOnly
    ? fc.constant([])
    : fc.subarray([
        ...lineCap,
        {
          kind: 'multiplier' as const,
          basis: 'attainment' as const,
          bands: [
            { from: '0', to: '100', factor: monotone ? '1' : '0.8' },
            { from: '100', to: null, factor: '1.5' },
          ],
        },
        {
          kind: 'cap' as const,
          per: 'period' as const,
          amount: { amount: '20000', currency: 'USD' },
        },
        {
          kind: 'minimum' as const,
          per: 'period' as const,
          amount: { amount: '10', currency: 'USD' },
        },
      ]);
  return fc
    .tuple(options.quick ? fc.oneof(table, tiered) : fc.oneof(flat, table, tiered), modifiers)
    .map(([component, mods]) => ({ ...component, modifiers: mods }));
}

/**
 * A plan version with one or two components, booked or invoiced credit (invoiced or collected with
 * `cash`), optional roll-up.
 */
export function planArbitrary(options: ScenarioOptions = {}): fc.Arbitrary<CommissionPlanInput> {
  return fc
    .record({
      base: options.cash
        ? fc.constantFrom('invoiced', 'collected' as const)
        : fc.constantFrom('booked', 'invoiced' as const),
      components: fc
        .integer({ min: 1, max: 2 })
        .chain((n) =>
          fc.tuple(...Array.from({ length: n }, (_, i) => componentArbitrary(options, i))),
        ),
      rounding: fc.constantFrom('line', 'component' as const),
      rollUp: fc.boolean(),
    })
    .map(
      ({ base, components, rounding, rollUp }): CommissionPlanInput => ({
        id: 'am',
        version: 1,
        name: 'Plan',
        effectiveFrom: '2026-01-01',
        currency: 'USD',
        rounding: { at: rounding },
        crediting: {
          base,
          ...(rollUp ? { rollUp: { levels: 1, overrideRates: [{ level: 1, rate: '0.01' }] } } : {}),
        },
        components: components as CommissionPlanInput['components'],
      }),
    );
}

/**
 * Documents of March 2026 for the payees: orders (with invoices billing them), splits, and with
 * `cash` payments and credit notes.
 */
export function documentsArbitrary(options: ScenarioOptions = {}) {
  const amount = options.wide
    ? fc.oneof(cents(10_000_000), cents(900_000_000_000))
    : cents(5_000_000);
  const line = fc.record({
    categoryId: fc.constantFrom(...CATEGORIES),
    quantity: fc.integer({ min: 1, max: 20 }).map(String),
    unitPrice: amount,
    // A rate discount, or one unit free (an amount never above the gross), or none.
    discount: fc.option(
      fc.oneof(
        fc
          .integer({ min: 0, max: 100 })
          .map((n) => ({ kind: 'rate' as const, rate: String(n / 100) })),
        fc.constant({ kind: 'amount' as const }),
      ),
      { nil: undefined },
    ),
  });
  const deal = fc.record({
    owner: fc.constantFrom(...PAYEES),
    date: day,
    currency: fc.constantFrom('USD', 'USD', 'EUR'),
    customer: fc.constantFrom('C-1', 'C-2'),
    lines: fc.array(line, { minLength: 1, maxLength: 3 }),
    split: fc.option(
      fc.tuple(fc.constantFrom(...PAYEES), fc.integer({ min: 1, max: 9_999 }), fc.boolean()),
      { nil: undefined },
    ),
    // A split of the invoice alone (issue 18), over the order's.
    reSplit: fc.option(fc.constantFrom(...PAYEES), { nil: undefined }),
    // Payments and a credit note as per-mille of the invoice total, on few days (so they meet).
    paid: options.cash
      ? fc.array(fc.tuple(fc.integer({ min: 1, max: 1_200 }), cashDay), { maxLength: 2 })
      : fc.constant<Array<[number, string]>>([]),
    credited: options.cash
      ? fc.option(fc.tuple(fc.integer({ min: 1, max: 1_000 }), cashDay), { nil: undefined })
      : fc.constant<[number, string] | undefined>(undefined),
  });
  return fc.array(deal, { minLength: 1, maxLength: 8 }).map((deals) => {
    const orders = deals.map((d, i) => ({
      id: `SO-${i}`,
      customerId: d.customer,
      ownerId: d.owner,
      orderDate: d.date,
      currency: d.currency,
      status: 'confirmed' as const,
      lines: d.lines.map((l, j) => ({
        lineId: String(j + 1),
        productId: `P-${j}`,
        categoryId: l.categoryId,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        ...(l.discount === undefined
          ? {}
          : {
              discount:
                l.discount.kind === 'rate'
                  ? l.discount
                  : { kind: 'amount' as const, amount: l.unitPrice },
            }),
      })),
    }));
    const invoices = orders.map((o) => {
      const lines = o.lines.map((l) => ({
        lineId: l.lineId,
        orderLineId: l.lineId,
        amount: (BigInt(l.quantity) * BigInt(l.unitPrice.replace('.', ''))).toString(),
      }));
      const total = lines.reduce((sum, l) => sum + BigInt(l.amount), 0n);
      return {
        id: `INV-${o.id}`,
        customerId: o.customerId,
        ownerId: o.ownerId,
        orderId: o.id,
        issueDate: o.orderDate,
        dueDate: o.orderDate,
        currency: o.currency,
        total: unitsToText(total, 2),
        lines: lines.map((l) => ({ ...l, amount: unitsToText(BigInt(l.amount), 2) })),
      };
    });
    const splits = deals.flatMap((d, i) =>
      d.split === undefined || d.split[0] === d.owner
        ? []
        : [
            d.split[2]
              ? // Full credit: both payees earn on the whole line (issue 18).
                {
                  orderId: `SO-${i}`,
                  mode: 'full' as const,
                  splits: [
                    { payeeId: d.owner, percent: '100' },
                    { payeeId: d.split[0], percent: '100' },
                  ],
                }
              : {
                  orderId: `SO-${i}`,
                  splits: [
                    { payeeId: d.owner, percent: unitsToText(BigInt(d.split[1]), 2) },
                    { payeeId: d.split[0], percent: unitsToText(BigInt(10_000 - d.split[1]), 2) },
                  ],
                },
          ],
    );
    const invoiceSplits = deals.flatMap((d, i) =>
      d.reSplit === undefined || d.reSplit === d.owner
        ? []
        : [
            {
              invoiceId: `INV-SO-${i}`,
              splits: [
                { payeeId: d.reSplit, percent: '70' },
                { payeeId: d.owner, percent: '30' },
              ],
            },
          ],
    );
    splits.push(...(invoiceSplits as never[]));
    const part = (total: string, permille: number) =>
      unitsToText((BigInt(total.replace('.', '')) * BigInt(permille)) / 1000n || 1n, 2);
    const payments = deals.flatMap((d, i) => {
      const inv = invoices[i] as (typeof invoices)[number];
      return d.paid.map(([permille, date], k) => {
        const amount = part(inv.total, permille);
        return {
          id: `PAY-${i}-${k}`,
          customerId: inv.customerId,
          ownerId: inv.ownerId,
          date,
          currency: inv.currency,
          amount,
          allocations: [{ invoiceId: inv.id, amount: { amount, currency: inv.currency } }],
        };
      });
    });
    const creditNotes = deals.flatMap((d, i) => {
      const inv = invoices[i] as (typeof invoices)[number];
      if (d.credited === undefined) return [];
      const [permille, date] = d.credited;
      return [
        {
          id: `CN-${i}`,
          customerId: inv.customerId,
          ownerId: inv.ownerId,
          invoiceId: inv.id,
          date,
          currency: inv.currency,
          amount: part(inv.total, permille),
          reason: 'return' as const,
        },
      ];
    });
    return options.cash
      ? { orders, invoices, splits, payments, creditNotes }
      : { orders, invoices, splits };
  });
}

/** A whole single-period input: plan, payees (a reporting line AM-1 → AM-2 → AM-3), documents, FX. */
export function scenarioArbitrary(options: ScenarioOptions = {}): fc.Arbitrary<CommissionInput> {
  const rate = options.wide
    ? fc.integer({ min: 1, max: 99_999_999 }).map((n) => `1.${String(n).padStart(8, '0')}`)
    : fc.constantFrom('1.08', '1.1', '0.95');
  return fc
    .record({
      plan: planArbitrary(options),
      docs: documentsArbitrary(options),
      rate,
      cny: fc.boolean(),
    })
    .map(({ plan, docs, rate, cny }) => ({
      period: '2026-03',
      plans: [plan],
      payees: [
        {
          id: 'AM-1',
          name: 'One',
          teamId: 'T',
          managerId: 'AM-2',
          hireDate: '2024-01-01',
          payCurrency: 'USD',
        },
        {
          id: 'AM-2',
          name: 'Two',
          teamId: 'T',
          managerId: 'AM-3',
          hireDate: '2024-01-01',
          payCurrency: cny ? 'CNY' : 'USD',
        },
        { id: 'AM-3', name: 'Three', teamId: 'T', hireDate: '2024-01-01', payCurrency: 'USD' },
      ],
      assignments: PAYEES.map((payeeId) => ({
        payeeId,
        planId: 'am',
        effectiveFrom: '2026-01-01',
        quota: { amount: '50000', currency: 'USD' },
      })),
      // Two variants of one template and a product that is its own template.
      products: [
        { id: 'P-0', name: 'Pump S', categoryId: 'PUMPS', templateId: 'PT-A' },
        { id: 'P-1', name: 'Pump L', categoryId: 'PUMPS', templateId: 'PT-A' },
        { id: 'P-2', name: 'Seal', categoryId: 'SEALS' },
      ],
      customers: [
        { id: 'C-1', name: 'Key customer', country: 'DE', ownerId: 'AM-1', grade: 'key' },
        { id: 'C-2', name: 'Other customer', country: 'FR', ownerId: 'AM-2' },
      ],
      fxRates: [
        { base: 'EUR', quote: 'USD', rate, date: '2026-03-01' },
        {
          base: 'USD',
          quote: 'CNY',
          rate: options.wide ? '7.12345678' : '7.1',
          date: '2026-03-01',
        },
      ],
      ...docs,
    }));
}
