import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  Fixed,
  parseScaled,
  type Scaled,
  sign,
  toDec,
  ZERO,
} from '../../../../src/money/_lib/scaled/Fixed';
import { ScaledCells } from '../../../../src/money/_lib/scaled/ScaledCells';

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 24n }), fc.integer({ min: 0, max: 24 }))
  .map(([negative, units, scale]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
  });

describe('ScaledCells: the columns read back what the Scaled path would hold', () => {
  it('push, set and add give the sum and sign of the Scaled path, small and huge alike', () => {
    const op = fc.record({ cell: fc.nat(3), value: decimalText, set: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(decimalText, { minLength: 4, maxLength: 4 }),
        fc.array(op),
        (firsts, ops) => {
          const cells = new ScaledCells();
          const model: Scaled[] = [];
          for (const text of firsts) {
            const value = parseScaled(text) as Scaled;
            model.push(value);
            expect(cells.push(value)).toBe(model.length - 1);
          }
          for (const { cell, value, set } of ops) {
            const exact = parseScaled(value) as Scaled;
            if (set) cells.set(cell, exact);
            else cells.add(cell, exact);
            model[cell] = set ? exact : add(model[cell] as Scaled, exact);
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

  it('pushUnits, addUnits, units and fill agree with the Scaled path, also past the safe integers', () => {
    const units = fc.record({
      u: fc.integer({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 }),
      s: fc.integer({ min: 0, max: 15 }),
    });
    const op = fc.record({ cell: fc.nat(5), add: units });
    fc.assert(
      fc.property(fc.array(units, { minLength: 4, maxLength: 4 }), fc.array(op), (firsts, ops) => {
        const cells = new ScaledCells(2);
        const model: Scaled[] = [];
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
          model[cell] = add(model[cell] as Scaled, new Fixed(u, s));
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
    const cells = new ScaledCells();
    for (let i = 0; i < 1000; i += 1) cells.push(parseScaled(String(i)) as Scaled);
    cells.add(999, parseScaled('0.5') as Scaled);
    expect(cells.length).toBe(1000);
    expect(toDec(cells.get(999)).toFixed()).toBe('999.5');
    expect(toDec(cells.get(500)).toFixed()).toBe('500');
  });
});
