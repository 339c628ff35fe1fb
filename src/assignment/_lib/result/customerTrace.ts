import type { TraceStep } from '../../../explain';
import type { AssignmentWhy, CandidateVerdict, OwnerOutcome } from '../../AccountAssignment';
import type { Profile } from '../eligibility/buildProfiles';
import type { BookCustomer } from '../input/readBook';
import type { State } from '../placement/State';

/** The trace code of each owner outcome (`null`: nothing to say). */
const OWNER_CODES = {
  kept: 'assignment.owner.kept',
  none: null,
  leaver: 'assignment.owner.leaver',
  notStarted: 'assignment.owner.not-started',
  unknown: 'assignment.owner.unknown',
  territory: 'assignment.owner.territory',
  rule: 'assignment.owner.rule',
  capacity: 'assignment.owner.capacity',
  unless: 'assignment.owner.unless',
  notSticky: 'assignment.owner.not-sticky',
  rebalanced: 'assignment.owner.rebalanced',
} as const satisfies Record<OwnerOutcome, string | null>;

const CHOSEN = {
  leastLoaded: 'least-loaded',
  roundRobin: 'round-robin',
  balanced: 'balanced',
  rebalanced: 'rebalanced',
} as const satisfies Record<Exclude<AssignmentWhy, 'kept'>, string>;

/** Internal: frozen steps shared by every customer that has them (a run has few distinct ones). */
export type StepMemo = Map<string, TraceStep>;

function shared(memo: StepMemo, code: string, params: Record<string, string | number>): TraceStep {
  const key = `${code}\u0000${Object.values(params).join('\u0000')}`;
  let step = memo.get(key);
  if (step === undefined) {
    step = Object.freeze({ code, params: Object.freeze(params) });
    memo.set(key, step);
  }
  return step;
}

/** Internal: why customer `c` went where it went, as trace steps (shared, frozen). */
export function customerTrace(
  state: State,
  c: number,
  ids: readonly string[],
  memo: StepMemo,
): TraceStep[] {
  const customer = state.book.customers[c] as BookCustomer;
  const profile = state.profiles.list[state.profiles.of[c] as number] as Profile;
  const steps: TraceStep[] = [];
  if (profile.territory !== null)
    steps.push(shared(memo, 'assignment.territory', { territory: profile.territory }));
  const outcome = state.owner[c] as OwnerOutcome;
  const ownerCode = OWNER_CODES[outcome];
  if (ownerCode !== null) {
    const verdict: CandidateVerdict | undefined = profile.verdicts[customer.owner];
    steps.push(
      shared(memo, ownerCode, {
        managerId: customer.ownerId ?? '',
        rule: verdict?.decidedBy ?? '',
      }),
    );
  }
  const eligible = profile.eligible.length;
  const managers = ids.length;
  const m = state.chosen[c] as number;
  const managerId = m >= 0 ? (ids[m] as string) : '';
  const why = state.why[c];
  switch (state.unplaceable[c] ?? null) {
    case 'noEligibleManager':
      steps.push(shared(memo, 'assignment.unplaceable.no-eligible-manager', { managers }));
      return steps;
    case 'outsideTerritories':
      steps.push(shared(memo, 'assignment.unplaceable.outside-territories', {}));
      return steps;
    case 'noCapacity':
      steps.push(shared(memo, 'assignment.unplaceable.no-capacity', { eligible }));
      return steps;
    case null:
      break;
  }
  if (why !== null && why !== undefined && why !== 'kept')
    steps.push(shared(memo, `assignment.chosen.${CHOSEN[why]}`, { managerId, eligible, managers }));
  return steps;
}
