import type { SampleCurrency } from '../amounts';

/** Reference tables of the export trader (an industrial-pump exporter in Ningbo). */

export type TeamId = 'T-EU' | 'T-AM' | 'T-AP';

/** A country the trader sells to: its team, usual order currency, legal form, port and weight. */
export interface CountryInfo {
  readonly code: string;
  readonly team: TeamId;
  readonly currency: SampleCurrency;
  readonly legalForm: string;
  readonly port: string;
  /** How many customers it has, relative to the others. */
  readonly weight: number;
  /** Higher country risk (longer open-account terms there are flagged). */
  readonly risky?: boolean;
}

const row = (
  code: string,
  team: TeamId,
  currency: SampleCurrency,
  legalForm: string,
  port: string,
  weight: number,
  risky = false,
): CountryInfo => ({ code, team, currency, legalForm, port, weight, ...(risky ? { risky } : {}) });

/** The 30 countries, ten per team. */
export const COUNTRIES: readonly CountryInfo[] = [
  row('DE', 'T-EU', 'EUR', 'GmbH', 'Hamburg', 9),
  row('FR', 'T-EU', 'EUR', 'S.A.S.', 'Le Havre', 6),
  row('IT', 'T-EU', 'EUR', 'S.r.l.', 'Genoa', 6),
  row('ES', 'T-EU', 'EUR', 'S.L.', 'Valencia', 5),
  row('NL', 'T-EU', 'EUR', 'B.V.', 'Rotterdam', 5),
  row('BE', 'T-EU', 'EUR', 'N.V.', 'Antwerp', 3),
  row('PL', 'T-EU', 'EUR', 'Sp. z o.o.', 'Gdansk', 4),
  row('SE', 'T-EU', 'EUR', 'AB', 'Gothenburg', 3),
  row('IE', 'T-EU', 'EUR', 'Ltd', 'Dublin', 2),
  row('GB', 'T-EU', 'GBP', 'Ltd', 'Felixstowe', 8),
  row('US', 'T-AM', 'USD', 'Inc.', 'Los Angeles', 12),
  row('CA', 'T-AM', 'USD', 'Ltd.', 'Vancouver', 5),
  row('MX', 'T-AM', 'USD', 'S.A. de C.V.', 'Manzanillo', 5),
  row('BR', 'T-AM', 'USD', 'Ltda.', 'Santos', 5),
  row('CL', 'T-AM', 'USD', 'SpA', 'San Antonio', 3),
  row('CO', 'T-AM', 'USD', 'S.A.S.', 'Cartagena', 3),
  row('PE', 'T-AM', 'USD', 'S.A.C.', 'Callao', 2),
  row('AR', 'T-AM', 'USD', 'S.A.', 'Buenos Aires', 2, true),
  row('PA', 'T-AM', 'USD', 'S.A.', 'Colon', 2),
  row('EC', 'T-AM', 'USD', 'S.A.', 'Guayaquil', 2, true),
  row('JP', 'T-AP', 'JPY', 'K.K.', 'Yokohama', 7),
  row('KR', 'T-AP', 'USD', 'Co., Ltd.', 'Busan', 4),
  row('AU', 'T-AP', 'USD', 'Pty Ltd', 'Melbourne', 5),
  row('SG', 'T-AP', 'USD', 'Pte. Ltd.', 'Singapore', 3),
  row('TH', 'T-AP', 'USD', 'Co., Ltd.', 'Laem Chabang', 3),
  row('VN', 'T-AP', 'USD', 'JSC', 'Ho Chi Minh City', 4),
  row('IN', 'T-AP', 'USD', 'Pvt. Ltd.', 'Nhava Sheva', 5),
  row('AE', 'T-AP', 'USD', 'FZE', 'Jebel Ali', 4),
  row('SA', 'T-AP', 'USD', 'LLC', 'Dammam', 3),
  row('ZA', 'T-AP', 'USD', '(Pty) Ltd', 'Durban', 3, true),
];

export const TEAMS: ReadonlyArray<{ id: TeamId; name: string }> = [
  { id: 'T-EU', name: 'Europe 欧洲部' },
  { id: 'T-AM', name: 'Americas 美洲部' },
  { id: 'T-AP', name: 'Asia-Pacific, Middle East & Africa 亚太中东非部' },
];

/** The twelve account managers, four a team; the first of each team leads it. */
export const MANAGERS: ReadonlyArray<{
  id: string;
  name: string;
  team: TeamId;
  hireDate: string;
  leaveDate?: string;
}> = [
  { id: 'AM-01', name: '王丽 Wang Li', team: 'T-EU', hireDate: '2014-03-03' },
  { id: 'AM-02', name: '陈浩 Chen Hao', team: 'T-EU', hireDate: '2018-07-02' },
  { id: 'AM-03', name: '赵敏 Zhao Min', team: 'T-EU', hireDate: '2022-09-05' },
  {
    id: 'AM-04',
    name: '孙磊 Sun Lei',
    team: 'T-EU',
    hireDate: '2019-05-06',
    leaveDate: '2026-08-14',
  },
  { id: 'AM-05', name: '李娜 Li Na', team: 'T-AM', hireDate: '2015-04-13' },
  { id: 'AM-06', name: '刘洋 Liu Yang', team: 'T-AM', hireDate: '2017-11-20' },
  { id: 'AM-07', name: '周杰 Zhou Jie', team: 'T-AM', hireDate: '2021-02-22' },
  { id: 'AM-08', name: '吴静 Wu Jing', team: 'T-AM', hireDate: '2023-06-12' },
  { id: 'AM-09', name: '张伟 Zhang Wei', team: 'T-AP', hireDate: '2013-08-19' },
  { id: 'AM-10', name: '黄蕾 Huang Lei', team: 'T-AP', hireDate: '2016-10-10' },
  { id: 'AM-11', name: '徐峰 Xu Feng', team: 'T-AP', hireDate: '2020-03-16' },
  { id: 'AM-12', name: '马悦 Ma Yue', team: 'T-AP', hireDate: '2026-03-02' },
];

/** Who takes over the leaver's customers (by customer, alternating). */
export const SUCCESSORS: Readonly<Record<string, readonly string[]>> = {
  'AM-04': ['AM-02', 'AM-03'],
};

/** Product categories and products (list prices in US cents, HS codes of the goods). */
export const CATEGORIES = [
  { id: 'PUMP', name: 'Centrifugal pumps 离心泵' },
  { id: 'SUB', name: 'Submersible pumps 潜水泵' },
  { id: 'VALVE', name: 'Valves 阀门' },
  { id: 'MOTOR', name: 'Electric motors 电机' },
  { id: 'PARTS', name: 'Spare parts 配件' },
] as const;

export const PRODUCTS: ReadonlyArray<{
  id: string;
  name: string;
  categoryId: string;
  hsCode: string;
  priceCents: number;
}> = [
  {
    id: 'P-CP50',
    name: 'Centrifugal pump CP-50',
    categoryId: 'PUMP',
    hsCode: '841370',
    priceCents: 38_000,
  },
  {
    id: 'P-CP80',
    name: 'Centrifugal pump CP-80',
    categoryId: 'PUMP',
    hsCode: '841370',
    priceCents: 62_000,
  },
  {
    id: 'P-CP150',
    name: 'Centrifugal pump CP-150',
    categoryId: 'PUMP',
    hsCode: '841370',
    priceCents: 145_000,
  },
  {
    id: 'P-MS40',
    name: 'Multistage pump MS-40',
    categoryId: 'PUMP',
    hsCode: '841370',
    priceCents: 98_000,
  },
  {
    id: 'P-SB10',
    name: 'Submersible pump SB-10',
    categoryId: 'SUB',
    hsCode: '841370',
    priceCents: 21_000,
  },
  {
    id: 'P-SB30',
    name: 'Submersible pump SB-30',
    categoryId: 'SUB',
    hsCode: '841370',
    priceCents: 54_000,
  },
  {
    id: 'P-DW20',
    name: 'Deep-well pump DW-20',
    categoryId: 'SUB',
    hsCode: '841370',
    priceCents: 76_000,
  },
  {
    id: 'P-GV100',
    name: 'Gate valve GV-100',
    categoryId: 'VALVE',
    hsCode: '848180',
    priceCents: 9_500,
  },
  {
    id: 'P-BV150',
    name: 'Butterfly valve BV-150',
    categoryId: 'VALVE',
    hsCode: '848180',
    priceCents: 12_800,
  },
  {
    id: 'P-CV80',
    name: 'Check valve CV-80',
    categoryId: 'VALVE',
    hsCode: '848130',
    priceCents: 6_400,
  },
  { id: 'P-M7', name: 'Motor 7.5 kW', categoryId: 'MOTOR', hsCode: '850152', priceCents: 41_000 },
  { id: 'P-M22', name: 'Motor 22 kW', categoryId: 'MOTOR', hsCode: '850152', priceCents: 93_000 },
  {
    id: 'P-SEAL',
    name: 'Mechanical seal kit',
    categoryId: 'PARTS',
    hsCode: '848420',
    priceCents: 2_600,
  },
  {
    id: 'P-IMP',
    name: 'Impeller, bronze',
    categoryId: 'PARTS',
    hsCode: '841391',
    priceCents: 4_800,
  },
  { id: 'P-BRG', name: 'Bearing set', categoryId: 'PARTS', hsCode: '848210', priceCents: 1_900 },
];

/** Courses: basic (product, CRM, market) and advanced (negotiation, risk, law), from the article. */
export const COURSES: ReadonlyArray<{ id: string; hours: string; level: 'basic' | 'advanced' }> = [
  { id: 'BASIC-PRODUCT', hours: '16', level: 'basic' },
  { id: 'BASIC-CRM', hours: '8', level: 'basic' },
  { id: 'BASIC-MARKET', hours: '6', level: 'basic' },
  { id: 'ADV-NEGOTIATION', hours: '12', level: 'advanced' },
  { id: 'ADV-RISK', hours: '10', level: 'advanced' },
  { id: 'ADV-TRADE-LAW', hours: '12', level: 'advanced' },
];

/** Parts of company names (combined and shuffled so each name is unique). */
export const NAME_HEADS = [
  'Alpen',
  'Baltic',
  'Cedar',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Iron',
  'Juniper',
  'Keystone',
  'Lumen',
  'Meridian',
  'Nordic',
  'Orion',
  'Pacific',
  'Quarry',
  'River',
  'Summit',
  'Tidal',
  'Union',
  'Vista',
  'Westfield',
  'Yarrow',
  'Zenith',
  'Atlas',
  'Beacon',
  'Coral',
  'Dune',
  'Evergreen',
];
export const NAME_TAILS = [
  'flow',
  'tech',
  'line',
  'works',
  'mark',
  'point',
  'stone',
  'field',
  'gate',
  'bridge',
  'port',
  'ridge',
  'wave',
  'core',
  'star',
  'well',
  'dale',
  'crest',
  'land',
  'way',
  'forge',
  'spring',
  'vale',
  'haven',
  'rock',
];
export const NAME_TRADES = [
  'Pumps',
  'Water Systems',
  'Industrial Supply',
  'Engineering',
  'Trading',
  'Hydraulics',
  'Irrigation',
  'Fluid Technology',
];
export const INDUSTRIES = [
  'water utility',
  'agriculture',
  'construction',
  'mining',
  'oil & gas',
  'HVAC',
  'distribution',
];

/** How each manager works: the share of late deliveries and how customers rate the service (−1 … +1). */
export const MANAGER_TRAITS: Readonly<Record<string, { lateRate: number; service: number }>> = {
  'AM-01': { lateRate: 0.08, service: 0.6 },
  'AM-02': { lateRate: 0.1, service: 0.3 },
  'AM-03': { lateRate: 0.14, service: 0 },
  'AM-04': { lateRate: 0.22, service: -0.4 },
  'AM-05': { lateRate: 0.07, service: 0.5 },
  'AM-06': { lateRate: 0.12, service: 0.2 },
  'AM-07': { lateRate: 0.3, service: -0.6 },
  'AM-08': { lateRate: 0.15, service: 0.1 },
  'AM-09': { lateRate: 0.06, service: 0.7 },
  'AM-10': { lateRate: 0.11, service: 0.2 },
  'AM-11': { lateRate: 0.18, service: -0.2 },
  'AM-12': { lateRate: 0.16, service: 0.3 },
};
