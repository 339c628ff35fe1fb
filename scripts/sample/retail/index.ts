import type {
  AccountManager,
  Complaint,
  CreditNote,
  Customer,
  Order,
  Product,
  ProductCategory,
  SurveyResponse,
  Target,
  Team,
  TrainingRecord,
} from '../../../src/model';
import { decimalOf, minorOf } from '../amounts';
import { addDays, dayOf, isoOf, quarterOf, quartersBetween } from '../calendar';
import { numbered } from '../exportTrader/feedback';
import { byText } from '../format';
import { createRandom, deriveSeed, type Random } from '../random';
import type { SampleCollections } from '../SampleCollections';

/**
 * The retail chain (the second source article): six stores in two regions, three account
 * managers a store who look after the store's members, everything in CNY, purchases paid at the
 * till (no invoices), from 2025-01-01 to 2026-09-30.
 */
const DATA_START = '2025-01-01';
const DATA_END = '2026-09-30';

const REGIONS: Team[] = [
  { id: 'RG-E', name: '华东区 East China' },
  { id: 'RG-S', name: '华南区 South China' },
];
const STORES = [
  { id: 'ST-SH1', name: '上海徐汇店 Shanghai Xuhui', region: 'RG-E', city: 'Shanghai' },
  { id: 'ST-SH2', name: '上海浦东店 Shanghai Pudong', region: 'RG-E', city: 'Shanghai' },
  { id: 'ST-HZ', name: '杭州西湖店 Hangzhou Xihu', region: 'RG-E', city: 'Hangzhou' },
  { id: 'ST-GZ', name: '广州天河店 Guangzhou Tianhe', region: 'RG-S', city: 'Guangzhou' },
  { id: 'ST-SZ', name: '深圳福田店 Shenzhen Futian', region: 'RG-S', city: 'Shenzhen' },
  { id: 'ST-XM', name: '厦门思明店 Xiamen Siming', region: 'RG-S', city: 'Xiamen' },
] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'.split('');
const GIVEN = '伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玲'.split('');
const CATEGORIES: ProductCategory[] = [
  { id: 'APPAREL', name: '服装 Apparel' },
  { id: 'BEAUTY', name: '美妆 Beauty' },
  { id: 'HOME', name: '家居 Home' },
  { id: 'FOOD', name: '食品 Food' },
  { id: 'KIDS', name: '母婴 Kids' },
];
const PRODUCTS: Array<Product & { price: number }> = [
  ['R-COAT', '羊毛大衣 Wool coat', 'APPAREL', 129_900],
  ['R-SHIRT', '衬衫 Shirt', 'APPAREL', 19_900],
  ['R-DRESS', '连衣裙 Dress', 'APPAREL', 45_900],
  ['R-SERUM', '精华液 Serum', 'BEAUTY', 38_000],
  ['R-CREAM', '面霜 Face cream', 'BEAUTY', 26_800],
  ['R-LIP', '口红 Lipstick', 'BEAUTY', 16_900],
  ['R-DUVET', '蚕丝被 Silk duvet', 'HOME', 159_900],
  ['R-TOWEL', '毛巾套装 Towel set', 'HOME', 8_900],
  ['R-TEA', '龙井茶 Longjing tea', 'FOOD', 32_800],
  ['R-NUTS', '坚果礼盒 Nut gift box', 'FOOD', 12_800],
  ['R-MILK', '婴儿奶粉 Infant formula', 'KIDS', 35_800],
  ['R-STROLL', '婴儿推车 Stroller', 'KIDS', 219_900],
].map(
  ([id, name, categoryId, price]) =>
    ({ id, name, categoryId, price }) as Product & { price: number },
);

type Tier = 'gold' | 'silver' | 'standard';
const MONTHLY_RATE: Record<Tier, number> = { gold: 0.6, silver: 0.25, standard: 0.08 };

interface Member {
  readonly customer: Customer;
  readonly tier: Tier;
  readonly joinDay: number;
}

export function buildRetail(seed: number): SampleCollections {
  const part = (name: string) => createRandom(deriveSeed(seed, `retail/${name}`));
  const managers = buildManagers();
  const members = buildMembers(part('members'), managers);
  const orders = buildOrders(part('orders'), members);
  return {
    company: {
      id: 'retail',
      name: 'Jiahe Department Stores 嘉禾百货',
      baseCurrency: 'CNY',
      dataStart: DATA_START,
      dataEnd: DATA_END,
      closePeriod: '2026-Q3',
    },
    collections: {
      teams: [
        ...REGIONS,
        ...STORES.map(
          (s, i): Team => ({
            id: s.id,
            name: s.name,
            parentTeamId: s.region,
            managerId: `RM-${String(i * 3 + 1).padStart(2, '0')}`,
          }),
        ),
      ],
      accountManagers: managers,
      productCategories: CATEGORIES,
      products: PRODUCTS.map(({ price: _price, ...product }) => product),
      customers: members.map((m) => m.customer),
      orders,
      creditNotes: buildReturns(part('returns'), orders),
      surveyResponses: buildSurveys(part('surveys'), orders),
      complaints: buildComplaints(part('complaints'), orders),
      trainingRecords: buildTraining(part('training'), managers),
      targets: buildTargets(part('targets'), managers, orders, members),
    },
  };
}

function buildManagers(): AccountManager[] {
  const names = [
    '林静',
    '高翔',
    '何雪',
    '郭斌',
    '罗敏',
    '朱琳',
    '胡军',
    '梁洁',
    '宋涛',
    '谢婷',
    '韩冰',
    '唐宁',
    '冯雷',
    '曹颖',
    '彭辉',
    '曾琪',
    '蒋超',
    '蔡欣',
  ];
  return names.map((name, i) => {
    const store = STORES[Math.floor(i / 3)] as (typeof STORES)[number];
    const lead = `RM-${String(Math.floor(i / 3) * 3 + 1).padStart(2, '0')}`;
    const id = `RM-${String(i + 1).padStart(2, '0')}`;
    return {
      id,
      name,
      teamId: store.id,
      ...(id === lead ? {} : { managerId: lead }),
      hireDate: isoOf(dayOf('2016-03-01') + ((i * 389) % 3400)),
      payCurrency: 'CNY',
    };
  });
}

function buildMembers(random: Random, managers: readonly AccountManager[]): Member[] {
  return Array.from({ length: 400 }, (_, i) => {
    const store = random.pick(STORES);
    const tier = random.weighted<Tier>({ gold: 10, silver: 30, standard: 60 });
    const joined =
      i % 10 === 9
        ? dayOf('2026-01-03') + random.int(0, 260)
        : dayOf('2018-01-01') + random.int(0, 2550);
    const owner = random.pick(
      managers
        .filter((m) => m.teamId === store.id && m.hireDate <= isoOf(joined))
        .map((m) => m.id)
        .concat(`RM-${String(STORES.indexOf(store) * 3 + 1).padStart(2, '0')}`),
    );
    return {
      tier,
      joinDay: joined,
      customer: {
        id: `M-${String(i + 1).padStart(5, '0')}`,
        name: `${random.pick(SURNAMES)}${random.pick(GIVEN)}${random.chance(0.5) ? random.pick(GIVEN) : ''}`,
        country: 'CN',
        firstDealDate: isoOf(joined),
        ownerId: owner,
        tags: ['member', tier],
        region: store.city,
      },
    };
  });
}

function buildOrders(random: Random, members: readonly Member[]): Order[] {
  const out: Order[] = [];
  const [first, last] = [dayOf(DATA_START), dayOf(DATA_END)];
  for (const member of members) {
    for (let day = Math.max(member.joinDay, first); day <= last; day += 1) {
      if (day !== member.joinDay && !random.chance(MONTHLY_RATE[member.tier] / 30)) continue;
      const lines = Array.from({ length: random.int(1, 2) }, (_, l) => {
        const product = random.pick(PRODUCTS);
        const promo = random.chance(0.15) ? '0.20' : member.tier === 'gold' ? '0.05' : undefined;
        return {
          lineId: String(l + 1),
          productId: product.id,
          categoryId: product.categoryId,
          quantity: String(random.int(1, 3)),
          unitPrice: decimalOf(product.price, 'CNY'),
          ...(promo === undefined ? {} : { discount: { kind: 'rate' as const, rate: promo } }),
          unitCost: decimalOf(Math.round((product.price * random.int(45, 65)) / 100), 'CNY'),
        };
      });
      out.push({
        id: '',
        customerId: member.customer.id,
        ownerId: member.customer.ownerId,
        orderDate: isoOf(day),
        currency: 'CNY',
        status: 'completed',
        lines,
      });
    }
  }
  out.sort((a, b) => byText(a.orderDate, b.orderDate) || byText(a.customerId, b.customerId));
  return out.map((order, i) => ({ ...order, id: `RS-${String(i + 1).padStart(5, '0')}` }));
}

/** Returns of 3 % of purchases within two weeks: one line, part of its quantity. */
function buildReturns(random: Random, orders: readonly Order[]): CreditNote[] {
  const out: CreditNote[] = [];
  for (const order of orders) {
    const date = addDays(order.orderDate, random.int(1, 14));
    if (!random.chance(0.03) || date > DATA_END) continue;
    const line = random.pick(order.lines);
    const price = minorOf(line.unitPrice, 'CNY');
    // A rate such as "0.20" read as percent: 20.
    const percent = line.discount?.kind === 'rate' ? minorOf(line.discount.rate, 'CNY') : 0;
    const amount = decimalOf(price - Math.round((price * percent) / 100), 'CNY');
    out.push({
      id: '',
      customerId: order.customerId,
      ownerId: order.ownerId,
      orderId: order.id,
      date,
      currency: 'CNY',
      amount,
      reason: 'return',
      lines: [
        {
          lineId: '1',
          orderLineId: line.lineId,
          productId: line.productId,
          categoryId: line.categoryId,
          quantity: '1',
          amount,
        },
      ],
    });
  }
  return numbered(
    out.sort((a, b) => byText(a.date, b.date)),
    'RCN-',
    4,
  );
}

/** Service quality by manager: RM-05 and RM-14 are rated lower. */
const service = (managerId: string) =>
  managerId === 'RM-05' || managerId === 'RM-14' ? -0.7 : 0.2;

function buildSurveys(random: Random, orders: readonly Order[]): SurveyResponse[] {
  const out: SurveyResponse[] = [];
  for (const order of orders) {
    const date = addDays(order.orderDate, random.int(1, 5));
    if (!random.chance(0.12) || date > DATA_END) continue;
    const shift = service(order.ownerId);
    out.push({
      id: '',
      customerId: order.customerId,
      ownerId: order.ownerId,
      date,
      csat: Math.min(5, Math.max(1, Math.round(4 + shift + (random.next() - 0.5) * 2))),
      nps: Math.min(10, Math.max(0, Math.round(7.5 + shift * 2 + (random.next() - 0.5) * 4))),
    });
  }
  return numbered(
    out.sort((a, b) => byText(a.date, b.date)),
    'RSV-',
    5,
  );
}

function buildComplaints(random: Random, orders: readonly Order[]): Complaint[] {
  const out: Complaint[] = [];
  for (const order of orders) {
    const rate = service(order.ownerId) < 0 ? 0.04 : 0.012;
    if (!random.chance(rate)) continue;
    const date = addDays(order.orderDate, random.int(0, 7));
    const resolved = addDays(date, random.int(1, 10));
    if (date > DATA_END) continue;
    out.push({
      id: '',
      customerId: order.customerId,
      ownerId: order.ownerId,
      date,
      severity: random.weighted({ low: 50, medium: 35, high: 12, critical: 3 }),
      category: random.pick(['service attitude', 'product quality', 'waiting time', 'refund']),
      ...(resolved <= DATA_END ? { resolvedDate: resolved } : {}),
    });
  }
  return numbered(
    out.sort((a, b) => byText(a.date, b.date)),
    'RCP-',
    4,
  );
}

function buildTraining(random: Random, managers: readonly AccountManager[]): TrainingRecord[] {
  const courses = [
    ['PRODUCT-KNOWLEDGE', '8'],
    ['SALES-SKILLS', '12'],
    ['SERVICE-SKILLS', '6'],
    ['CRM-SYSTEM', '4'],
  ] as const;
  const out: TrainingRecord[] = [];
  for (const manager of managers)
    for (const [courseId, hours] of courses) {
      if (!random.chance(0.8)) continue;
      const date = isoOf(dayOf(DATA_START) + random.int(0, dayOf(DATA_END) - dayOf(DATA_START)));
      out.push({
        id: '',
        managerId: manager.id,
        courseId,
        date,
        hours,
        completed: random.chance(0.85),
      });
    }
  return numbered(
    out.sort((a, b) => byText(a.date, b.date)),
    'RTR-',
    3,
  );
}

/** Quarterly 2026 sales and new-member targets per manager, sized from what each sold. */
function buildTargets(
  random: Random,
  managers: readonly AccountManager[],
  orders: readonly Order[],
  members: readonly Member[],
): Target[] {
  const sold = new Map<string, number>();
  for (const order of orders) {
    const key = `${order.ownerId}|${quarterOf(order.orderDate)}`;
    const value = order.lines.reduce(
      (sum, l) => sum + Number(l.quantity) * minorOf(l.unitPrice, 'CNY'),
      0,
    );
    sold.set(key, (sold.get(key) ?? 0) + value);
  }
  const joined = new Map<string, number>();
  for (const m of members) {
    const key = `${m.customer.ownerId}|${quarterOf(isoOf(m.joinDay))}`;
    joined.set(key, (joined.get(key) ?? 0) + 1);
  }
  const out: Target[] = [];
  for (const manager of managers)
    for (const period of quartersBetween('2026-Q1', '2026-Q3')) {
      const factor =
        manager.id === 'RM-05' || manager.id === 'RM-14'
          ? random.int(120, 140)
          : random.int(80, 98);
      const amount = Math.max(
        1_000_000,
        Math.round(((sold.get(`${manager.id}|${period}`) ?? 0) * factor) / 100 / 100_000) * 100_000,
      );
      const base = {
        subjectKind: 'manager' as const,
        subjectId: manager.id,
        period,
        effectiveFrom: '2025-12-20',
      };
      out.push({
        id: '',
        ...base,
        metric: 'sales_amount',
        value: { amount: decimalOf(amount, 'CNY'), currency: 'CNY' },
      });
      out.push({
        id: '',
        ...base,
        metric: 'new_customers',
        value: String(Math.max(1, (joined.get(`${manager.id}|${period}`) ?? 0) + random.int(0, 2))),
      });
    }
  return numbered(out, 'RTG-', 3);
}
