import type { Entity, EntityKind } from '../../src/model';
import type { FxRate } from '../../src/money';
import type { ScreeningEntry } from '../../src/risk';
import type { ManagerRating } from './exportTrader/feedback';
import type { ContractClauses } from './exportTrader/risk';

/** What a company of the sample data is: the facts a close needs to know about it. */
export interface SampleCompany {
  readonly id: string;
  readonly name: string;
  readonly baseCurrency: string;
  readonly dataStart: string;
  readonly dataEnd: string;
  readonly closePeriod: string;
}

/**
 * One company's data: the model's collections (as a `Dataset` holds them) and the inputs that
 * other parts of the library read: exchange rates (`FxRate`), a denied-party list
 * (`ScreeningEntry`), contract review clauses (joined with a contract, a `ContractReview`) and
 * team leads' ratings (`manual` KPI values).
 */
export interface SampleCollections {
  readonly company: SampleCompany;
  readonly collections: { readonly [K in EntityKind]?: ReadonlyArray<Entity<K>> } & {
    readonly contractClauses?: readonly ContractClauses[];
    readonly managerRatings?: readonly ManagerRating[];
    readonly fxRates?: readonly FxRate[];
    readonly screeningList?: readonly ScreeningEntry[];
  };
  /**
   * The company's rules as JSON documents by name (`gradePolicy`, `scorecard`, …), written to
   * `rules/<name>.json`: what a close applies to the collections.
   */
  readonly rules?: Readonly<Record<string, unknown>>;
}
