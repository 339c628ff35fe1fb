import type { AccountManager, Target } from '../../../src/model';
import { approxCnyMinor, decimalOf } from '../amounts';
import { quarterOf, quarterRange, quartersBetween } from '../calendar';
import { byText } from '../format';
import type { Random } from '../random';
import { ownerAt } from './people';
import type { SaleDraft } from './sales';

/** The managers set to miss their 2026 Q2 and Q3 sales targets. */
export const MISSERS: readonly string[] = ['AM-03', 'AM-07', 'AM-11'];
/** The manager whose Q3 target was revised down on 2026-08-01 (a second target version). */
export const REVISED = 'AM-06';
const TEN_THOUSAND_CNY = 1_000_000;

/** What each manager sold (about CNY) and how many new customers they won, by `manager|quarter`. */
function actuals(drafts: readonly SaleDraft[]): {
  sold: Map<string, number>;
  fresh: Map<string, number>;
} {
  const sold = new Map<string, number>();
  const fresh = new Map<string, number>();
  const seenCustomer = new Set<string>();
  for (const draft of drafts) {
    if (draft.status === 'cancelled') continue;
    const key = `${ownerAt(draft.profile, draft.orderDate)}|${quarterOf(draft.orderDate)}`;
    const net = draft.lines.reduce((sum, line) => sum + line.net, 0);
    sold.set(key, (sold.get(key) ?? 0) + approxCnyMinor(net, draft.profile.currency));
    if (draft.profile.trend === 'new' && !seenCustomer.has(draft.profile.id)) {
      seenCustomer.add(draft.profile.id);
      fresh.set(key, (fresh.get(key) ?? 0) + 1);
    }
  }
  return { sold, fresh };
}

/**
 * A quarter's sales target in CNY minor units: Q4 is Q3 plus 5 %; the leaver's Q3 target was set
 * from Q2; the misser's Q2 and Q3 are 18–35 % above what they sold, the others' 3–18 % below.
 */
function salesTarget(
  random: Random,
  manager: AccountManager,
  period: string,
  sold: ReadonlyMap<string, number>,
): number {
  const basis =
    period === '2026-Q4'
      ? sold.get(`${manager.id}|2026-Q3`)
      : manager.leaveDate !== undefined && period === '2026-Q3'
        ? sold.get(`${manager.id}|2026-Q2`)
        : sold.get(`${manager.id}|${period}`);
  const factor =
    period === '2026-Q4'
      ? 105
      : MISSERS.includes(manager.id) && period >= '2026-Q2'
        ? random.int(118, 135)
        : random.int(82, 97);
  return Math.max(
    5 * TEN_THOUSAND_CNY,
    Math.round(((basis ?? 0) * factor) / 100 / TEN_THOUSAND_CNY) * TEN_THOUSAND_CNY,
  );
}

/**
 * Quarterly 2026 targets per manager (sales in CNY and new customers), a yearly sales target, and
 * team sales targets. Sales targets are sized from what each manager actually sold (about CNY):
 * most hit them, the {@link MISSERS} miss by 15–35 %; Q4 is last Q3 plus 5 %.
 */
export function buildTargets(
  random: Random,
  managers: readonly AccountManager[],
  drafts: readonly SaleDraft[],
): Target[] {
  const { sold, fresh } = actuals(drafts);
  const out: Target[] = [];
  const push = (target: Omit<Target, 'id'>) =>
    out.push({ id: `TG-${String(out.length + 1).padStart(3, '0')}`, ...target });
  const teamTotals = new Map<string, number>();
  for (const manager of managers) {
    let year = 0;
    for (const period of quartersBetween('2026-Q1', '2026-Q4')) {
      const { first, last } = quarterRange(period);
      if (manager.hireDate > last || (manager.leaveDate !== undefined && manager.leaveDate < first))
        continue;
      const amount = salesTarget(random, manager, period, sold);
      const effectiveFrom = manager.hireDate > '2025-12-15' ? manager.hireDate : '2025-12-15';
      year += amount;
      const teamKey = `${manager.teamId}|${period}`;
      teamTotals.set(teamKey, (teamTotals.get(teamKey) ?? 0) + amount);
      push({
        subjectKind: 'manager',
        subjectId: manager.id,
        metric: 'sales_amount',
        period,
        value: money(amount),
        effectiveFrom,
      });
      if (manager.id === REVISED && period === '2026-Q3')
        push({
          subjectKind: 'manager',
          subjectId: manager.id,
          metric: 'sales_amount',
          period,
          value: money(Math.round((amount * 0.9) / TEN_THOUSAND_CNY) * TEN_THOUSAND_CNY),
          effectiveFrom: '2026-08-01',
        });
      const wins = fresh.get(`${manager.id}|${period}`) ?? 0;
      push({
        subjectKind: 'manager',
        subjectId: manager.id,
        metric: 'new_customers',
        period,
        value: String(Math.max(1, wins + random.int(-1, 2))),
        effectiveFrom,
      });
    }
    if (year > 0)
      push({
        subjectKind: 'manager',
        subjectId: manager.id,
        metric: 'sales_amount',
        period: '2026',
        value: money(year),
        effectiveFrom: manager.hireDate > '2025-12-15' ? manager.hireDate : '2025-12-15',
      });
  }
  for (const target of teamTargets(teamTotals)) push(target);
  return out;
}

/** A team's sales target per quarter: the sum of its managers' first versions. */
function teamTargets(totals: ReadonlyMap<string, number>): Array<Omit<Target, 'id'>> {
  return [...totals]
    .sort(([a], [b]) => byText(a, b))
    .map(([key, amount]) => {
      const [teamId, period] = key.split('|') as [string, string];
      return {
        subjectKind: 'team',
        subjectId: teamId,
        metric: 'sales_amount',
        period,
        value: money(amount),
        effectiveFrom: '2025-12-15',
      };
    });
}

function money(minor: number): { amount: string; currency: string } {
  return { amount: decimalOf(minor, 'CNY'), currency: 'CNY' };
}
