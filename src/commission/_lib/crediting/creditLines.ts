import { CrmRulesError } from '../../../errors';
import { minorUnits } from '../../../money';
import type { Facts } from '../../../rules';
import type { LineSource } from '../../StatementLine';
import { type CreditEvent, eventPath } from '../events/CreditEvent';
import { add, max, min, mul, type Num, sign, sub, ZERO } from '../exact/num';
import { numFixedText, numText } from '../exact/roundNum';
import { lineWhen, type PayeeRun } from '../payee/PayeeRun';
import { runTest } from '../plan/memoTest';
import { clawBackReversal } from './clawbacks';
import { creditFacts } from './creditFacts';
import type { Credit } from './crediting';
import { basisOf, capLine, lineParams, sourceOf } from './creditParts';
import type { CreditShape } from './Earned';
import { emit, reversalMode } from './emit';
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
  const amount = mul(credit.original, docFx.rate);
  let base = amount;
  let cost: Num | null = null;
  if (plan.crediting.measure === 'margin') {
    if (event.cost === null)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'a margin plan needs the cost of every line (unitCost on the order line)',
        {
          path: eventPath(event, 'unitCost'),
          value: null,
        },
      );
    cost = mul(mul(event.cost, credit.fraction), docFx.rate);
    const margin = sub(amount, cost);
    base =
      plan.crediting.marginFloor === 'none'
        ? margin
        : sign(amount) >= 0
          ? max(margin, ZERO)
          : min(margin, ZERO);
  }
  if (event.reverses !== null) {
    const handled = clawBackReversal(run, credit, sourceOf(sources, event));
    if (handled === 'ignore') return;
    if (plan.currency === run.version.plan.currency) run.credited = add(run.credited, base);
    if (handled === 'clawed') return;
  } else if (plan.currency === run.version.plan.currency) run.credited = add(run.credited, base);
  let facts: Facts | null = null;
  const factsOf = (): Facts => {
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
      );
      if (!version.perCredit) event.facts = { version, value: facts };
    }
    return facts;
  };
  const basis = run.tracksBasis ? basisOf(event) : undefined;
  const mode = event.origin === 'credit-note' ? reversalMode(run.rounding.mode) : run.rounding.mode;
  const shape: CreditShape | null =
    run.mode === 'totals'
      ? null
      : {
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
          docFx,
          payFx,
          base,
          cost,
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
  if (credit.override !== null) {
    const commission = mul(base, credit.override.num);
    emit(
      run,
      shape,
      payFx,
      basis,
      {
        kind: 'override',
        component: 'override',
        priced: {
          commission,
          rate: { row: null, kind: 'percent', value: credit.override.text, noMatch: null },
          slices: null,
          quantity: null,
        },
        value: commission,
        cap: null,
        modifier: null,
        params:
          shape === null
            ? null
            : {
                code: 'commission.override',
                level: credit.level,
                from: credit.from,
                rate: credit.override.text,
              },
      },
      mode,
    );
  }
  for (const component of version.components) {
    const accepts =
      component.def.credit === 'all' ||
      (component.def.credit === 'roll-up') === (credit.kind === 'roll-up');
    if (!accepts) continue;
    if (
      component.eligibility !== null &&
      !runTest(component.eligibility, factsOf(), eventPath(event))
    )
      continue;
    const priced = priceLine(run, credit, component, base, factsOf);
    const capped = capLine(component, priced.commission);
    const earned = emit(
      run,
      shape,
      payFx,
      basis,
      {
        kind: 'commission',
        component: component.def.id,
        priced,
        value: capped.value,
        cap: capped.cap,
        modifier: capped.cap === null ? null : 'cap:line',
        params: lineParams(component, priced, run),
      },
      mode,
    );
    const id = component.def.id;
    run.sums.set(id, add(run.sums.get(id) ?? ZERO, earned));
  }
  if (version.spiffs.length > 0)
    spiffLines(run, credit, base, factsOf, (line) => emit(run, shape, payFx, basis, line, mode));
}
