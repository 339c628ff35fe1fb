import type { Contract, Incoterm, PaymentTerms } from '../../../src/model';
import type { FxRate } from '../../../src/money';
import type { ScreeningEntry } from '../../../src/risk';
import { matchScore } from '../../../src/risk';
import { scaledDecimal } from '../amounts';
import { dayOf, isoOf, isWeekend } from '../calendar';
import type { Random } from '../random';
import { DATA_END, DATA_START, type Profile } from './people';
import { CATEGORIES } from './reference';

/** The review fields of a contract that the model's `Contract` has no place for (see `ContractReview`). */
export interface ContractClauses {
  readonly contractId: string;
  readonly transportMode: 'sea' | 'air' | 'rail';
  readonly hasCurrencyClause: boolean;
  readonly hasIpClause: boolean;
  readonly categoryIds: string[];
}

/** One contract per customer that has bought or will buy, with its review clauses. */
export function buildContracts(
  random: Random,
  profiles: readonly Profile[],
): { contracts: Contract[]; clauses: ContractClauses[]; terms: Map<string, PaymentTerms> } {
  const contracts: Contract[] = [];
  const clauses: ContractClauses[] = [];
  const terms = new Map<string, PaymentTerms>();
  profiles.forEach((profile, index) => {
    if (profile.trend === 'prospect') return;
    const paymentTerms = pickTerms(random, profile, index);
    terms.set(profile.id, paymentTerms);
    const transportMode = random.weighted({ sea: 80, air: 12, rail: 8 });
    const incoterm = pickIncoterm(random, transportMode, index);
    const id = `K-${profile.id.slice(2)}`;
    const start = profile.trend === 'new' ? isoOf(profile.startDay) : DATA_START;
    contracts.push({
      id,
      customerId: profile.id,
      startDate: start,
      // A few contracts ran out mid-2026 while orders went on: the contract check finds them.
      endDate: index % 19 === 7 && start < '2026-06-30' ? '2026-06-30' : '2026-12-31',
      incoterm,
      namedPlace: ['EXW', 'FCA', 'FAS', 'FOB'].includes(incoterm)
        ? random.pick(['Ningbo', 'Shanghai'])
        : profile.country.port,
      ...lawAndForum(random, profile),
      currency: profile.currency,
      paymentTerms,
    });
    clauses.push({
      contractId: id,
      transportMode,
      hasCurrencyClause: random.chance(0.55),
      hasIpClause: random.chance(0.3),
      categoryIds: random
        .shuffle(CATEGORIES.map((c) => c.id))
        .slice(0, random.int(1, 3))
        .sort(),
    });
  });
  return { contracts, clauses, terms };
}

function pickTerms(random: Random, profile: Profile, index: number): PaymentTerms {
  if (index % 97 === 13) return { method: 'CONSIGNMENT', days: 90 };
  if (profile.country.risky === true && profile.tier !== 'potential' && random.chance(0.5))
    return { method: 'OA', days: 120 };
  const key = {
    'OA 60': 40,
    'OA 90': 20,
    'DA 60': 20,
    'LC 30': 20,
  } as const;
  const ordinary = { 'OA 30': 30, 'DP 0': 25, 'LC 0': 25, 'TT_ADVANCE 0': 20 } as const;
  const potential = { 'TT_ADVANCE 0': 50, 'LC 0': 30, 'DP 0': 20 } as const;
  const table: Readonly<Record<string, number>> =
    profile.tier === 'key' ? key : profile.tier === 'ordinary' ? ordinary : potential;
  let choice = random.weighted(table);
  // Slow and bad payers are on credit terms: a prepaying customer cannot be overdue.
  if (profile.payer !== 'prompt' && !choice.startsWith('OA') && !choice.startsWith('DA'))
    choice = random.pick(['OA 30', 'OA 60', 'DA 45']);
  const [method, days] = choice.split(' ') as [PaymentTerms['method'], string];
  return { method, days: Number(days) };
}

function pickIncoterm(
  random: Random,
  mode: ContractClauses['transportMode'],
  index: number,
): Incoterm {
  // A few sea-only rules on air freight, for the contract check to find.
  if (mode === 'air' && index % 23 === 4) return 'CIF';
  if (mode === 'sea') return random.weighted({ FOB: 45, CIF: 30, CFR: 15, DAP: 7, EXW: 3 });
  if (mode === 'air') return random.weighted({ FCA: 50, CPT: 25, CIP: 15, DAP: 10 });
  return random.weighted({ FCA: 60, DAP: 30, DDP: 10 });
}

function lawAndForum(
  random: Random,
  profile: Profile,
): Pick<Contract, 'governingLaw' | 'disputeResolution'> {
  const choice = random.weighted({ cietac: 55, shiac: 10, siac: 12, lcia: 8, court: 15 });
  switch (choice) {
    case 'cietac':
      return {
        governingLaw: 'CN',
        disputeResolution: {
          kind: 'arbitration',
          seat: 'Beijing',
          institution: 'CIETAC',
          language: random.pick(['English', 'Chinese']),
          arbitrators: random.pick([1, 3]),
        },
      };
    case 'shiac':
      return {
        governingLaw: 'CN',
        disputeResolution: {
          kind: 'arbitration',
          seat: 'Shanghai',
          institution: 'SHIAC',
          language: 'English',
          arbitrators: 3,
        },
      };
    case 'siac':
      return {
        governingLaw: 'SG',
        disputeResolution: {
          kind: 'arbitration',
          seat: 'Singapore',
          institution: 'SIAC',
          language: 'English',
          arbitrators: 3,
        },
      };
    case 'lcia':
      return {
        governingLaw: 'GB',
        disputeResolution: {
          kind: 'arbitration',
          seat: 'London',
          institution: 'LCIA',
          language: 'English',
          arbitrators: 1,
        },
      };
    case 'court':
      return {
        governingLaw: profile.country.code,
        disputeResolution: { kind: 'court', seat: profile.country.port },
      };
    default: {
      const _exhaustive: never = choice;
      return _exhaustive;
    }
  }
}

/** Start rate (in units of 10^-places CNY), the places written, and the swings scripted in. */
const PAIRS = [
  {
    base: 'USD',
    start: 71_800,
    places: 4,
    swing: { from: '2026-07-13', to: '2026-09-11', perDay: -0.0012 },
  },
  {
    base: 'EUR',
    start: 78_600,
    places: 4,
    swing: { from: '2026-07-01', to: '2026-09-30', perDay: 0.0004 },
  },
  {
    base: 'GBP',
    start: 90_800,
    places: 4,
    swing: { from: '2026-05-04', to: '2026-06-12', perDay: -0.0011 },
  },
  {
    base: 'JPY',
    start: 47_800,
    places: 6,
    swing: { from: '2026-08-03', to: '2026-08-28', perDay: 0.0025 },
  },
] as const;

/**
 * Weekday CNY rates of USD, EUR, GBP and JPY from a month before the data to its last day: a
 * mean-reverting random walk with one scripted swing a pair (USD falls about 5 % in Q3 2026, JPY
 * jumps in August, GBP slides in Q2).
 */
export function buildFxRates(random: Random): FxRate[] {
  const out: FxRate[] = [];
  for (const pair of PAIRS) {
    let units: number = pair.start;
    for (let day = dayOf('2024-12-02'); day <= dayOf(DATA_END); day += 1) {
      if (isWeekend(day)) continue;
      const iso = isoOf(day);
      const noise = Math.round(units * (random.next() - 0.5) * 0.006);
      const revert = Math.round((pair.start - units) * 0.01);
      const swing =
        iso >= pair.swing.from && iso <= pair.swing.to ? Math.round(units * pair.swing.perDay) : 0;
      units += noise + (swing === 0 ? revert : 0) + swing;
      out.push({
        base: pair.base,
        quote: 'CNY',
        rate: scaledDecimal(units, pair.places),
        date: iso,
        source: 'CFETS (simulated)',
      });
    }
  }
  return out;
}

/**
 * A small denied-party list, every name fictional. Two entries nearly match a customer in the
 * UAE or Singapore: a score (the library's own `matchScore`) from 0.86 to 0.94, a warning under
 * the default policy but no block; no other customer scores 0.85 (the default threshold) or more
 * against them.
 */
export function buildScreeningList(profiles: readonly Profile[]): ScreeningEntry[] {
  const entries: ScreeningEntry[] = FICTIONAL_ENTRIES.map((entry) => ({
    ...entry,
    aliases: [...entry.aliases],
  }));
  for (const profile of profiles) {
    if (entries.length === FICTIONAL_ENTRIES.length + 2) break;
    if (!NEAR_MATCH_COUNTRIES.includes(profile.country.code)) continue;
    const name = nearMatchOf(profile, profiles);
    if (name === undefined) continue;
    entries.push({
      id: `SL-9${entries.length - FICTIONAL_ENTRIES.length + 1}`,
      name,
      aliases: [],
      country: profile.country.code,
      source: 'Sample denied-party list (fictional)',
      program: 'EXPORT-CONTROL',
      type: 'organisation',
    });
  }
  return entries;
}

const NEAR_MATCH_COUNTRIES = ['AE', 'SG'];

/** A spelling of the customer's name that scores 0.86–0.94 against it and below 0.85 against the others. */
function nearMatchOf(profile: Profile, profiles: readonly Profile[]): string | undefined {
  const bare = profile.name.slice(0, profile.name.length - profile.country.legalForm.length - 1);
  const [stem = bare, ...rest] = bare.split(' ');
  const split = stem.replace(
    /^([A-Z][a-z]+)([a-z]{4,})$/,
    (_, head: string, tail: string) => `${head} ${tail}`,
  );
  const variants = [
    `${split} ${rest.join(' ')} Trading Limited`,
    `${stem.slice(0, -1)} ${rest.join(' ')} General Trading`,
    `${stem} ${rest.join(' ')} Trading Limited`,
  ];
  return variants.find((variant) => {
    const score = matchScore(profile.name, variant);
    if (score < 0.86 || score > 0.94) return false;
    return profiles.every(
      (other) => other.id === profile.id || matchScore(other.name, variant) < 0.85,
    );
  });
}

const FICTIONAL_ENTRIES: ReadonlyArray<
  Omit<ScreeningEntry, 'aliases'> & { aliases: readonly string[] }
> = [
  {
    id: 'SL-01',
    name: 'Blackwater Ridge Holdings Ltd',
    aliases: ['BRH Holdings'],
    country: 'CY',
    source: 'Sample denied-party list (fictional)',
    program: 'SANCTIONS',
    type: 'organisation',
  },
  {
    id: 'SL-02',
    name: 'Zephyr Dynamics FZE',
    aliases: ['Zefir Dinamik'],
    country: 'AE',
    source: 'Sample denied-party list (fictional)',
    program: 'EXPORT-CONTROL',
    type: 'organisation',
  },
  {
    id: 'SL-03',
    name: 'Crimson Lantern Shipping Co.',
    aliases: [],
    country: 'PA',
    source: 'Sample denied-party list (fictional)',
    program: 'SANCTIONS',
    type: 'organisation',
  },
  {
    id: 'SL-04',
    name: 'MV Silent Heron',
    aliases: ['Silent Heron'],
    source: 'Sample denied-party list (fictional)',
    program: 'SANCTIONS',
    type: 'vessel',
  },
  {
    id: 'SL-05',
    name: 'Ivan Petrovich Sokolov',
    aliases: ['I. P. Sokolov'],
    source: 'Sample denied-party list (fictional)',
    program: 'SANCTIONS',
    type: 'person',
  },
  {
    id: 'SL-06',
    name: 'Northgate Precision Components',
    aliases: [],
    country: 'TR',
    source: 'Company watch list (fictional)',
    type: 'organisation',
  },
  {
    id: 'SL-07',
    name: 'Golden Mirage Import & Export LLC',
    aliases: ['Golden Mirage I/E'],
    country: 'IR',
    source: 'Sample denied-party list (fictional)',
    program: 'SANCTIONS',
    type: 'organisation',
  },
  {
    id: 'SL-08',
    name: 'Obsidian Valley Mining Corp.',
    aliases: [],
    country: 'KP',
    source: 'Sample denied-party list (fictional)',
    program: 'SANCTIONS',
    type: 'organisation',
  },
  {
    id: 'SL-09',
    name: 'Sable Aero Leasing',
    aliases: [],
    country: 'SY',
    source: 'Sample denied-party list (fictional)',
    type: 'aircraft',
  },
  {
    id: 'SL-10',
    name: 'Pallas Dual-Use Technologies',
    aliases: ['Pallas DUT'],
    country: 'BY',
    source: 'Sample denied-party list (fictional)',
    program: 'EXPORT-CONTROL',
    type: 'organisation',
  },
];
