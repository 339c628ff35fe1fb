import type { TraceStep } from '../../../explain';
import type { CandidateVerdict, OwnerOutcome } from '../../AccountAssignment';
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

/** Internal: why customer `c` went where it went, as trace steps. */
export function customerTrace(state: State, c: number, ids: readonly string[]): TraceStep[] {
  const customer = state.book.customers[c] as BookCustomer;
  const profile = state.profiles.list[state.profiles.of[c] as number] as Profile;
  const steps: TraceStep[] = [];
  if (profile.territory !== null)
    steps.push({ code: 'assignment.territory', params: { territory: profile.territory } });
  const outcome = state.owner[c] as OwnerOutcome;
  const ownerCode = OWNER_CODES[outcome];
  if (ownerCode !== null) {
    const verdict: CandidateVerdict | undefined = profile.verdicts[customer.owner];
    steps.push({
      code: ownerCode,
      params: { managerId: customer.ownerId ?? '', rule: verdict?.decidedBy ?? '' },
    });
  }
  const eligible = profile.eligible.length;
  const managers = ids.length;
  const m = state.chosen[c] as number;
  const managerId = m >= 0 ? (ids[m] as string) : '';
  const why = state.why[c];
  switch (state.unplaceable[c] ?? null) {
    case 'noEligibleManager':
      steps.push({ code: 'assignment.unplaceable.no-eligible-manager', params: { managers } });
      return steps;
    case 'outsideTerritories':
      steps.push({ code: 'assignment.unplaceable.outside-territories', params: {} });
      return steps;
    case 'noCapacity':
      steps.push({ code: 'assignment.unplaceable.no-capacity', params: { eligible } });
      return steps;
    case null:
      break;
  }
  if (why === 'leastLoaded' || why === 'roundRobin' || why === 'rebalanced')
    steps.push({
      code: `assignment.chosen.${why === 'leastLoaded' ? 'least-loaded' : why === 'roundRobin' ? 'round-robin' : 'rebalanced'}`,
      params: { managerId, eligible, managers },
    });
  return steps;
}
