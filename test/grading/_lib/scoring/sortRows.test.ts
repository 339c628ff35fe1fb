import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../../../src/errors';
import { sortRows } from '../../../../src/grading/_lib/scoring/sortRows';
import type { CustomerFacts } from '../../../../src/grading/facts';

/** The grade policy's row order, against a stable sort of `{ row, index }` pairs. */
describe('sortRows (internal)', () => {
  function reference(rows: readonly CustomerFacts[]): Array<{ row: CustomerFacts; index: number }> {
    const indexed = rows.map((row, index) => ({ row, index }));
    indexed.sort((a, b) =>
      a.row.customerId < b.row.customerId ? -1 : a.row.customerId > b.row.customerId ? 1 : 0,
    );
    indexed.forEach((entry, i) => {
      if (i > 0 && indexed[i - 1]?.row.customerId === entry.row.customerId)
        throw new CrmRulesError('INVALID_INPUT', 'twice', {
          path: ['rows', entry.index, 'customerId'],
        });
    });
    return indexed;
  }

  const run = (f: () => unknown) => {
    try {
      return { ok: f() };
    } catch (error) {
      if (!(error instanceof CrmRulesError)) throw error;
      return { code: error.code, path: error.path };
    }
  };

  it('keeps rows in order without copying them', () => {
    const rows = [
      { customerId: 'a', facts: {} },
      { customerId: 'b', facts: {} },
    ];
    expect(sortRows(rows)).toEqual({ rows, indexes: null });
    expect(sortRows(rows).rows).toBe(rows);
  });

  describe('properties', () => {
    it('sort by customer id, index each row, and report the second of two rows of a customer', () => {
      const rowsArb = fc.array(
        fc.record({
          customerId: fc.constantFrom('a', 'b', 'C-1', 'C-10', '客户'),
          facts: fc.constant({}),
        }),
        { maxLength: 8 },
      );
      fc.assert(
        fc.property(rowsArb, fc.boolean(), (rows, sorted) => {
          const input = sorted
            ? [...rows].sort((x, y) => (x.customerId < y.customerId ? -1 : 1))
            : rows;
          const got = run(() => {
            const { rows: out, indexes } = sortRows(input);
            return out.map((row, i) => ({ row, index: indexes === null ? i : indexes[i] }));
          });
          expect(got).toEqual(run(() => reference(input)));
        }),
      );
    });
  });
});
