/** Calendar days for the sample data: day numbers since 1970-01-01, ISO dates in and out (UTC). */

const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date `YYYY-MM-DD`. */
export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The ISO date `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return isoOf(dayOf(iso) + days);
}

/** True on Saturday and Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The quarter label of an ISO date: `2026-Q3`. */
export function quarterOf(iso: string): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first and last day of a quarter label such as `2026-Q3`. */
export function quarterRange(label: string): { first: string; last: string } {
  const year = Number(label.slice(0, 4));
  const q = Number(label.slice(6));
  const first = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { first, last: addDays(next, -1) };
}

/** Every quarter label from `first` to `last`, both inclusive. */
export function quartersBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let label = first;
  while (label <= last) {
    out.push(label);
    label = quarterOf(addDays(quarterRange(label).last, 1));
  }
  return out;
}
