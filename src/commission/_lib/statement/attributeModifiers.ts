import { add, sign, sub, ZERO } from '../../../money/_lib/scaled/Fixed';
import type { Num } from '../exact/num';
import { spread } from '../exact/spread';
import type { PaidLine } from '../payee/PaidTrack';
import type { PayeeRun } from '../payee/PayeeRun';

/** The period modifier lines whose amounts belong to the source lines they modify. */
const ATTRIBUTED = new Set(['multiplier', 'gate', 'cap']);

/**
 * Internal: what a source line was actually paid includes its share of its component's period modifiers:
 * each component's multiplier, gate and cap lines are spread over the component's commission
 * lines in proportion to their amounts (exactly, by largest remainder: `spread`), so a clawback
 * later reverses what was paid for that source after caps, gates and accelerators — a refund of
 * a capped period's only invoice takes back the capped amount, not the commission before the
 * cap. A minimum's top-up, bonuses, draws and manual lines are paid for the period, not for a
 * source line, and are not spread; nor is the part of a plan-year multiplier's true-up that re-rates
 * earlier periods' earnings (`Draft.attributed`). Lines of a component with a plan-year
 * multiplier also get their `year` share: their gross (what they count in the component's sums)
 * and their part of the multiplier, which a later clawback takes out of the year's figures.
 */
export function attributeModifiers(
  run: PayeeRun,
  paying: Array<readonly [string, PaidLine]>,
): void {
  // Per component, the plan-year multiplier apart (`y`) from the other modifiers (`p`).
  const modified = new Map<string, Num>();
  for (const d of run.drafts)
    if (ATTRIBUTED.has(d.kind) && d.component !== null) {
      const key = `${d.params?.code === YEAR_MULTIPLIER ? 'y' : 'p'}${d.component}`;
      modified.set(key, add(modified.get(key) ?? ZERO, attributedPart(d)));
    }
  const yearly = yearComponents(run);
  if (modified.size === 0 && yearly.size === 0) return;
  const gross = paying.map(([, line]) =>
    line.component !== null && yearly.has(line.component) ? (line.gross ?? line.paid) : line.paid,
  );
  const at = new Map<string, number[]>();
  paying.forEach(([key, line], i) => {
    if (line.component === null) return;
    const list = at.get(line.component);
    if (list === undefined) at.set(line.component, [i]);
    else list.push(i);
    if (yearly.has(line.component))
      paying[i] = [key, { ...line, year: { gross: gross[i] as Num, multiplier: ZERO } }];
  });
  for (const [key, total] of modified) {
    const lines = at.get(key.slice(1)) ?? [];
    const weights = lines.map((i) => gross[i] as Num);
    if (sign(total) === 0 || weights.every((w) => sign(w) === 0)) continue;
    const shares = spread(total, run.currency, weights, run.ctx.arithmetic);
    lines.forEach((i, k) => {
      const [id, line] = paying[i] as readonly [string, PaidLine];
      const share = shares[k] as Num;
      const year =
        key[0] === 'y' && line.year !== undefined
          ? { gross: line.year.gross, multiplier: add(line.year.multiplier, share) }
          : line.year;
      paying[i] = [id, { ...line, paid: add(line.paid, share), ...(year ? { year } : {}) }];
    });
  }
}

const YEAR_MULTIPLIER = 'commission.multiplier.ytd';

/** What a modifier line pays for the period's source lines: its rounding stays with that part. */
function attributedPart(d: PayeeRun['drafts'][number]): Num {
  const amount = d.amount ?? d.unrounded;
  return d.attributed === undefined ? amount : add(d.attributed, sub(amount, d.unrounded));
}

/** The ids of the run's components with a plan-year multiplier. */
function yearComponents(run: PayeeRun): Set<string> {
  const ids = new Set<string>();
  for (const component of run.version.components)
    if (
      component.periodModifiers.some(
        ({ modifier }) => modifier.kind === 'multiplier' && modifier.scope === 'plan-year',
      )
    )
      ids.add(component.def.id);
  return ids;
}
