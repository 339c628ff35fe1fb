import type { AccountManager, Customer, Order } from '../../../../model';
import type { FxTable } from '../../../../money';
import type { ScreeningList } from '../../../buildScreeningList';
import type { CountryGroup } from '../../../DocumentPolicies';
import type { RiskPolicy } from '../../../RiskPolicy';
import type { CheckKey } from '../policy/sectionSchemas';

/** The facts of a run, read once into arrays (raw, as given) and the parsed records lookups need. */
export interface RunFacts {
  readonly raw: Readonly<Record<string, readonly unknown[]>>;
  readonly customers: ReadonlyMap<string, Customer>;
  /** The customers as given, in order, parsed (the exposure index reads them; no second parse). */
  readonly customerList: readonly Customer[];
  readonly orders: readonly Order[];
  readonly managers: ReadonlyMap<string, AccountManager>;
}

/** A check's section for one customer: the input of the check's schema and the layers applied. */
export interface ResolvedSection {
  readonly input: Record<string, unknown>;
  readonly layers: readonly string[];
}

/** Internal: everything a check runner reads. */
export interface RunContext {
  readonly policy: RiskPolicy;
  readonly asOf: string;
  readonly baseCurrency: string;
  readonly fx: FxTable | undefined;
  readonly facts: RunFacts;
  readonly groups: readonly CountryGroup[];
  readonly grades: ReadonlyMap<string, string> | undefined;
  readonly pAlive: ReadonlyMap<string, number | string> | undefined;
  readonly screeningList: ScreeningList | undefined;
  readonly dsoDays: number;
  readonly revenueDays: number;
  /** A customer of the facts with its grade from `options.grades` when given. */
  readonly customer: (customerId: string) => Customer | undefined;
  /** The section of `check` for a customer (base only without one); `null` when it does not run. */
  readonly sectionFor: (check: CheckKey, customerId?: string) => ResolvedSection | null;
}
