import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { computeStatements } from '../../src/commission';
import { safeParseWith } from '../../src/errors';
import { CreditNoteLine, DeliveryLine, type Order, OrderLine } from '../../src/model';
import { assign, input, order, plan } from '../commission/fixtures';

/**
 * Issue 18: a value that is a whole number by nature — a quantity — takes a JSON number that is a
 * safe integer as well as decimal text (as ERPs export quantities); a fractional JSON number is
 * refused as everywhere (`docs/concepts.md`, "Numbers in JSON").
 */
const line = { lineId: '1', productId: 'P', categoryId: 'K', unitPrice: '25' };

describe('quantities as JSON integers (issue 18)', () => {
  it('reads a safe integer as its decimal text', () => {
    expect(OrderLine.parse({ ...line, quantity: 3 }).quantity).toBe('3');
    expect(OrderLine.parse({ ...line, quantity: -2, isReturn: true }).quantity).toBe('-2');
    expect(DeliveryLine.parse({ lineId: '1', quantity: 4 }).quantity).toBe('4');
    expect(CreditNoteLine.parse({ lineId: '1', quantity: 2, amount: '50' }).quantity).toBe('2');
    expect(OrderLine.parse({ ...line, quantity: '2.5' }).quantity).toBe('2.5');
  });

  it('refuses a fractional or unsafe JSON number with INVALID_AMOUNT', () => {
    for (const quantity of [2.5, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = safeParseWith(OrderLine, { ...line, quantity });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe('INVALID_AMOUNT');
        expect(result.error.path).toEqual(['quantity']);
      }
    }
  });

  it('keeps the field checks: a delivery quantity of 0 is still refused', () => {
    expect(DeliveryLine.safeParse({ lineId: '1', quantity: 0 }).success).toBe(false);
  });

  it('leaves money as decimal text only: a JSON number price is refused', () => {
    const result = safeParseWith(OrderLine, { ...line, quantity: 1, unitPrice: 25 });
    expect(result.success ? null : result.error.code).toBe('INVALID_AMOUNT');
  });

  it('says so in the JSON Schema, which a validator then holds to', () => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    const validate = ajv.compile(
      JSON.parse(readFileSync('schemas/OrderLine.json', 'utf8')) as object,
    );
    expect(validate({ ...line, quantity: 3 })).toBe(true);
    expect(validate({ ...line, quantity: '3' })).toBe(true);
    expect(validate({ ...line, quantity: 2.5 })).toBe(false);
  });

  it('pays on an order read from JSON integers exactly as on decimal text', () => {
    const perUnit = plan({
      crediting: { base: 'booked' },
      components: [
        {
          id: 'base',
          name: 'Base',
          calculation: {
            kind: 'flat',
            rate: { kind: 'fixed-per-unit', amount: { amount: '2', currency: 'USD' } },
          },
        },
      ],
    });
    const run = (quantity: string | number) => {
      const doc = order('SO-1', 'AM-7', '2026-03-05', '0', '100');
      const lines = [{ ...doc.lines[0], quantity }];
      return computeStatements(
        input({
          plans: [perUnit],
          assignments: [assign('AM-7')],
          orders: [{ ...doc, lines } as unknown as Order],
        }),
      )[0]?.totals;
    };
    expect(run(7)).toEqual(run('7'));
    expect(run(7)?.earned).toBe('14.00');
  });
});
