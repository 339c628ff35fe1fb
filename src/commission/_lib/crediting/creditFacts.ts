import { money } from '../../../money';
import { addDays, periodOf } from '../../../period';
import type { Facts } from '../../../rules';
import { type Num, neg, sign, toDec } from '../exact/num';
import { numText } from '../exact/roundNum';
import type { Documents } from '../input/readDocuments';
import type { CompiledPlan } from '../plan/compilePlan';
import type { Credit } from './creditEvents';

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
 * so a plan may still treat credit notes apart.
 */
export function creditFacts(
  credit: Credit,
  docs: Documents,
  amount: Num,
  margin: Num | null,
  role: string | undefined,
  team: string | undefined,
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
