/**
 * Synthetic book for the assignment benchmark: `customers` customers over `managers` managers,
 * deterministic (a linear congruential sequence, no Math.random). Grades A (10 %), B (30 %),
 * C (60 %); five regions, four languages; values 100.00–99,999.00 USD; 80 % have a current
 * owner; one manager in fifty has left; managers hired 2012–2025, in ten teams.
 */
export function assignmentBook(customers: number, managers: number) {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n); // the high bits: the low ones cycle quickly
  };
  const regions = ['north', 'south', 'east', 'west', 'central'];
  const languages = ['en', 'zh', 'de', 'es'];
  const ms = Array.from({ length: managers }, (_, i) => ({
    id: `M-${String(i).padStart(4, '0')}`,
    teamId: `T-${i % 10}`,
    hireDate: `${2012 + (i % 14)}-0${1 + (i % 9)}-15`,
    ...(i % 50 === 49 ? { leaveDate: '2026-03-31' } : {}),
    languages: ['en', languages[i % 4] as string],
    kpiScore: String(50 + (i % 50)),
  }));
  const cs = Array.from({ length: customers }, (_, i) => {
    const g = next(10);
    return {
      id: `C-${String(i).padStart(6, '0')}`,
      grade: g === 0 ? 'A' : g < 4 ? 'B' : 'C',
      region: regions[next(5)] as string,
      language: languages[next(4)] as string,
      value: { amount: `${100 + next(99_900)}.00`, currency: 'USD' },
    };
  });
  const current = cs.flatMap((c, i) =>
    i % 5 === 4 ? [] : [{ customerId: c.id, managerId: (ms[next(managers)] as { id: string }).id }],
  );
  return { customers: cs, managers: ms, current };
}

/** The benchmark policy: key customers need 3+ years, two territories by region, capacities. */
export const BENCH_POLICY = {
  effectiveFrom: '2026-01-01',
  currency: 'USD',
  rules: [
    {
      id: 'senior-for-key',
      when: { fact: 'customer.grade', operator: 'eq', value: 'A' },
      require: { fact: 'manager.seniorityYears', operator: 'gte', value: 3 },
    },
  ],
  territories: [
    {
      id: 'north',
      when: { fact: 'customer.region', operator: 'eq', value: 'north' },
      teams: ['T-0', 'T-1', 'T-2'],
    },
  ],
  capacity: { default: { maxCustomers: 400, byGrade: { A: 60 } } },
  tolerance: { customers: 2 },
};

/**
 * The plain greedy reference: plain numbers, no schema, no traces, the same eligibility
 * evaluated per customer and manager by hand: keep eligible current owners, then each other
 * customer to the eligible manager with the fewest customers.
 */
export function plainGreedy(book: ReturnType<typeof assignmentBook>, asOfYear: number): number[] {
  const index = new Map(book.managers.map((m, i) => [m.id, i] as const));
  const load = new Array<number>(book.managers.length).fill(0);
  const gradeA = new Array<number>(book.managers.length).fill(0);
  const senior = book.managers.map((m) => asOfYear - Number(m.hireDate.slice(0, 4)) - 1 >= 3);
  const left = book.managers.map((m) => m.leaveDate !== undefined);
  const north = book.managers.map((m) => ['T-0', 'T-1', 'T-2'].includes(m.teamId));
  const owner = new Map(
    book.current.map((c) => [c.customerId, index.get(c.managerId) ?? -1] as const),
  );
  const ok = (c: (typeof book.customers)[number], m: number) =>
    !left[m] &&
    (c.region !== 'north' || north[m]) &&
    (c.grade !== 'A' || (senior[m] && (gradeA[m] as number) < 60)) &&
    (load[m] as number) < 400;
  const chosen = new Array<number>(book.customers.length).fill(-1);
  book.customers.forEach((c, i) => {
    const m = owner.get(c.id) ?? -1;
    if (m >= 0 && ok(c, m)) {
      chosen[i] = m;
      load[m] = (load[m] as number) + 1;
      if (c.grade === 'A') gradeA[m] = (gradeA[m] as number) + 1;
    }
  });
  book.customers.forEach((c, i) => {
    if (chosen[i] !== -1) return;
    let best = -1;
    for (let m = 0; m < book.managers.length; m += 1)
      if (ok(c, m) && (best === -1 || (load[m] as number) < (load[best] as number))) best = m;
    if (best === -1) return;
    chosen[i] = best;
    load[best] = (load[best] as number) + 1;
    if (c.grade === 'A') gradeA[best] = (gradeA[best] as number) + 1;
  });
  return chosen;
}
