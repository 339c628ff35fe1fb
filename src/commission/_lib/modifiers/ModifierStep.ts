import type { TraceParam } from '../../../explain';
import type { Decimal } from '../../../money';
import type { PayeeState } from '../../model/PayeeState';
import type { Num } from '../exact/num';
import type { Draft } from '../payee/Draft';
import type { PayeeRun } from '../payee/PayeeRun';
import type { CompiledBand } from '../pricing/bandFactor';

/** Internal: a component's total as its modifiers change it, and the part of it no source line owns. */
export interface Running {
  total: Num;
  unattributed: Num;
}

/** Internal: adds one modifier line of `value` (the part `attributed` to the period's source lines). */
export type AddLine = (
  kind: Draft['kind'],
  value: Num,
  params: Record<string, TraceParam>,
  reason?: string | null,
  attributed?: Num,
) => void;

/** Internal: what one modifier of one component works with. */
export interface ModifierStep {
  readonly run: PayeeRun;
  readonly id: string;
  readonly bands: readonly CompiledBand[];
  readonly percent: Decimal | null;
  readonly carried: CarriedYtd | undefined;
  readonly running: Running;
  readonly path: Array<string | number>;
  readonly line: AddLine;
}

/** Internal: a component's year-to-date figures as the carried state holds them. */
export type CarriedYtd = PayeeState['ytd']['components'][number];
