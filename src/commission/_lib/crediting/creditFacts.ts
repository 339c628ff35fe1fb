import type { ErrorPath } from '../../../errors';
import { type Customer, orderLineDiscount } from '../../../model';
import { Decimal, type Money, money } from '../../../money';
import { neg, sign, toDec } from '../../../money/_lib/scaled/Fixed';
import { scaledText } from '../../../money/_lib/scaled/scaledText';
import { addDays, periodOf } from '../../../period';
import type { Facts } from '../../../rules';
import type { Num } from '../exact/num';
import type { Documents } from '../input/readDocuments';
import type { CompiledPlan } from '../plan/compilePlan';
import type { LineFact } from '../schema/lineFactTable';
import type { Credit } from './creditEvents';
import { orderLineTerms } from './orderLineTerms';

/**
 * Internal: the rate that converts an amount of `currency` into the plan currency at the credit's
 * conversion date (`path`: the currency field, for a missing rate).
 */
export type ToPlan = (currency: string, path: ErrorPath) => Num;

const YEARS = new Map<string, { start: string; end: string }>();

function planYear(date: string, plan: CompiledPlan): { start: string; end: string } {
  const key = `${date}|${plan.plan.calendar.startMonth}|${plan.plan.calendar.naming}`;
  let year = YEARS.get(key);
  if (year === undefined) {
    const period = periodOf(date, 'year', plan.plan.calendar);
    year = { start: period.start, end: period.end };
    if (YEARS.size < 10_000) YEARS.set(key, year);
  }
  return year;
}

/** Internal: whether a customer with this first deal date is new on `date` under the plan. */
export function isNew(
  firstDeal: string | undefined,
  date: string,
  plan: CompiledPlan,
): boolean | undefined {
  if (firstDeal === undefined) return undefined;
  const rule = plan.plan.newCustomer;
  if (rule.kind === 'days') return firstDeal <= date && firstDeal >= addDays(date, -rule.days);
  const year = planYear(date, plan);
  return firstDeal >= year.start && firstDeal < year.end;
}

/**
 * Internal: the facts of a credit line that its plan's conditions read (see `LINE_FACTS`):
 * `amount` and `margin` are the whole event in the plan currency. A credit note's line reads as
 * the line it reverses, so it matches the same rate row and reverses exactly what that line
 * earned: its amount, margin and quantity by their size, and (on the `reversal` base) the dates
 * at the original document's date; only `document.kind` / `document.id` name the note itself,
 * so a plan may still treat credit notes apart. The order-line facts (`line.unitPrice`,
 * `line.discountPercent`, `line.discountAmount`) are the terms of the order line behind the event
 * (see `orderLineTerms`), money converted from the order's currency by `toPlan`.
 */
export function creditFacts(
  credit: Credit,
  docs: Documents,
  amount: Num,
  margin: Num | null,
  role: string | undefined,
  team: string | undefined,
  toPlan: ToPlan,
): Facts {
  const facts: Record<string, unknown> = {};
  const event = credit.event;
  const note = event.origin === 'credit-note';
  const c: FactSource = {
    credit,
    docs,
    amount,
    margin,
    role,
    team,
    toPlan,
    customer: docs.customers.get(event.customerId),
    date: event.base === 'reversal' ? event.docDate : event.date,
    size: (value: Num): Num => (note && sign(value) < 0 ? neg(value) : value),
  };
  for (const name of credit.version.facts) facts[name] = factValue(name, c);
  return facts;
}

/** What a credit's facts are read from (see `creditFacts`). */
interface FactSource {
  readonly credit: Credit;
  readonly docs: Documents;
  readonly amount: Num;
  readonly margin: Num | null;
  readonly role: string | undefined;
  readonly team: string | undefined;
  readonly toPlan: ToPlan;
  readonly customer: Customer | undefined;
  /** The document date the facts read (the original document's on the `reversal` base). */
  readonly date: string;
  /** A figure by its size on a credit note, else as it is. */
  readonly size: (value: Num) => Num;
}

/**
 * One line fact of a credit: one exhaustive switch, so a fact added to `LINE_FACTS` fails to
 * compile until it is read here.
 */
function factValue(name: LineFact, c: FactSource): unknown {
  const event = c.credit.event;
  switch (name) {
    case 'product.id':
      return event.productId;
    case 'product.template':
      return event.productId === null
        ? null
        : (c.docs.products.get(event.productId)?.templateId ?? event.productId);
    case 'product.category':
      return event.categoryId;
    case 'document.kind':
      return event.origin;
    case 'document.id':
      return event.docId;
    case 'document.date':
      return c.date;
    case 'document.currency':
      return event.currency;
    case 'customer.id':
      return event.customerId;
    case 'customer.grade':
      return c.customer?.grade;
    case 'customer.country':
      return c.customer?.country;
    case 'customer.region':
      return c.customer?.region;
    case 'customer.group':
      return c.customer?.groupId;
    case 'customer.industry':
      return c.customer?.industry;
    case 'customer.isNew':
      return isNew(c.customer?.firstDealDate, c.date, c.credit.version);
    case 'line.amount':
      return planMoney(c.size(c.amount), c);
    case 'line.margin':
      return c.margin === null ? undefined : planMoney(c.size(c.margin), c);
    case 'line.quantity':
      return event.quantity === null ? undefined : scaledText(c.size(event.quantity));
    case 'line.unitPrice':
    case 'line.discountPercent':
    case 'line.discountAmount':
      return orderLineFact(name, c.credit, c.docs, c.toPlan);
    case 'payee.id':
      return c.credit.payeeId;
    case 'payee.role':
      return c.role;
    case 'payee.team':
      return c.team;
    case 'credit.kind':
      return c.credit.kind;
    case 'credit.level':
      return String(c.credit.level);
    default: {
      const unread: never = name;
      throw new TypeError(`internal: no reader for the line fact ${String(unread)}`);
    }
  }
}

/** A figure of the line (by its size on a credit note) as money in the plan currency. */
function planMoney(value: Num, c: FactSource): Money {
  return money(toDec(value), c.credit.version.plan.currency);
}

/** One order-line fact of a credit (missing when the event has no order line in the input). */
function orderLineFact(
  name: 'line.unitPrice' | 'line.discountPercent' | 'line.discountAmount',
  credit: Credit,
  docs: Documents,
  toPlan: ToPlan,
): Money | string | undefined {
  const terms = orderLineTerms(docs, credit.event);
  if (terms === null) return undefined;
  const { line, order, index } = terms;
  if (name === 'line.discountPercent') return orderLineDiscount(line).percent;
  const currency = credit.version.plan.currency;
  const rate = toDec(toPlan(order.currency, ['orders', index, 'currency']));
  const value = name === 'line.unitPrice' ? line.unitPrice : orderLineDiscount(line).amount;
  return money(new Decimal(value).times(rate), currency);
}
