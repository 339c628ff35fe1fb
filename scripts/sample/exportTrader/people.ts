import type { AccountManager, Customer, Team } from '../../../src/model';
import type { SampleCurrency } from '../amounts';
import { addDays, dayOf, isoOf } from '../calendar';
import type { Random } from '../random';
import {
  COUNTRIES,
  type CountryInfo,
  INDUSTRIES,
  MANAGERS,
  NAME_HEADS,
  NAME_TAILS,
  NAME_TRADES,
  SUCCESSORS,
  TEAMS,
} from './reference';

const REGION_NAMES = {
  'T-EU': 'Europe',
  'T-AM': 'Americas',
  'T-AP': 'Asia-Pacific & MEA',
} as const;

/** The first and last day of the export trader's documents. */
export const DATA_START = '2025-01-01';
export const DATA_END = '2026-09-30';

export type Tier = 'key' | 'ordinary' | 'potential';
/** How a customer's buying changes over time (what makes grade movers). */
export type Trend = 'steady' | 'rising' | 'falling' | 'new' | 'churned' | 'prospect';
/** How a customer pays (what fills the aging buckets). */
export type Payer = 'prompt' | 'late' | 'partial' | 'bad';

/** A customer and the hidden traits its documents are generated from. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly country: CountryInfo;
  readonly currency: SampleCurrency;
  readonly tier: Tier;
  readonly trend: Trend;
  readonly payer: Payer;
  readonly industry: string;
  readonly groupId?: string;
  /** Established customers' first deal (new customers' is their first order). */
  readonly firstDeal?: string;
  /** Orders may fall from `startDay` to `stopDay` (day numbers). */
  readonly startDay: number;
  readonly stopDay: number;
  /** Owners over time, oldest first: `{ from, id }`. */
  readonly owners: ReadonlyArray<{ from: string; id: string }>;
}

export function buildTeams(): Team[] {
  return TEAMS.map((team) => ({
    id: team.id,
    name: team.name,
    managerId: MANAGERS.find((m) => m.team === team.id)?.id as string,
  }));
}

export function buildManagers(): AccountManager[] {
  return MANAGERS.map((m) => {
    const lead = MANAGERS.find((other) => other.team === m.team) as (typeof MANAGERS)[number];
    return {
      id: m.id,
      name: m.name,
      teamId: m.team,
      ...(lead.id === m.id ? {} : { managerId: lead.id }),
      hireDate: m.hireDate,
      ...(m.leaveDate === undefined ? {} : { leaveDate: m.leaveDate }),
      payCurrency: 'CNY',
    };
  });
}

/** The owner of a customer on a date. */
export function ownerAt(profile: Profile, iso: string): string {
  let id = profile.owners[0]?.id as string;
  for (const owner of profile.owners) if (owner.from <= iso) id = owner.id;
  return id;
}

/** 600 customers in 30 countries: at least five a country, the rest by country weight. */
export function buildProfiles(random: Random): Profile[] {
  const names = random.shuffle(NAME_HEADS.flatMap((head) => NAME_TAILS.map((tail) => head + tail)));
  const countries: CountryInfo[] = COUNTRIES.flatMap((c) => [c, c, c, c, c]);
  const weights = Object.fromEntries(COUNTRIES.map((c) => [c.code, c.weight]));
  while (countries.length < 600) {
    const code = random.weighted(weights);
    countries.push(COUNTRIES.find((c) => c.code === code) as CountryInfo);
  }
  const sorted = countries.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const leaverTurns = new Map<string, number>();
  return sorted.map((country, index) =>
    buildProfile(random, index, country, names[index] as string, leaverTurns),
  );
}

function buildProfile(
  random: Random,
  index: number,
  country: CountryInfo,
  stem: string,
  leaverTurns: Map<string, number>,
): Profile {
  const id = `C-${String(index + 1).padStart(4, '0')}`;
  const tier = random.weighted<Tier>({ key: 10, ordinary: 38, potential: 52 });
  const trend = random.weighted<Trend>({
    steady: 73,
    rising: 4,
    falling: 7,
    new: 9,
    churned: 4,
    prospect: 3,
  });
  const payer = random.weighted<Payer>({ prompt: 58, late: 25, partial: 11, bad: 6 });
  const currency: SampleCurrency =
    country.currency !== 'USD' && random.chance(0.15) ? 'USD' : country.currency;
  const { startDay, stopDay } = activeDays(random, trend);
  const firstDeal =
    trend === 'new' || trend === 'prospect'
      ? undefined
      : isoOf(dayOf(tier === 'key' ? '2012-01-01' : '2016-01-01') + random.int(0, 3200));
  const owners = pickOwners(random, country, tier, startDay, leaverTurns);
  return {
    id,
    name: `${stem} ${random.pick(NAME_TRADES)} ${country.legalForm}`,
    country,
    currency,
    tier,
    trend,
    payer,
    industry: random.pick(INDUSTRIES),
    ...(index % 37 === 5
      ? { groupId: `G-${String(Math.floor(index / 37)).padStart(2, '0')}` }
      : {}),
    ...(firstDeal === undefined
      ? {}
      : { firstDeal: firstDeal > '2024-12-31' ? '2024-12-31' : firstDeal }),
    startDay,
    stopDay,
    owners,
  };
}

function activeDays(random: Random, trend: Trend): { startDay: number; stopDay: number } {
  const start = dayOf(DATA_START);
  const end = dayOf(DATA_END);
  switch (trend) {
    case 'steady':
    case 'rising':
      return { startDay: start, stopDay: end };
    case 'falling':
      return { startDay: start, stopDay: dayOf('2026-01-15') + random.int(0, 100) };
    case 'new':
      return { startDay: dayOf('2026-01-05') + random.int(0, 235), stopDay: end };
    case 'churned':
      return { startDay: start, stopDay: dayOf('2025-03-01') + random.int(0, 220) };
    case 'prospect':
      return { startDay: end + 1, stopDay: end };
    default: {
      const _exhaustive: never = trend;
      return _exhaustive;
    }
  }
}

/**
 * Senior managers get the key customers, newcomers the smaller ones; the newcomer hired in 2026
 * gets only customers whose first order comes after the hire date; the leaver's customers pass to
 * a successor the day after the last day.
 */
function pickOwners(
  random: Random,
  country: CountryInfo,
  tier: Tier,
  startDay: number,
  leaverTurns: Map<string, number>,
): Array<{ from: string; id: string }> {
  const team = MANAGERS.filter((m) => m.team === country.team);
  const eligible = team.filter((m) => m.hireDate <= isoOf(startDay) && m.hireDate < '2026-01-01');
  const hired2026 = team.filter((m) => m.hireDate >= '2026-01-01' && m.hireDate <= isoOf(startDay));
  const pool = hired2026.length > 0 && random.chance(0.6) ? hired2026 : eligible;
  const weights = Object.fromEntries(
    pool.map((m) => {
      const senior = m.hireDate < '2019-01-01';
      return [m.id, tier === 'key' ? (senior ? 4 : 1) : tier === 'potential' && !senior ? 3 : 2];
    }),
  );
  const first = random.weighted(weights);
  const owners = [{ from: DATA_START, id: first }];
  const leaver = MANAGERS.find((m) => m.id === first)?.leaveDate;
  const successors = SUCCESSORS[first];
  if (leaver !== undefined && successors !== undefined) {
    const turn = leaverTurns.get(first) ?? 0;
    leaverTurns.set(first, turn + 1);
    owners.push({ from: addDays(leaver, 1), id: successors[turn % successors.length] as string });
  }
  return owners;
}

/** The customer records, once orders tell the new customers' first deal (and limits are set). */
export function toCustomer(
  profile: Profile,
  firstOrder: string | undefined,
  grade: string | undefined,
  limits: Pick<Customer, 'creditLimit' | 'insuredLimit'>,
): Customer {
  const firstDealDate = profile.firstDeal ?? firstOrder;
  return {
    id: profile.id,
    name: profile.name,
    ...(profile.groupId === undefined ? {} : { groupId: profile.groupId }),
    country: profile.country.code,
    ...(grade === undefined ? {} : { grade }),
    ...limits,
    ...(firstDealDate === undefined ? {} : { firstDealDate }),
    ownerId: ownerAt(profile, DATA_END),
    region: REGION_NAMES[profile.country.team],
    industry: profile.industry,
  };
}
