import type { Customer, Product } from '../../../model';
import { ORIGINS } from '../events/originCodes';
import type { EventTable } from '../events/table/EventTable';
import { Interner } from '../exact/Column';
import type { CreditPlan } from './creditPlan';
import { type FactCode, unhandled } from './factCodes';

const CUSTOMER_FIELDS = ['grade', 'country', 'region', 'groupId', 'industry'] as const;
/** Internal: the credit kinds by code (`credit.kind`). */
export const KINDS = ['owner', 'split', 'roll-up', 'full'] as const;

/**
 * Internal: what the codes of the coded facts stand for, beyond the event table's own interned
 * columns — roles, teams, customer fields, product templates — and how many values each fact has.
 * Customer fields and templates are coded on first use.
 */
export class FactDictionaries {
  readonly #table: EventTable;
  readonly #customers: ReadonlyMap<string, Customer>;
  readonly #products: ReadonlyMap<string, Product>;
  /** The template of each product code (0: none), and the templates' names; built on first use. */
  #templateOf: Int32Array | null = null;
  readonly #templates = new Interner();
  readonly #fields = new Map<number, { values: Interner; codes: Int32Array }>();
  /** The customer field codes by fact code (`undefined` until coded). */
  readonly codes: Array<Int32Array | undefined> = [];
  readonly roles = new Interner();
  readonly teams = new Interner();
  /** Each payee's team code (0: none). */
  readonly teamOf: Int32Array;
  readonly #levels: number;

  constructor(
    table: EventTable,
    plan: CreditPlan,
    customers: ReadonlyMap<string, Customer>,
    levels: number,
    products: ReadonlyMap<string, Product>,
  ) {
    this.#table = table;
    this.#customers = customers;
    this.#products = products;
    this.#levels = levels;
    this.teamOf = new Int32Array(table.payees.size);
    plan.infos.forEach((info, p) => {
      const team = info.record?.teamId;
      this.teamOf[p] = team === undefined ? 0 : this.teams.id(team) + 1;
      for (const a of info.assignments.items)
        if (a.assignment.role !== undefined) this.roles.id(a.assignment.role);
    });
  }

  /** The number of values of coded fact `f` (its codes are below it, plus one). */
  cardinality(f: FactCode): number {
    const t = this.#table;
    switch (f) {
      case 0:
        return t.products.size;
      case 1:
        return t.categories.size;
      case 2:
        return t.customers.size;
      case 8:
        return 2;
      case 9:
        return ORIGINS.length;
      case 10:
        return t.days.length;
      case 11:
        return t.currencies.size;
      case 12:
        return t.payees.size;
      case 13:
        return this.roles.size;
      case 14:
        return this.teams.size;
      case 15:
        return KINDS.length;
      case 16:
        return this.#levels + 1;
      case 17:
        this.templateCodes();
        return this.#templates.size;
      case 3:
      case 4:
      case 5:
      case 6:
      case 7:
        return this.field(f).values.size;
      default:
        return unhandled(f);
    }
  }

  /** Codes the template of every product of the table (a product without one is its own). */
  templateCodes(): Int32Array {
    let codes = this.#templateOf;
    if (codes === null) {
      const names = this.#table.products.names;
      codes = new Int32Array(names.length);
      for (let p = 0; p < names.length; p += 1) {
        const id = names[p] as string;
        codes[p] = this.#templates.id(this.#products.get(id)?.templateId ?? id) + 1;
      }
      this.#templateOf = codes;
    }
    return codes;
  }

  /** The values and per-customer codes of customer field fact `f` (3–7), coded on first use. */
  field(f: number): { values: Interner; codes: Int32Array } {
    let field = this.#fields.get(f);
    if (field === undefined) {
      const name = CUSTOMER_FIELDS[f - 3] as string;
      const values = new Interner();
      const ids = this.#table.customers.names;
      const codes = new Int32Array(ids.length);
      ids.forEach((id, c) => {
        const value = (this.#customers.get(id) as Record<string, unknown> | undefined)?.[name];
        codes[c] = typeof value === 'string' ? values.id(value) + 1 : 0;
      });
      field = { values, codes };
      this.#fields.set(f, field);
      this.codes[f] = codes;
    }
    return field;
  }

  /** The name of template code `code` (1 and up). */
  template(code: number): string | undefined {
    return this.#templates.names[code - 1];
  }
}
