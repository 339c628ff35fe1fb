import type { AssignmentWhy, OwnerOutcome, UnplaceableReason } from '../../AccountAssignment';
import type { Profiles } from '../eligibility/buildProfiles';
import type { CompiledPolicy } from '../input/compilePolicy';
import type { Book } from '../input/readBook';
import type { Ledger } from './Ledger';

/** Internal: what a run has decided so far, per customer (indices into the sorted book). */
export interface State {
  readonly compiled: CompiledPolicy;
  readonly book: Book;
  readonly profiles: Profiles;
  readonly ledger: Ledger;
  readonly chosen: Int32Array;
  readonly why: Array<AssignmentWhy | null>;
  readonly owner: OwnerOutcome[];
  readonly unplaceable: Array<UnplaceableReason | null>;
  /** Each manager's customers (indices), kept ones first, appended as placed. */
  readonly members: number[][];
}
