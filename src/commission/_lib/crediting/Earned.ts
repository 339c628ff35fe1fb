import type { TraceParam } from '../../../explain';
import type { LineSource } from '../../model/StatementLine';
import type { Num } from '../exact/num';
import type { Draft } from '../payee/Draft';
import type { FxHit } from '../prepare/fxCache';
import type { Priced } from './priceLine';

/** Internal: what every line of one credit shares (built only when lines are materialised). */
export interface CreditShape {
  readonly key: string;
  readonly source: LineSource;
  readonly credit: Draft['credit'];
  readonly original: Draft['original'];
  readonly docFx: FxHit;
  readonly payFx: FxHit;
  readonly base: Num;
  readonly cost: Num | null;
  readonly measure: Draft['measure'];
  readonly baseCurrency: string;
  readonly basis: string | undefined;
  readonly links: NonNullable<Draft['links']>;
  /** A credit note's refund of collected cash (see `refundEvents`): its lines say so. */
  readonly refund?: true;
}

/** Internal: one line a credit earns, as `addEarned` takes it. */
export interface Earned {
  readonly kind: 'commission' | 'override' | 'spiff';
  readonly component: string;
  readonly priced: Priced;
  /** The value after line caps (plan currency), and the cap that applied. */
  readonly value: Num;
  readonly cap: Num | null;
  readonly modifier: string | null;
  readonly params: Record<string, TraceParam> | null;
}
