/**
 * The plain-number reference of the KPI benchmark: the same twelve metrics by the same rules as
 * `measureKpis` (see its TSDoc) and the same scorecard arithmetic as `scoreScorecard` (linear
 * and ratio curves, scale, gates, weighted sum) with JavaScript numbers — binary floats, no
 * validation, no evidence, no traces. Only the benchmark's shapes are handled.
 */
// biome-ignore lint/suspicious/noExplicitAny: the plain-number reference reads untyped rows
type Row = Record<string, any>;

interface Acc {
  sales: number;
  credits: number;
  prior: number;
  priorCredits: number;
  orders: number;
  completed: number;
  due: number;
  onTime: number;
  newCustomers: number;
  amountDue: number;
  collected: number;
  receivables: number;
  invoiced: number;
  complaints: number;
  csat: number;
  csatPos: number;
  nps: number;
  promoters: number;
  detractors: number;
  assigned: number;
  done: number;
  target: number | null;
}
const acc = (): Acc => ({
  sales: 0,
  credits: 0,
  prior: 0,
  priorCredits: 0,
  orders: 0,
  completed: 0,
  due: 0,
  onTime: 0,
  newCustomers: 0,
  amountDue: 0,
  collected: 0,
  receivables: 0,
  invoiced: 0,
  complaints: 0,
  csat: 0,
  csatPos: 0,
  nps: 0,
  promoters: 0,
  detractors: 0,
  assigned: 0,
  done: 0,
  target: null,
});

export interface FloatPeriod {
  start: string;
  end: string;
  priorStart: string;
  priorEnd: string;
  asOf: string;
  days: number;
  label: string;
}

export function floatMeasure(
  facts: Record<string, Row[]>,
  p: FloatPeriod,
  rate: (currency: string, date: string) => number,
) {
  const by = new Map<string, Acc>();
  const get = (m: string) => {
    let a = by.get(m);
    if (a === undefined) {
      a = acc();
      by.set(m, a);
    }
    return a;
  };
  const inP = (d: string) => d >= p.start && d < p.end;
  const owners = new Map<string, { owner: string; first?: string }>();
  for (const c of facts.customers ?? [])
    owners.set(c.id, { owner: c.ownerId, first: c.firstDealDate });
  const firstOrder = new Map<string, { date: string; owner: string }>();
  const due = new Map<string, { owner: string; promised: string; left: Map<string, number> }>();
  for (const o of facts.orders ?? []) {
    if (o.status === 'cancelled') continue;
    const f = owners.get(o.customerId)?.first === undefined ? firstOrder.get(o.customerId) : null;
    if (f === undefined || (f !== null && o.orderDate < f.date))
      firstOrder.set(o.customerId, { date: o.orderDate, owner: o.ownerId });
    if (o.promisedDate !== undefined && inP(o.promisedDate))
      due.set(o.id, {
        owner: o.ownerId,
        promised: o.promisedDate,
        left: new Map(o.lines.map((l: Row) => [l.lineId, Number(l.quantity)])),
      });
    const cur = inP(o.orderDate);
    if (!cur && !(o.orderDate >= p.priorStart && o.orderDate < p.priorEnd)) continue;
    let net = 0;
    for (const l of o.lines) {
      const gross = Number(l.quantity) * Number(l.unitPrice);
      net += l.discount?.kind === 'rate' ? gross - gross * Number(l.discount.rate) : gross;
    }
    const a = get(o.ownerId);
    const base = net * rate(o.currency, o.orderDate);
    if (cur) {
      a.sales += base;
      a.orders += 1;
      if (o.status === 'completed') a.completed += 1;
    } else a.prior += base;
  }
  for (const d of facts.deliveries ?? []) {
    const o = due.get(d.orderId);
    if (o === undefined || d.date > o.promised) continue;
    for (const l of d.lines)
      if (o.left.has(l.lineId))
        o.left.set(l.lineId, (o.left.get(l.lineId) as number) - Number(l.quantity));
  }
  for (const o of due.values()) {
    const a = get(o.owner);
    a.due += 1;
    if ([...o.left.values()].every((x) => x <= 0)) a.onTime += 1;
  }
  const inv = new Map<
    string,
    { owner: string; total: number; due: boolean; open: boolean; paid: number; credited: number }
  >();
  for (const v of facts.invoices ?? []) {
    const isDue = inP(v.dueDate);
    const open = v.issueDate <= p.asOf;
    const issued = inP(v.issueDate);
    if (!isDue && !open && !issued) continue;
    const total = Number(v.total) * rate(v.currency, v.issueDate);
    if (issued) get(v.ownerId).invoiced += total;
    inv.set(v.id, { owner: v.ownerId, total, due: isDue, open, paid: 0, credited: 0 });
  }
  for (const n of facts.creditNotes ?? []) {
    const amount = Number(n.amount) * rate(n.currency, n.date);
    const v = n.invoiceId === undefined ? undefined : inv.get(n.invoiceId);
    if (v !== undefined && n.date <= p.asOf) v.credited += amount;
    if (inP(n.date)) get(n.ownerId).credits += amount;
    else if (n.date >= p.priorStart && n.date < p.priorEnd) get(n.ownerId).priorCredits += amount;
  }
  for (const pay of facts.payments ?? []) {
    if (pay.date > p.asOf) continue;
    for (const al of pay.allocations) {
      const v = inv.get(al.invoiceId);
      if (v !== undefined) v.paid += Number(al.amount.amount);
    }
  }
  for (const v of inv.values()) {
    const a = get(v.owner);
    const asked = Math.max(v.total - v.credited, 0);
    if (v.due) {
      a.amountDue += asked;
      a.collected += Math.min(v.paid, asked);
    }
    if (v.open) a.receivables += Math.max(asked - v.paid, 0);
  }
  for (const [id, c] of owners) {
    const first = c.first ?? firstOrder.get(id)?.date;
    if (first !== undefined && inP(first)) get(c.owner).newCustomers += 1;
  }
  for (const [id, f] of firstOrder)
    if (!owners.has(id) && inP(f.date)) get(f.owner).newCustomers += 1;
  for (const s of facts.surveyResponses ?? []) {
    if (!inP(s.date)) continue;
    const owner = s.ownerId ?? owners.get(s.customerId)?.owner;
    if (owner === undefined) continue;
    const a = get(owner);
    if (s.csat !== undefined) {
      a.csat += 1;
      if (s.csat >= 4) a.csatPos += 1;
    }
    if (s.nps !== undefined) {
      a.nps += 1;
      if (s.nps >= 9) a.promoters += 1;
      else if (s.nps <= 6) a.detractors += 1;
    }
  }
  for (const k of facts.complaints ?? []) {
    if (!inP(k.date)) continue;
    const owner = k.ownerId ?? owners.get(k.customerId)?.owner;
    if (owner !== undefined) get(owner).complaints += 1;
  }
  for (const t of facts.trainingRecords ?? []) {
    if (!inP(t.date)) continue;
    const a = get(t.managerId);
    a.assigned += 1;
    if (t.completed) a.done += 1;
  }
  for (const t of facts.targets ?? [])
    if (t.subjectKind === 'manager' && t.period === p.label && t.metric === 'sales_amount')
      get(t.subjectId).target = Number(t.value);
  return by;
}

const ratio = (n: number, d: number, k: number) => (d > 0 ? (n * k) / d : null);

/** The twelve metric values of one manager, in the scorecard's KPI order (`null`: no value). */
export function floatValues(a: Acc, days: number): (number | null)[] {
  const sales = a.sales - a.credits;
  const prior = a.prior - a.priorCredits;
  return [
    sales,
    prior > 0 ? ((sales - prior) * 100) / prior : null,
    a.newCustomers,
    ratio(a.completed, a.orders, 100),
    ratio(a.onTime, a.due, 100),
    ratio(a.collected, a.amountDue, 100),
    ratio(a.receivables, a.invoiced, days),
    a.complaints,
    ratio(a.csatPos, a.csat, 100),
    ratio(a.promoters - a.detractors, a.nps, 100),
    ratio(a.done, a.assigned, 100),
    a.target !== null && a.target > 0 ? (sales * 100) / a.target : null,
  ];
}

type Curve =
  | { kind: 'linear'; points: { x: string; y: string }[] }
  | { kind: 'ratio'; cap?: string };

/** The scorecard of the benchmark with numbers: curve, scale, total gate, weighted sum. */
export function floatScore(
  card: {
    kpis: { weight: string; curve: Curve }[];
    gates: { kpi: string; below: string; capAt: string }[];
  },
  gateAt: number,
  values: (number | null)[],
  target: number | null,
): number {
  let total = 0;
  let gateScore = 0;
  card.kpis.forEach((kpi, i) => {
    const x = values[i] ?? 0;
    const c = kpi.curve;
    let y: number;
    if (c.kind === 'ratio')
      y = Math.min(
        target !== null && target > 0 ? x / target : 0,
        c.cap === undefined ? Infinity : Number(c.cap),
      );
    else {
      const pts = c.points.map((p) => [Number(p.x), Number(p.y)] as const);
      const first = pts[0] as readonly [number, number];
      const last = pts[pts.length - 1] as readonly [number, number];
      if (x < first[0]) y = first[1];
      else if (x >= last[0]) y = last[1];
      else {
        let k = 1;
        while ((pts[k] as readonly [number, number])[0] <= x) k += 1;
        const [x0, y0] = pts[k - 1] as readonly [number, number];
        const [x1, y1] = pts[k] as readonly [number, number];
        y = y0 + ((x - x0) * (y1 - y0)) / (x1 - x0);
      }
    }
    y = Math.min(Math.max(y, 0), 100);
    if (i === gateAt) gateScore = y;
    total += (Number(kpi.weight) * y) / 100;
  });
  const gate = card.gates[0];
  if (gate !== undefined && gateScore < Number(gate.below))
    total = Math.min(total, Number(gate.capAt));
  return Math.min(Math.max(total, 0), 100);
}
