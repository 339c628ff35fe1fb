import { CrmRulesError } from '../../../errors';
import { add, max, min, mul, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import type { Facts } from '../../../rules';
import type { LineSource } from '../../model/StatementLine';
import { type CreditEvent, eventPath } from '../events/CreditEvent';
import type { Num } from '../exact/num';
import { lineWhen, type PayeeRun } from '../payee/PayeeRun';
import type { FxHit } from '../prepare/fxCache';
import { addEarned, reversalMode } from './addEarned';
import { clawBackReversal } from './clawBack';
import { componentLines, type LineTarget, overrideLine } from './componentLines';
import type { Credit } from './creditEvents';
import { creditedMeasure } from './creditedMeasure';
import { creditFacts } from './creditFacts';
import { creditShape } from './creditShape';
import { basisOf, sourceOf } from './lineParams';
import { spiffLines } from './spiffLines';

/**
 * Internal: everything one credit earns — the override of a roll-up, one line per eligible
 * component, SPIFF lines — or, for a reversal of commission paid in an earlier period, a
 * clawback. Advances the running tier measures and the payee's credited base.
 */
export function creditLines(
  run: PayeeRun,
  credit: Credit,
  sources: Map<CreditEvent, LineSource>,
): void {
  const { ctx } = run;
  const event = credit.event;
  const version = credit.version;
  const plan = version.plan;
  const when = lineWhen(run, version, event);
  const docFx = ctx.fx.get(event.currency, plan.currency, when, plan.fx, [
    event.field,
    event.docIndex,
    'currency',
  ]);
  const payFx = ctx.fx.get(plan.currency, run.currency, when, plan.fx, [
    'assignments',
    credit.assignment.index,
    'currency',
  ]);
  const { base, cost } = creditBase(credit, docFx);
  if (!countCredited(run, credit, base, sources)) return;
  const factsOf = lazyFacts(run, credit, docFx, when);
  const target: LineTarget = {
    shape: creditShape(run, credit, sources, { docFx, payFx, base, cost }),
    payFx,
    basis: run.tracksBasis ? basisOf(event) : undefined,
    mode: event.origin === 'credit-note' ? reversalMode(run.rounding.mode) : run.rounding.mode,
  };
  if (credit.override !== null) overrideLine(run, credit, base, target);
  componentLines(run, credit, base, factsOf, target);
  if (version.spiffs.length > 0)
    spiffLines(run, credit, base, factsOf, (line) =>
      addEarned(run, target.shape, target.payFx, target.basis, line, target.mode),
    );
}

/** The credit's base in the plan currency — its amount, or its margin on a margin plan — and cost. */
function creditBase(credit: Credit, docFx: FxHit): { base: Num; cost: Num | null } {
  const event = credit.event;
  const plan = credit.version.plan;
  const amount = mul(credit.original, docFx.rate);
  if (plan.crediting.measure !== 'margin') return { base: amount, cost: null };
  if (event.cost === null)
    throw new CrmRulesError(
      'INVALID_INPUT',
      'a margin plan needs the cost of every line (unitCost on the order line)',
      {
        path: eventPath(event, 'unitCost'),
        value: null,
      },
    );
  const cost = mul(mul(event.cost, credit.fraction), docFx.rate);
  const margin = sub(amount, cost);
  const base =
    plan.crediting.marginFloor === 'none'
      ? margin
      : sign(amount) >= 0
        ? max(margin, ZERO)
        : min(margin, ZERO);
  return { base, cost };
}

/**
 * Adds the base to the payee's credited base (in the payee's own plan currency only) and says
 * whether the credit earns lines: a reversal of commission paid earlier is clawed back or ignored
 * instead (an ignored one is not credited either).
 */
function countCredited(
  run: PayeeRun,
  credit: Credit,
  base: Num,
  sources: Map<CreditEvent, LineSource>,
): boolean {
  const event = credit.event;
  const handled =
    event.reverses === null ? null : clawBackReversal(run, credit, sourceOf(sources, event));
  if (handled === 'ignore') return false;
  const plan = run.version.plan;
  if (credit.version.plan.currency === plan.currency)
    run.credited = add(run.credited, creditedMeasure(plan.quotaMeasure ?? 'money', credit, base));
  return handled !== 'clawed';
}

/** The credit's rule facts, built on first use and cached on the event unless per credit. */
function lazyFacts(
  run: PayeeRun,
  credit: Credit,
  docFx: FxHit,
  when: ReturnType<typeof lineWhen>,
): () => Facts {
  const { event, version } = credit;
  let facts: Facts | null = null;
  return (): Facts => {
    if (facts !== null) return facts;
    const cached = event.facts;
    if (!version.perCredit && cached !== undefined && cached.version === version)
      facts = cached.value;
    else {
      const whole = mul(event.amount, docFx.rate);
      const margin = event.cost === null ? null : sub(whole, mul(event.cost, docFx.rate));
      facts = creditFacts(
        credit,
        run.docs,
        whole,
        margin,
        credit.assignment.assignment.role,
        run.payee.record?.teamId,
        (currency, path) =>
          currency === event.currency
            ? docFx.rate
            : run.ctx.fx.get(currency, version.plan.currency, when, version.plan.fx, path).rate,
      );
      if (!version.perCredit) event.facts = { version, value: facts };
    }
    return facts;
  };
}
