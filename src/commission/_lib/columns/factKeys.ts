import type { Customer, Product } from '../../../model';
import type { Facts } from '../../../rules';
import { isNew } from '../crediting/creditFacts';
import { ORIGINS } from '../events/originCodes';
import type { EventTable } from '../events/table/EventTable';
import type { CreditPlan } from './creditPlan';
import { FactDictionaries, KINDS } from './FactDictionaries';
import { FACT_CODES, type FactCode, PER_CREDIT, unhandled } from './factCodes';
import { MEMO_CELLS, type Memo } from './Memo';
import type { Term } from './PayeeTerms';

/**
 * Internal: the facts of credit lines as integer codes — interned ids, customer fields, roles,
 * teams, dates — so compiled conditions and rate tables are evaluated once per distinct
 * combination of the facts they read (a memo key is a mixed-radix number of those codes), not per
 * line. `line.amount`, `line.margin`, `line.quantity`, the order-line facts (`line.unitPrice`,
 * `line.discountPercent`, `line.discountAmount`) and `document.id` have no code.
 */
export class FactKeys {
  readonly #table: EventTable;
  readonly #plan: CreditPlan;
  readonly #customers: ReadonlyMap<string, Customer>;
  readonly #dict: FactDictionaries;
  readonly #radix: number[];

  constructor(
    table: EventTable,
    plan: CreditPlan,
    customers: ReadonlyMap<string, Customer>,
    levels: number,
    products: ReadonlyMap<string, Product>,
  ) {
    this.#table = table;
    this.#plan = plan;
    this.#customers = customers;
    const dict = new FactDictionaries(table, plan, customers, levels, products);
    this.#dict = dict;
    this.#radix = FACT_CODES.map((_, f) => dict.cardinality(f as FactCode) + 1);
  }

  /** A memo for a condition reading `names`, or `null` when a fact has no code or keys get too big. */
  memo(names: readonly string[]): Memo | null {
    const facts: number[] = [];
    const radix: number[] = [];
    let size = 1;
    for (const name of names) {
      const f = (FACT_CODES as readonly string[]).indexOf(name);
      if (f < 0) return null;
      facts.push(f);
      radix.push(this.#radix[f] as number);
      size *= this.#radix[f] as number;
    }
    if (size > 2 ** 31) return null;
    return {
      facts,
      names,
      radix,
      dense: size <= MEMO_CELLS ? new Int32Array(size) : null,
      sparse: size <= MEMO_CELLS ? null : new Map<number, number>(),
      perCredit: facts.some((f) => PER_CREDIT[f] === true),
      lastEvent: -1,
      lastKey: 0,
    };
  }

  /** The code of fact `f` for credit `j` of the planned event `e`. */
  code(f: number, e: number, j: number): number {
    const t = this.#table;
    const r = t.row[e] as number;
    const coded = f as FactCode;
    switch (coded) {
      case 0:
        return (t.product[e] as number) + 1;
      case 1:
        return (t.category[e] as number) + 1;
      case 2:
        return t.rowCustomer[r] as number;
      case 8: {
        const customer = this.#customers.get(
          t.customers.names[t.rowCustomer[r] as number] as string,
        );
        const term = this.#plan.terms[this.#plan.term[j] as number] as Term;
        const value = isNew(
          customer?.firstDealDate,
          t.days[t.rowDay[r] as number] as string,
          term.version,
        );
        return value === undefined ? 0 : value ? 2 : 1;
      }
      case 9:
        return t.rowOrigin[r] as number;
      case 10:
        return t.rowDay[r] as number;
      case 11:
        return t.rowCurrency[r] as number;
      case 12:
        return this.#plan.payee[j] as number;
      case 13: {
        const role = (this.#plan.terms[this.#plan.term[j] as number] as Term).assignment.assignment
          .role;
        return role === undefined ? 0 : this.#dict.roles.find(role) + 1;
      }
      case 14:
        return this.#dict.teamOf[this.#plan.payee[j] as number] as number;
      case 15:
        return this.#plan.kind[j] as number;
      case 16:
        return this.#plan.level[j] as number;
      case 17: {
        const p = this.#table.product[e] as number;
        return p < 0 ? 0 : (this.#dict.templateCodes()[p] as number);
      }
      case 3:
      case 4:
      case 5:
      case 6:
      case 7:
        return (this.#dict.codes[f] ?? this.#dict.field(f).codes)[
          t.rowCustomer[r] as number
        ] as number;
      default:
        return unhandled(coded);
    }
  }

  /** The memo key of credit `j` of event `e`. */
  key(memo: Memo, e: number, j: number): number {
    if (!memo.perCredit && memo.lastEvent === e) return memo.lastKey;
    let key = 0;
    for (let i = 0; i < memo.facts.length; i += 1)
      key = key * (memo.radix[i] as number) + this.code(memo.facts[i] as number, e, j);
    memo.lastEvent = e;
    memo.lastKey = key;
    return key;
  }

  /** The facts a memo's condition reads, decoded from credit `j` of event `e` (a memo miss). */
  facts(memo: Memo, e: number, j: number): Facts {
    const t = this.#table;
    const out: Record<string, unknown> = {};
    memo.facts.forEach((f, i) => {
      const code = this.code(f, e, j);
      const name = memo.names[i] as string;
      const coded = f as FactCode;
      switch (coded) {
        case 0:
          out[name] = code === 0 ? null : t.products.names[code - 1];
          break;
        case 1:
          out[name] = code === 0 ? null : t.categories.names[code - 1];
          break;
        case 2:
          out[name] = t.customers.names[code];
          break;
        case 8:
          out[name] = code === 0 ? undefined : code === 2;
          break;
        case 9:
          out[name] = ORIGINS[code];
          break;
        case 10:
          out[name] = t.days[code];
          break;
        case 11:
          out[name] = t.currencies.names[code];
          break;
        case 12:
          out[name] = t.payees.names[code];
          break;
        case 13:
          out[name] = code === 0 ? undefined : this.#dict.roles.names[code - 1];
          break;
        case 14:
          out[name] = code === 0 ? undefined : this.#dict.teams.names[code - 1];
          break;
        case 15:
          out[name] = KINDS[code];
          break;
        case 16:
          out[name] = String(code);
          break;
        case 17:
          out[name] = code === 0 ? null : this.#dict.template(code);
          break;
        case 3:
        case 4:
        case 5:
        case 6:
        case 7:
          out[name] = code === 0 ? undefined : this.#dict.field(f).values.names[code - 1];
          break;
        default:
          unhandled(coded);
      }
    });
    return out;
  }
}
