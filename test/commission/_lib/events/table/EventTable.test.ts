import { describe, expect, it } from 'vitest';
import { EventTable } from '../../../../../src/commission/_lib/events/table/EventTable';
import { Interner } from '../../../../../src/commission/_lib/exact/Column';
import { Fixed } from '../../../../../src/money/_lib/scaled/Fixed';

const keep = { product: false, category: false, quantity: false, cost: false };

function table(): EventTable {
  return new EventTable('2026-03-01', '2026-03-04', new Interner(), keep);
}

/** Books an order row of `lines` lines, each of amount 10 × its number. */
function order(t: EventTable, id: string, index: number, date: string, lines: number): void {
  t.beginRow(0, id, index, date, date, 'USD', 'C-1', 'AM-1', null, -1);
  for (let l = 0; l < lines; l += 1)
    t.pushLine(String(l + 1), l, new Fixed(10 * (l + 1), 0), null, null, null, null);
}

/** Each row's document, day and events' amounts, in table order. */
function rows(t: EventTable): string[] {
  return Array.from({ length: t.rows }, (_, r) => {
    const events = Array.from({ length: t.n }, (_, e) => e).filter((e) => t.row[e] === r);
    expect(events[0]).toBe(t.rowFirst[r]);
    return `${t.rowDoc[r]}@${t.days[t.rowDay[r] as number]}:${events.map((e) => t.amtU[e]).join(',')}`;
  });
}

describe('EventTable.layDays', () => {
  it('writes each order to its day as it is read, in input order within the day', () => {
    const t = table();
    // Days 2, 0, 2, 1 in input order: 1 + 1 + 2 orders, 2 + 1 + (3 + 1) lines.
    t.layDays(new Int32Array([1, 1, 2]), new Int32Array([2, 1, 4]));
    order(t, 'SO-1', 0, '2026-03-03', 3);
    order(t, 'SO-2', 1, '2026-03-01', 2);
    order(t, 'SO-3', 2, '2026-03-03', 1);
    order(t, 'SO-4', 3, '2026-03-02', 1);
    t.closeDays();
    expect(rows(t)).toEqual([
      'SO-2@2026-03-01:10,20',
      'SO-4@2026-03-02:10',
      'SO-1@2026-03-03:10,20,30',
      'SO-3@2026-03-03:10',
    ]);
    // Input order: SO-1's lines, SO-2's, SO-3's, SO-4's.
    expect(
      Array.from(t.inputOrder(), (e) => `${t.rowDoc[t.row[e] as number]}/${t.amtU[e]}`),
    ).toEqual(['SO-1/10', 'SO-1/20', 'SO-1/30', 'SO-2/10', 'SO-2/20', 'SO-3/10', 'SO-4/10']);
  });

  it('appends rows of other documents after the orders laid out', () => {
    const t = table();
    t.layDays(new Int32Array([0, 1, 0]), new Int32Array([0, 2, 0]));
    order(t, 'SO-1', 0, '2026-03-02', 2);
    t.closeDays();
    t.beginRow(1, 'INV-1', 0, '2026-03-01', '2026-03-01', 'USD', 'C-1', 'AM-1', null, -1);
    t.pushLine('1', 0, new Fixed(5, 0), null, null, null, null);
    expect(t.n).toBe(3);
    expect(rows(t)).toEqual(['SO-1@2026-03-02:10,20', 'INV-1@2026-03-01:5']);
    expect(Array.from(t.inputOrder())).toEqual([0, 1, 2]);
  });

  it('fails loudly when the orders read differ from those laid out', () => {
    const fewer = table();
    fewer.layDays(new Int32Array([1, 1, 0]), new Int32Array([1, 1, 0]));
    order(fewer, 'SO-1', 0, '2026-03-01', 1);
    expect(() => fewer.closeDays()).toThrow(/fewer orders or lines on 2026-03-02/);

    const more = table();
    more.layDays(new Int32Array([1, 0, 0]), new Int32Array([1, 0, 0]));
    order(more, 'SO-1', 0, '2026-03-01', 1);
    expect(() => order(more, 'SO-2', 1, '2026-03-01', 1)).toThrow(/more orders on 2026-03-01/);

    const longer = table();
    longer.layDays(new Int32Array([1, 0, 0]), new Int32Array([1, 0, 0]));
    expect(() => order(longer, 'SO-1', 0, '2026-03-01', 2)).toThrow(/more order lines/);
  });
});
