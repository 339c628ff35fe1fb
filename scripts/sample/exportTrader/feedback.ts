import type { AccountManager, Complaint, SurveyResponse, TrainingRecord } from '../../../src/model';
import { addDays, dayOf, isoOf, quarterRange, quartersBetween } from '../calendar';
import type { Random } from '../random';
import { DATA_END, ownerAt, type Profile } from './people';
import { COURSES, MANAGER_TRAITS } from './reference';
import type { SaleDraft } from './sales';

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const COMMENTS = [
  'Fast response, thank you',
  'Delivery was late again',
  '交货及时,服务很好',
  'Documents had errors',
  'Good price, quality as promised',
  '希望能缩短交货期',
];

/**
 * A quarterly satisfaction survey: about a third of the customers who bought in the 180 days
 * before the quarter's end answer in its last month; scores follow the owner's service.
 */
export function buildSurveys(
  random: Random,
  profiles: readonly Profile[],
  drafts: readonly SaleDraft[],
): SurveyResponse[] {
  const orderDays = new Map<string, string[]>();
  for (const draft of drafts) {
    const days = orderDays.get(draft.profile.id) ?? [];
    days.push(draft.orderDate);
    orderDays.set(draft.profile.id, days);
  }
  const out: SurveyResponse[] = [];
  for (const quarter of quartersBetween('2025-Q1', '2026-Q3')) {
    const { last } = quarterRange(quarter);
    const from = addDays(last, -180);
    for (const profile of profiles) {
      const bought = (orderDays.get(profile.id) ?? []).some((d) => d >= from && d <= last);
      if (!bought || !random.chance(0.35)) continue;
      const date = addDays(last, -random.int(0, 27));
      const ownerId = ownerAt(profile, date);
      const service = MANAGER_TRAITS[ownerId]?.service ?? 0;
      const kind = random.weighted({ both: 75, csat: 15, nps: 10 });
      const csat = clamp(Math.round(3.9 + service + (random.next() - 0.5) * 2.2), 1, 5);
      const nps = clamp(Math.round(7.3 + service * 2 + (random.next() - 0.5) * 5), 0, 10);
      out.push({
        id: '',
        customerId: profile.id,
        ownerId,
        date,
        ...(kind === 'nps' ? {} : { csat }),
        ...(kind === 'csat' ? {} : { nps }),
        ...(random.chance(0.08) ? { comment: random.pick(COMMENTS) } : {}),
      });
    }
  }
  return numbered(sortByDate(out), 'SV-', 5);
}

/** Complaints: a third of late deliveries, and a few quality and document complaints. */
export function buildComplaints(random: Random, drafts: readonly SaleDraft[]): Complaint[] {
  const out: Complaint[] = [];
  for (const draft of drafts) {
    if (draft.deliveredOn === undefined) continue;
    const late = draft.deliveredOn > draft.promisedDate;
    const roll = random.next();
    const category =
      late && roll < 0.35
        ? 'delivery delay'
        : roll > 0.985
          ? 'quality'
          : roll > 0.98
            ? 'documentation'
            : undefined;
    if (category === undefined) continue;
    const date = addDays(draft.deliveredOn, random.int(0, 6));
    if (date > DATA_END) continue;
    const resolved = addDays(date, random.int(2, 30));
    out.push({
      id: '',
      customerId: draft.profile.id,
      ownerId: ownerAt(draft.profile, date),
      date,
      severity: random.weighted({ low: 40, medium: 40, high: 15, critical: 5 }),
      category,
      ...(resolved <= DATA_END && random.chance(0.9) ? { resolvedDate: resolved } : {}),
    });
  }
  return numbered(sortByDate(out), 'CP-', 4);
}

/** Three to five courses a manager a year while employed; seniors take the advanced ones. */
export function buildTraining(
  random: Random,
  managers: readonly AccountManager[],
): TrainingRecord[] {
  const out: TrainingRecord[] = [];
  for (const manager of managers) {
    const completion = manager.id === 'AM-07' ? 0.45 : 0.9;
    for (const year of ['2025', '2026']) {
      const first = Math.max(dayOf(`${year}-01-01`), dayOf(manager.hireDate));
      const last = Math.min(
        dayOf(`${year}-12-31`),
        dayOf(manager.leaveDate ?? DATA_END),
        dayOf(DATA_END),
      );
      if (first > last) continue;
      const senior = manager.hireDate < '2020-01-01';
      const pool = COURSES.filter((c) =>
        senior ? true : c.level === 'basic' || random.chance(0.5),
      );
      const courses =
        manager.hireDate >= `${year}-01-01`
          ? COURSES.filter((c) => c.level === 'basic')
          : random.shuffle(pool).slice(0, random.int(3, 5));
      for (const course of courses) {
        const date = isoOf(random.int(first, last));
        const completed = random.chance(completion) && date <= addDays(DATA_END, -7);
        const hours = completed ? course.hours : String(Math.floor(Number(course.hours) / 2));
        out.push({ id: '', managerId: manager.id, courseId: course.id, date, hours, completed });
      }
    }
  }
  return numbered(sortByDate(out), 'TR-', 4);
}

/** A team lead's quarterly teamwork rating (1–5), a `manual` KPI value for `measureKpis`. */
export interface ManagerRating {
  readonly period: string;
  readonly managerId: string;
  readonly kpi: string;
  readonly value: string;
  readonly source: string;
}

export function buildRatings(random: Random, managers: readonly AccountManager[]): ManagerRating[] {
  const out: ManagerRating[] = [];
  for (const period of quartersBetween('2026-Q1', '2026-Q3')) {
    const { first, last } = quarterRange(period);
    for (const manager of managers) {
      if (manager.hireDate > last || (manager.leaveDate !== undefined && manager.leaveDate < first))
        continue;
      const service = MANAGER_TRAITS[manager.id]?.service ?? 0;
      const value = clamp(Math.round(3.4 + service * 1.5 + (random.next() - 0.5) * 1.5), 1, 5);
      out.push({
        period,
        managerId: manager.id,
        kpi: 'teamwork',
        value: String(value),
        source: `team lead review ${period}`,
      });
    }
  }
  return out;
}

function sortByDate<T extends { date: string }>(records: T[]): T[] {
  return records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Gives each record an id in order: `SV-00001`, … */
export function numbered<T extends { id: string }>(
  records: T[],
  prefix: string,
  width: number,
): T[] {
  return records.map((record, index) => ({
    ...record,
    id: `${prefix}${String(index + 1).padStart(width, '0')}`,
  }));
}
