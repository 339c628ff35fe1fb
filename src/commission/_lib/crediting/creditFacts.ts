import type { ErrorPath } from '../../../errors';
import { orderLineDiscount } from '../../../model';
import { Decimal, type Money, money } from '../../../money';
import { addDays, periodOf } from '../../../period';
import type { Facts } from '../../../rules';
import { type Num, neg, sign, toDec } from '../exact/num';
import { numText } from '../exact/roundNum';
import type { Documents } from '../input/readDocuments';
import type { CompiledPlan } from '../plan/compilePlan';
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
  const { event, version } = credit;
  const customer = docs.customers.get(event.customerId);
  const currency = version.plan.currency;
  const note = event.origin === 'credit-note';
  const size = (value: Num): Num => (note && sign(value) < 0 ? neg(value) : value);
  const date = event.base === 'reversal' ? event.docDate : event.date;
  for (const name of version.facts) {
    switch (name) {
      case 'product.id':
        facts[name] = event.productId;
        break;
      case 'product.template':
        facts[name] =
          event.productId === null
            ? null
            : (docs.products.get(event.productId)?.templateId ?? event.productId);
        break;
      case 'product.category':
        facts[name] = event.categoryId;
        break;
      case 'customer.id':
        facts[name] = event.customerId;
        break;
      case 'customer.grade':
        facts[name] = customer?.grade;
        break;
      case 'customer.country':
        facts[name] = customer?.country;
        break;
      case 'customer.region':
        facts[name] = customer?.region;
        break;
      case 'customer.group':
        facts[name] = customer?.groupId;
        break;
      case 'customer.industry':
        facts[name] = customer?.industry;
        break;
      case 'customer.isNew':
        facts[name] = isNew(customer?.firstDealDate, date, version);
        break;
      case 'line.amount':
        facts[name] = money(toDec(size(amount)), currency);
        break;
      case 'line.margin':
        facts[name] = margin === null ? undefined : money(toDec(size(margin)), currency);
        break;
      case 'line.quantity':
        facts[name] = event.quantity === null ? undefined : numText(size(event.quantity));
        break;
      case 'line.unitPrice':
      case 'line.discountPercent':
      case 'line.discountAmount':
        facts[name] = orderLineFact(name, credit, docs, toPlan);
        break;
      case 'document.kind':
        facts[name] = event.origin;
        break;
      case 'document.id':
        facts[name] = event.docId;
        break;
      case 'document.date':
        facts[name] = date;
        break;
      case 'document.currency':
        facts[name] = event.currency;
        break;
      case 'payee.id':
        facts[name] = credit.payeeId;
        break;
      case 'payee.role':
        facts[name] = role;
        break;
      case 'payee.team':
        facts[name] = team;
        break;
      case 'credit.kind':
        facts[name] = credit.kind;
        break;
      case 'credit.level':
        facts[name] = String(credit.level);
        break;
      default: {
        const unread: never = name;
        throw new TypeError(`internal: no reader for the line fact ${String(unread)}`);
      }
    }
  }
  return facts;
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
