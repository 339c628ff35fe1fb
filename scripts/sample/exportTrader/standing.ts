import type { Customer } from '../../../src/model';
import { approxCnyMinor, decimalOf, MINOR_DIGITS } from '../amounts';
import { addDays } from '../calendar';
import { byText } from '../format';
import type { Profile } from './people';
import type { SaleDraft } from './sales';

/** Open receivables plus unbilled orders at the data's last day, by customer, in minor units. */
export function exposureByCustomer(
  drafts: readonly SaleDraft[],
  credited: ReadonlyMap<string, number>,
  paid: ReadonlyMap<string, number>,
): Map<string, number> {
  const exposure = new Map<string, number>();
  for (const draft of drafts) {
    const add = (minor: number) =>
      exposure.set(draft.profile.id, (exposure.get(draft.profile.id) ?? 0) + minor);
    if (draft.invoice !== undefined)
      add(
        draft.invoice.total -
          (credited.get(draft.invoice.id) ?? 0) -
          (paid.get(draft.invoice.id) ?? 0),
      );
    else if (draft.status === 'open' || draft.status === 'confirmed')
      add(draft.lines.reduce((sum, l) => sum + l.net, 0));
  }
  return exposure;
}

/**
 * Credit limits in the customer's currency: one and a half times the exposure, at least a floor by
 * tier, rounded up to 10,000; the five largest exposures of slow payers get a limit below it
 * (over their limit). Open-account and D/A customers are partly insured.
 */
export function creditLimits(
  profiles: readonly Profile[],
  exposure: ReadonlyMap<string, number>,
): Map<string, Pick<Customer, 'creditLimit' | 'insuredLimit'>> {
  const over = new Set(
    profiles
      .filter((p) => p.payer !== 'prompt' && p.tier !== 'potential')
      .sort((a, b) => (exposure.get(b.id) ?? 0) - (exposure.get(a.id) ?? 0) || byText(a.id, b.id))
      .slice(0, 5)
      .map((p) => p.id),
  );
  const out = new Map<string, Pick<Customer, 'creditLimit' | 'insuredLimit'>>();
  profiles.forEach((profile, index) => {
    if (profile.trend === 'prospect') return;
    const unit =
      10_000 * 10 ** MINOR_DIGITS[profile.currency] * (profile.currency === 'JPY' ? 100 : 1);
    const owed = Math.max(0, exposure.get(profile.id) ?? 0);
    const floor = { key: 20, ordinary: 5, potential: 2 }[profile.tier] * unit;
    const limit = over.has(profile.id)
      ? Math.max(unit, Math.floor((owed * 0.8) / unit) * unit)
      : Math.max(floor, Math.ceil((owed * 1.5) / unit) * unit);
    const insured = index % 3 === 0 ? Math.floor((limit * 0.6) / unit) * unit : 0;
    out.set(profile.id, {
      creditLimit: { amount: decimalOf(limit, profile.currency), currency: profile.currency },
      ...(insured > 0
        ? {
            insuredLimit: {
              amount: decimalOf(insured, profile.currency),
              currency: profile.currency,
            },
          }
        : {}),
    });
  });
  return out;
}

/**
 * The grade the caller's CRM last stored (after 2026-Q2), from invoiced sales in the twelve
 * months to 2026-06-30 (about CNY): key from 1.5 m, ordinary from 200 k, potential below;
 * dormant when nothing was ordered in the year before. Rising customers move up in Q3.
 */
export function gradesAfterQ2(
  profiles: readonly Profile[],
  drafts: readonly SaleDraft[],
): Map<string, string> {
  const end = '2026-06-30';
  const start = addDays(end, -364);
  const recent = addDays(end, -364);
  const sales = new Map<string, number>();
  const lastOrder = new Map<string, string>();
  for (const draft of drafts) {
    if (draft.orderDate > end || draft.status === 'cancelled') continue;
    lastOrder.set(draft.profile.id, draft.orderDate);
    if (draft.orderDate >= start) {
      const cny = approxCnyMinor(
        draft.lines.reduce((sum, l) => sum + l.net, 0),
        draft.profile.currency,
      );
      sales.set(draft.profile.id, (sales.get(draft.profile.id) ?? 0) + cny);
    }
  }
  const grades = new Map<string, string>();
  for (const profile of profiles) {
    const last = lastOrder.get(profile.id);
    if (last === undefined) continue;
    const cny = (sales.get(profile.id) ?? 0) / 100;
    grades.set(
      profile.id,
      last < recent
        ? 'dormant'
        : cny >= 1_500_000
          ? 'key'
          : cny >= 200_000
            ? 'ordinary'
            : 'potential',
    );
  }
  return grades;
}
