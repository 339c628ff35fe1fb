/**
 * Deterministic synthetic data for the screening bench: a denied-party list of `entries` entries
 * (organisations, people, vessels, Chinese company names; a quarter with aliases) and `parties`
 * counterparties, of which `derivedShare` are list names (a name or an alias) perturbed one to
 * three times — typos, swapped tokens, legal forms added, removed or changed, diacritics and case,
 * spacing and punctuation — and the rest fresh names drawn from the same vocabulary (rejected
 * when they normalise to a list name, so every fresh party is a true negative). All from a
 * seeded PRNG: every run screens the same data.
 */
import { normaliseName, type ScreeningEntry, type ScreeningParty } from '../src/risk';
import { seededRandom } from './_support/gradingData';

type Random = () => number;

/** Consonant–vowel syllables, some closed by a coda: 20 × 5 × 4 = 400 of them. */
const SYLLABLES = 'b c d f g h j k l m n p r s t v w y z sh'
  .split(' ')
  .flatMap((c) => 'a e i o u'.split(' ').flatMap((v) => ['', 'n', 'r', 'l'].map((k) => c + v + k)));
const DESCRIPTORS =
  'trading shipping petroleum industrial holdings group international logistics technologies energy marine chemicals metals mining finance investment capital engineering construction electronics textiles pharmaceuticals agro foods import export general global united national eastern western pacific atlantic gulf asia euro star golden royal development resources commodities aviation services systems supply partners ventures enterprises'.split(
    ' ',
  );
const LEGAL = [
  'Ltd',
  'Ltd.',
  'Limited',
  'LLC',
  'L.L.C.',
  'Inc.',
  'Corp.',
  'Co., Ltd.',
  'GmbH',
  'AG',
  'S.A.',
  'SA',
  'S.A.R.L.',
  'SRL',
  'B.V.',
  'N.V.',
  'PLC',
  'FZE',
  'JSC',
  'OOO',
  'Sdn Bhd',
  'Pte Ltd',
];
const FIRST =
  'Mohammed Ali Ahmad Hassan Hussein Omar Ivan Sergei Dmitri Vladimir Alexei Nikolai Olga Elena Natalia Tatiana Wei Li Jun Ming Hui Yan Kim Min Jae Hyun José María Juan Carlos Luis Ana Pedro Javier François Jean Pierre Marie Hélène Jürgen Klaus Günter Søren Lars Björn Ahmet Mehmet Ayşe Fatma Yusuf Ibrahim Khalid Abdul Rashid Reza Farid Amir Leila Nadia Samir Tariq Viktor Yuri Pavel Andrei Mikhail Oleg Boris Anatoly Gennady Raúl Ernesto Fidel Nicolás Diego Andrés Jorge Ricardo Emilio Hugo Otto Hans Peter Paul John James Robert Michael David Richard Thomas Charles Daniel Matthew George Edward Brian Kevin Ronald Anthony Mark Steven Andrew Kenneth Joshua'.split(
    ' ',
  );
const LAST =
  'Petrov Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Alekseev Orlov Pavlov Semenov Zhang Wang Chen Liu Yang Huang Zhao Zhou Wu Xu Sun Ma Zhu Hu Guo Lin Kim Lee Park Choi Jung Kang Cho Yoon Garcia Rodriguez Martinez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Dubois Moreau Laurent Lefèvre Rousseau Al-Rashid Al-Hakim Haddad Khoury Nasser Mansour Saleh Aziz Karimi Hosseini Rahimi Yılmaz Kaya Demir Şahin Çelik Öztürk Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris Martin Thompson'.split(
    ' ',
  );
const HAN =
  '华星海天金龙盛泰中国东方远洋宏达恒信永安瑞丰鑫源新世纪长江汇通万嘉隆昌富德利兴南北联合'.split(
    '',
  );
const HAN_TRADE = ['贸易', '科技', '实业', '化工', '能源', '国际', '航运', '石油'];
const HAN_LEGAL = ['有限公司', '股份有限公司', '有限责任公司', ''];
const COUNTRIES =
  'RU IR KP SY CU VE BY CN AE TR HK SG MY LB IQ AF MM SD LY YE PK KZ UZ GE AM AZ RS BA VN TH'.split(
    ' ',
  );
const SOURCES = ['OFAC SDN', 'EU FSF', 'UN', 'UK OFSI'];
const PROGRAMS = [
  'IRAN',
  'RUSSIA-EO14024',
  'DPRK',
  'SYRIA',
  'SDGT',
  'CUBA',
  'VENEZUELA',
  'BELARUS',
];

const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const title = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
function coined(random: Random): string {
  const n = random() < 0.5 ? 2 : 3;
  let word = '';
  for (let i = 0; i < n; i += 1) word += pick(random, SYLLABLES);
  return title(word);
}

function organisation(random: Random): string {
  const words = [coined(random)];
  if (random() < 0.3) words.push(coined(random));
  const descriptors = random() < 0.5 ? 1 : 2;
  for (let i = 0; i < descriptors; i += 1) words.push(title(pick(random, DESCRIPTORS)));
  if (random() < 0.7) words.push(pick(random, LEGAL));
  return words.join(' ');
}

function person(random: Random): string {
  const words = [pick(random, FIRST)];
  if (random() < 0.5) words.push(random() < 0.5 ? pick(random, FIRST) : coined(random));
  words.push(random() < 0.4 ? pick(random, LAST) : coined(random));
  return words.join(' ');
}

function chinese(random: Random): string {
  let name = '';
  const n = 2 + Math.floor(random() * 3);
  for (let i = 0; i < n; i += 1) name += pick(random, HAN);
  return name + pick(random, HAN_TRADE) + pick(random, HAN_LEGAL);
}

function nameOf(random: Random, type: ScreeningEntry['type']): string {
  if (type === 'person') return person(random);
  if (type === 'vessel')
    return `MV ${coined(random)}${random() < 0.5 ? ` ${title(pick(random, DESCRIPTORS))}` : ''}`;
  return random() < 0.08 ? chinese(random) : organisation(random);
}

function aliasOf(random: Random, name: string, type: ScreeningEntry['type']): string {
  const words = name.split(' ');
  if (type === 'person' && words.length > 1)
    return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
  if (words.length > 2) return words.slice(0, -1).join(' ');
  return `${name} ${coined(random)}`;
}

export interface ScreeningBenchData {
  readonly entries: ScreeningEntry[];
  readonly parties: ScreeningParty[];
  /** Party id → the id of the list entry it was derived from (derived parties only). */
  readonly truth: ReadonlyMap<string, string>;
}

/** The bench data for a seed. */
export function screeningData(
  options: { entries?: number; parties?: number; derivedShare?: number; seed?: number } = {},
): ScreeningBenchData {
  const {
    entries: count = 20_000,
    parties: partyCount = 100_000,
    derivedShare = 0.05,
    seed = 20261207,
  } = options;
  const random = seededRandom(seed);
  const entries: ScreeningEntry[] = [];
  const listNames = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const type = r < 0.55 ? 'organisation' : r < 0.92 ? 'person' : 'vessel';
    const name = nameOf(random, type);
    const aliases = random() < 0.25 ? [aliasOf(random, name, type)] : [];
    if (aliases.length > 0 && random() < 0.3) aliases.push(nameOf(random, type));
    const entry: ScreeningEntry = {
      id: `E-${String(i).padStart(6, '0')}`,
      name,
      aliases,
      source: pick(random, SOURCES),
      program: pick(random, PROGRAMS),
      type,
      country: pick(random, COUNTRIES),
    };
    entries.push(entry);
    for (const n of [name, ...aliases]) listNames.add(normaliseName(n));
  }
  const parties: ScreeningParty[] = [];
  const truth = new Map<string, string>();
  for (let i = 0; i < partyCount; i += 1) {
    const id = `P-${String(i).padStart(6, '0')}`;
    if (random() < derivedShare) {
      const entry = pick(random, entries);
      const source =
        random() < 0.8 || entry.aliases.length === 0 ? entry.name : pick(random, entry.aliases);
      parties.push({ id, name: perturb(random, source) });
      truth.set(id, entry.id);
    } else {
      let name: string;
      do {
        const r = random();
        name = nameOf(random, r < 0.6 ? 'organisation' : r < 0.97 ? 'person' : 'vessel');
      } while (listNames.has(normaliseName(name)));
      parties.push({ id, name });
    }
  }
  return { entries, parties, truth };
}

const ACCENTS: Record<string, string[]> = {
  a: ['á', 'ä', 'à'],
  e: ['é', 'è', 'ë'],
  i: ['í', 'ï'],
  o: ['ó', 'ö', 'ø'],
  u: ['ú', 'ü'],
  c: ['ç'],
  n: ['ñ'],
  s: ['ş'],
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const isLegal = (word: string) => LEGAL.some((form) => form.split(' ').at(-1) === word);

/** One to three perturbations of a name, each of a kind drawn at random. */
export function perturb(random: Random, name: string): string {
  const times = random() < 0.5 ? 1 : random() < 0.8 ? 2 : 3;
  let out = name;
  for (let i = 0; i < times; i += 1)
    out = PERTURBATIONS[Math.floor(random() * PERTURBATIONS.length)]?.(random, out) ?? out;
  return out;
}

const PERTURBATIONS: ReadonlyArray<(random: Random, name: string) => string> = [
  // a typo in one token of four or more letters: substitution, deletion, insertion or transposition
  (random, name) => {
    const words = name.split(' ');
    const long = words
      .map((w, i) => [w, i] as const)
      .filter(([w]) => w.length >= 4 && /^\p{Script=Latin}+$/u.test(w));
    if (long.length === 0) return name;
    const [word, at] = pick(random, long);
    const i = 1 + Math.floor(random() * (word.length - 2));
    const kind = Math.floor(random() * 4);
    const letter = pick(random, LETTERS.split(''));
    words[at] =
      kind === 0
        ? word.slice(0, i) + letter + word.slice(i + 1)
        : kind === 1
          ? word.slice(0, i) + word.slice(i + 1)
          : kind === 2
            ? word.slice(0, i) + letter + word.slice(i)
            : word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1);
    return words.join(' ');
  },
  // swapped tokens: two of the name's words change places
  (random, name) => {
    const words = name.split(' ').filter((w) => !isLegal(w));
    if (words.length < 2) return name;
    const i = Math.floor(random() * (words.length - 1));
    [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
    return words.join(' ');
  },
  // a legal form removed, changed or added
  (random, name) => {
    const words = name.split(' ');
    if (words.length > 1 && isLegal(words.at(-1) as string)) {
      const rest = words
        .slice(0, -1)
        .join(' ')
        .replace(/,? Co\.,?$/, '');
      return random() < 0.5 ? rest : `${rest} ${pick(random, LEGAL)}`;
    }
    return `${name}${random() < 0.3 ? ',' : ''} ${pick(random, LEGAL)}`;
  },
  // diacritics added, and the case changed
  (random, name) => {
    const accented = [...name]
      .map((c) =>
        ACCENTS[c] !== undefined && random() < 0.4 ? pick(random, ACCENTS[c] as string[]) : c,
      )
      .join('');
    return random() < 0.5 ? accented.toUpperCase() : accented.toLowerCase();
  },
  // spacing and punctuation: two words joined, a word split, or a hyphen or dots between words
  (random, name) => {
    const words = name.split(' ');
    const kind = Math.floor(random() * 3);
    if (kind === 0 && words.length > 1) {
      const i = Math.floor(random() * (words.length - 1));
      return [
        ...words.slice(0, i),
        (words[i] as string) + (words[i + 1] as string),
        ...words.slice(i + 2),
      ].join(' ');
    }
    const long = words.findIndex((w) => w.length >= 6);
    if (kind === 1 && long >= 0) {
      const w = words[long] as string;
      const cut = 2 + Math.floor(random() * (w.length - 3));
      words[long] = `${w.slice(0, cut)} ${w.slice(cut)}`;
      return words.join(' ');
    }
    return words.join(random() < 0.5 ? '-' : '. ');
  },
];
