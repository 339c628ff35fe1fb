import type { RoundingMode } from '../../../money';
import { add, mul, ZERO } from '../../../money/_lib/scaled/Fixed';
import type { Facts } from '../../../rules';
import { eventPath } from '../events/CreditEvent';
import type { Num } from '../exact/num';
import type { PayeeRun } from '../payee/PayeeRun';
import { testMemoCondition } from '../plan/memoCondition';
import type { FxHit } from '../prepare/fxCache';
import { addEarned } from './addEarned';
import type { Credit } from './creditEvents';
import type { CreditShape } from './Earned';
import { capLine, lineParams } from './lineParams';
import { priceLine } from './priceLine';

/** Internal: the arguments of `addEarned` that every line of one credit shares. */
export interface LineTarget {
  readonly shape: CreditShape | null;
  readonly payFx: FxHit;
  readonly basis: string | undefined;
  readonly mode: RoundingMode;
}

/** Internal: the override line of a roll-up credit: its base times the override rate. */
export function overrideLine(run: PayeeRun, credit: Credit, base: Num, target: LineTarget): void {
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

/** Internal: one line per component that takes the credit's kind and finds it eligible, capped, summed. */
export function componentLines(
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
