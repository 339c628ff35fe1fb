import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactCells } from '../../../../../src/kpi/_lib/metrics/exact/ExactCells';
import {
  add,
  type Exact,
  Fixed,
  parseExact,
  sign,
  toDec,
  ZERO,
} from '../../../../../src/kpi/_lib/metrics/exact/exact';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 24 }))
  .map(([negative, units, scale]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
  });

describe('ExactCells: the columns read back what exact.ts would hold', () => {
  it('push, set and add give the sum and sign of the Exact path, small and huge alike', () => {
    const op = fc.record({ cell: fc.nat(3), value: decimalText, set: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(decimalText, { minLength: 4, maxLength: 4 }),
        fc.array(op),
        (firsts, ops) => {
          const cells = new ExactCells();
          const model: Exact[] = [];
          for (const text of firsts) {
            const value = parseExact(text) as Exact;
            model.push(value);
            expect(cells.push(value)).toBe(model.length - 1);
          }
          for (const { cell, value, set } of ops) {
            const exact = parseExact(value) as Exact;
            if (set) cells.set(cell, exact);
            else cells.add(cell, exact);
            model[cell] = set ? exact : add(model[cell] as Exact, exact);
          }
          model.forEach((value, cell) => {
            expect(toDec(cells.get(cell)).toFixed()).toBe(toDec(value).toFixed());
            expect(cells.sign(cell)).toBe(sign(value));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('pushUnits, addUnits, units and fill agree with the Exact path, also past the safe integers', () => {
    const units = fc.record({
      u: fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }),
      s: fc.integer({ min: 0, max: 15 }),
    });
    const op = fc.record({ cell: fc.nat(5), add: units });
    fc.assert(
      fc.property(fc.array(units, { minLength: 4, maxLength: 4 }), fc.array(op), (firsts, ops) => {
        const cells = new ExactCells(2);
        const model: Exact[] = [];
        for (const { u, s } of firsts) {
          expect(cells.pushUnits(u, s)).toBe(model.length);
          model.push(new Fixed(u, s));
        }
        cells.fill(6);
        model.push(ZERO, ZERO);
        for (const {
          cell,
          add: { u, s },
        } of ops) {
          cells.addUnits(cell, u, s);
          model[cell] = add(model[cell] as Exact, new Fixed(u, s));
        }
        const into = { u: 0, s: 0 };
        model.forEach((value, cell) => {
          expect(toDec(cells.get(cell)).toFixed()).toBe(toDec(value).toFixed());
          if (cells.units(cell, into))
            expect(toDec(new Fixed(into.u, into.s)).toFixed()).toBe(toDec(value).toFixed());
          else expect(cells.get(cell)).not.toBeInstanceOf(Fixed);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('grows past its first arrays', () => {
    const cells = new ExactCells();
    for (let i = 0; i < 1000; i += 1) cells.push(parseExact(String(i)) as Exact);
    cells.add(999, parseExact('0.5') as Exact);
    expect(cells.length).toBe(1000);
    expect(toDec(cells.get(999)).toFixed()).toBe('999.5');
    expect(toDec(cells.get(500)).toFixed()).toBe('500');
  });
});
