import { CrmRulesError, type ErrorPath } from '../../../errors';
import { mul } from '../../../money/_lib/scaled/Fixed';
import { type CreditEvent, documentPath } from '../events/CreditEvent';
import { type Num, parseNum } from '../exact/num';
import { splitNum } from '../exact/splitNum';
import type { CompiledPlan } from '../plan/compilePlan';
import { findSplit } from '../prepare/parseSplits';
import type { AssignmentInfo, PayeeInfo, RunContext, SplitInfo } from '../prepare/RunContext';

/** Internal: one payee's share of one event. */
export interface Credit {
  readonly event: CreditEvent;
  readonly payeeId: string;
  /** `full`: from a full-credit split (the whole line, as a sole owner would have it). */
  readonly kind: 'owner' | 'split' | 'roll-up' | 'full';
  /** 0 for direct credit, 1, 2 … up the reporting line. */
  readonly level: number;
  /** For roll-up credit: the payee whose credit rolled up. */
  readonly from: string | null;
  /** The share in percent, as text (`"100"`, `"60"`). */
  readonly share: string;
  /** The share as a fraction. */
  readonly fraction: Num;
  /** The share of the event's amount, document currency, exact. */
  readonly original: Num;
  readonly assignment: AssignmentInfo;
  readonly version: CompiledPlan;
  /** The override rate (from the rolled-up payee's plan) for roll-up credit, if any. */
  readonly override: { readonly num: Num; readonly text: string } | null;
}

interface Share {
  readonly payeeId: string;
  readonly share: string;
  readonly fraction: Num;
  /** The share's index in the split record, for error paths. */
  readonly index: number;
}

/** Internal: whether a plan version credits events of this base. */
export function acceptsBase(version: CompiledPlan, eventBase: CreditEvent['base']): boolean {
  const base = version.plan.crediting.base;
  return eventBase === base || (eventBase === 'reversal' && base !== 'collected');
}

function accepts(version: CompiledPlan, event: CreditEvent): boolean {
  return acceptsBase(version, event.base);
}

/** Internal: the payee, assignment and plan version in force on a date, or the coded error. */
export function inForce(
  ctx: RunContext,
  payeeId: string,
  date: string,
  path: () => ErrorPath,
): { payee: PayeeInfo; assignment: AssignmentInfo; version: CompiledPlan } {
  const payee = ctx.payees.get(payeeId);
  const assignment = payee?.assignments.at(date) ?? null;
  if (payee === undefined || assignment === null)
    throw new CrmRulesError(
      'UNKNOWN_PAYEE',
      `${payeeId} is credited on ${date} but has no plan assignment in force then`,
      {
        path: path(),
        value: payeeId,
      },
    );
  const version = assignment.history.versions.at(date);
  if (version === null)
    throw new CrmRulesError(
      'NO_VERSION_IN_FORCE',
      `plan ${assignment.history.id} has no version in force on ${date}`,
      {
        path: ['assignments', assignment.index, 'planId'],
        value: date,
      },
    );
  return { payee, assignment, version };
}

/**
 * Internal: divides each event among payees — by its credit split (line-level first, then
 * order-level) unless the owner's plan turns splits off, else 100 % to the owner — keeps the
 * credit of payees whose plan version credits that kind of event, and rolls it up the reporting
 * line as the plan says. Throws `UNKNOWN_PAYEE` for a credited payee without an assignment in force.
 */
export function creditEvents(
  events: readonly CreditEvent[],
  ctx: RunContext,
): Map<string, Credit[]> {
  const byPayee = new Map<string, Credit[]>();
  const push = (credit: Credit) => {
    const list = byPayee.get(credit.payeeId);
    if (list === undefined) byPayee.set(credit.payeeId, [credit]);
    else list.push(credit);
  };
  const owner: Share = {
    payeeId: '',
    share: '100',
    fraction: parseNum('1', ctx.arithmetic),
    index: -1,
  };
  const sharesOf = shareReader(ctx);
  for (const event of events) {
    const ownerVersion =
      ctx.payees.get(event.ownerId)?.assignments.at(event.date)?.history.versions.at(event.date) ??
      null;
    const honour = ownerVersion === null || ownerVersion.plan.crediting.splits;
    const split = !honour
      ? undefined
      : findSplit(ctx.splits, event.orderId, event.orderLineId, event.invoiceId);
    const shares = split === undefined ? [owner] : sharesOf(split);
    const direct = directCredits(ctx, event, split, shares);
    for (const { credit } of direct) push(credit);
    for (const { credit, payee } of direct) rollUpCredits(ctx, credit, payee, push);
  }
  return byPayee;
}

/** The shares of a credit split as credits take them, read once per split. */
function shareReader(ctx: RunContext): (split: SplitInfo) => Share[] {
  const prepared = new Map<SplitInfo, Share[]>();
  return (split) => {
    let shares = prepared.get(split);
    if (shares === undefined) {
      const hundredth = parseNum('0.01', ctx.arithmetic);
      shares = split.order.map((i, k) => {
        const share = split.weights.texts[k] as string;
        return {
          payeeId: split.split.splits[i]?.payeeId as string,
          share,
          fraction: mul(parseNum(share, ctx.arithmetic), hundredth),
          index: i,
        };
      });
      prepared.set(split, shares);
    }
    return shares;
  };
}

/**
 * The owner's or split shares' credits of an event, for the payees whose plan version credits
 * it, with each payee (the roll-ups start from it).
 */
function directCredits(
  ctx: RunContext,
  event: CreditEvent,
  split: SplitInfo | undefined,
  shares: readonly Share[],
): Array<{ credit: Credit; payee: PayeeInfo }> {
  const parts =
    split === undefined ? [event.amount] : splitNum(event.amount, event.currency, split.weights);
  const direct: Array<{ credit: Credit; payee: PayeeInfo }> = [];
  shares.forEach((share, k) => {
    const payeeId = split === undefined ? event.ownerId : share.payeeId;
    const path = (): ErrorPath =>
      split === undefined
        ? documentPath(event, 'ownerId')
        : ['splits', split.index, 'splits', share.index, 'payeeId'];
    const { payee, assignment, version } = inForce(ctx, payeeId, event.date, path);
    if (!accepts(version, event)) return;
    const credit: Credit = {
      event,
      payeeId,
      kind: split === undefined ? 'owner' : split.weights.full ? 'full' : 'split',
      level: 0,
      from: null,
      share: share.share,
      fraction: share.fraction,
      original: parts[k] as Num,
      assignment,
      version,
      override: null,
    };
    direct.push({ credit, payee });
  });
  return direct;
}

/**
 * The roll-up credits of a direct credit: up the reporting line of `payee` as many levels as the
 * plan says, at the plan's override rate of each level. Throws on a reporting line that loops.
 */
function rollUpCredits(
  ctx: RunContext,
  share: Credit,
  payee: PayeeInfo,
  push: (credit: Credit) => void,
): void {
  const { event, version } = share;
  const rollUp = version.plan.crediting.rollUp;
  if (rollUp === undefined) return;
  let below = payee;
  const seen = new Set([payee.id]);
  for (let level = 1; level <= rollUp.levels; level += 1) {
    const managerId = below.record?.managerId;
    if (managerId === undefined) break;
    const at: ErrorPath = ['payees', below.recordIndex, 'managerId'];
    if (seen.has(managerId))
      throw new CrmRulesError(
        'INVALID_INPUT',
        `the reporting line of ${payee.id} loops back to ${managerId}`,
        { path: at, value: managerId },
      );
    seen.add(managerId);
    const up = inForce(ctx, managerId, event.date, () => at);
    push({
      event,
      payeeId: managerId,
      kind: 'roll-up',
      level,
      from: share.payeeId,
      share: share.share,
      fraction: share.fraction,
      original: share.original,
      assignment: up.assignment,
      version: up.version,
      override: version.overrideRates.get(level) ?? null,
    });
    below = up.payee;
  }
}
