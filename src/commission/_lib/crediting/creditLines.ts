import { CrmRulesError } from '../../../errors';
import { minorUnits, type RoundingMode } from '../../../money';
import type { Facts } from '../../../rules';
import type { LineSource } from '../../model/StatementLine';
import { type CreditEvent, eventPath } from '../events/CreditEvent';
import { add, max, min, mul, type Num, sign, sub, ZERO } from '../exact/num';
import { numFixedText, numText } from '../exact/roundNum';
import { lineWhen, type PayeeRun } from '../payee/PayeeRun';
import { testMemoCondition } from '../plan/memoCondition';
import type { FxHit } from '../prepare/fxCache';
import { addEarned, reversalMode } from './addEarned';
import { clawBackReversal } from './clawBack';
import type { Credit } from './creditEvents';
import { creditFacts } from './creditFacts';
import type { CreditShape } from './Earned';
import { basisOf, capLine, lineParams, sourceOf } from './lineParams';
import { priceLine } from './priceLine';
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

/** The arguments of `addEarned` that every line of one credit shares. */
interface LineTarget {
  readonly shape: CreditShape | null;
  readonly payFx: FxHit;
  readonly basis: string | undefined;
  readonly mode: RoundingMode;
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
  if (credit.version.plan.currency === run.version.plan.currency)
    run.credited = add(run.credited, base);
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

/** What the credit's lines show of it, or `null` when the run only computes totals. */
function creditShape(
  run: PayeeRun,
  credit: Credit,
  sources: Map<CreditEvent, LineSource>,
  money: { docFx: FxHit; payFx: FxHit; base: Num; cost: Num | null },
): CreditShape | null {
  if (run.mode === 'totals') return null;
  const event = credit.event;
  const plan = credit.version.plan;
  return {
    key: `${event.origin}/${event.docId}/${event.lineId}${credit.kind === 'roll-up' ? `/L${credit.level}/${credit.from}` : ''}`,
    source: sourceOf(sources, event),
    credit: {
      kind: credit.kind,
      share: credit.share,
      level: credit.level,
      from: credit.from,
    },
    original: {
      amount: numFixedText(credit.original, minorUnits(event.currency)),
      currency: event.currency,
    },
    docFx: money.docFx,
    payFx: money.payFx,
    base: money.base,
    cost: money.cost,
    measure: plan.crediting.measure,
    baseCurrency: plan.currency,
    basis: basisOf(event),
    links: {
      orderId: event.orderId,
      orderLineId: event.orderLineId,
      invoiceId: event.invoiceId,
      lineAmount: numText(event.amount),
    },
    ...(event.origin === 'credit-note' && event.base === 'collected'
      ? { refund: true as const }
      : {}),
  };
}

/** The override line of a roll-up credit: its base times the override rate. */
function overrideLine(run: PayeeRun, credit: Credit, base: Num, target: LineTarget): void {
  const override = credit.override;
  if (override === null) return;
  const commission = mul(base, override.num);
  addEarned(
    run,
    target.shape,
    target.payFx,
    target.basis,
    {
      kind: 'override',
      component: 'override',
      priced: {
        commission,
        rate: { row: null, kind: 'rate', value: override.text, noMatch: null },
        slices: null,
        quantity: null,
      },
      value: commission,
      cap: null,
      modifier: null,
      params:
        target.shape === null
          ? null
          : {
              code: 'commission.override',
              level: credit.level,
              from: credit.from,
              rate: override.text,
            },
    },
    target.mode,
  );
}

/** One line per component that takes the credit's kind and finds it eligible, capped, summed. */
function componentLines(
  run: PayeeRun,
  credit: Credit,
  base: Num,
  factsOf: () => Facts,
  target: LineTarget,
): void {
  for (const component of credit.version.components) {
    const accepts =
      component.def.credit === 'all' ||
      (component.def.credit === 'roll-up') === (credit.kind === 'roll-up');
    if (!accepts) continue;
    if (
      component.eligibility !== null &&
      !testMemoCondition(component.eligibility, factsOf(), eventPath(credit.event))
    )
      continue;
    const priced = priceLine(run, credit, component, base, factsOf);
    const capped = capLine(component, priced.commission);
    const earned = addEarned(
      run,
      target.shape,
      target.payFx,
      target.basis,
      {
        kind: 'commission',
        component: component.def.id,
        priced,
        value: capped.value,
        cap: capped.cap,
        modifier: capped.cap === null ? null : 'cap:line',
        params: lineParams(component, priced, run),
      },
      target.mode,
    );
    const id = component.def.id;
    run.sums.set(id, add(run.sums.get(id) ?? ZERO, earned));
  }
}
