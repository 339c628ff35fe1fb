import type { ColumnSpec, ColumnType } from './ColumnMapping';

/** A column's mapping with its defaults filled in. */
export interface ColumnRule {
  readonly field: string;
  readonly type: ColumnType;
  readonly separator: string;
  readonly currencyColumn: string | undefined;
  readonly with: Readonly<Record<string, string>>;
}

/** The rule of a column's mapping (a bare field path is a `text` column). */
export function columnRule(spec: ColumnSpec): ColumnRule {
  if (typeof spec === 'string')
    return { field: spec, type: 'text', separator: ';', currencyColumn: undefined, with: {} };
  return {
    field: spec.field,
    type: spec.type,
    separator: spec.separator ?? ';',
    currencyColumn: spec.currencyColumn,
    with: spec.with ?? {},
  };
}

const TRUE = new Set(['yes', 'y', 'true', '1', '是', '√']);
const FALSE = new Set(['no', 'n', 'false', '0', '否', '×']);

/** A converted cell, or why it cannot be converted. */
export type Converted =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * The value of a non-empty cell by its column's type; `currency` is the cell of a money column's
 * currency column (`''` when empty).
 */
export function convertCell(cell: string, rule: ColumnRule, currency: string): Converted {
  switch (rule.type) {
    case 'text':
      return { ok: true, value: cell };
    case 'integer':
      return /^[+-]?\d{1,15}$/.test(cell)
        ? { ok: true, value: Number(cell) }
        : { ok: false, code: 'INVALID_INPUT', message: 'expected a whole number' };
    case 'boolean': {
      const key = cell.toLowerCase();
      if (TRUE.has(key)) return { ok: true, value: true };
      if (FALSE.has(key)) return { ok: true, value: false };
      return {
        ok: false,
        code: 'INVALID_INPUT',
        message: 'expected yes or no (是/否, true/false)',
      };
    }
    case 'list':
      return {
        ok: true,
        value: cell
          .split(rule.separator)
          .map((item) => item.trim())
          .filter((item) => item !== ''),
      };
    case 'money':
      return { ok: true, value: currency === '' ? cell : { amount: cell, currency } };
    default: {
      const _exhaustive: never = rule.type;
      return _exhaustive;
    }
  }
}
