import { Decimal } from '../../../_lib/decimal';
import { CrmRulesError, type ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { type DecimalInput, toDecimal } from '../../../money';
import { limitedQuotient } from '../../../money/_lib/amountLimits';
import { daysInPeriod, parsePeriod } from '../../../period';
import type { SubPeriodAggregate } from '../../Scorecard';
import { renameHead, withPaths } from '../errorPaths';

/** One sub-period's value: the sub-period (a label such as `2026-01`, or `{ start, end }`). */
export interface SubPeriodValue {
  /** A period label (`2026-01`, `2026-W03` …) or a half-open `{ start, end }` range. */
  readonly period: string | { readonly start: string; readonly end: string };
  /** The value measured over that sub-period. */
  readonly value: DecimalInput;
}

interface Checked {
  readonly start: string;
  readonly end: string;
  readonly name: string;
  readonly days: number;
  readonly value: Decimal;
  readonly index: number;
}

/** The entries checked and sorted by start; overlapping or empty sub-periods refused. */
function checkEntries(values: unknown, path: ErrorPath): Checked[] {
  if (!Array.isArray(values) || values.length === 0)
    throw new CrmRulesError('INVALID_INPUT', 'expected a non-empty array of { period, value }', {
      path,
      value: values,
    });
  const checked = values.map((entry: unknown, index): Checked => {
    const at = [...path, index];
    if (typeof entry !== 'object' || entry === null)
      throw new CrmRulesError('INVALID_INPUT', 'expected { period, value }', {
        path: at,
        value: entry,
      });
    const { period, value } = entry as { period?: unknown; value?: unknown };
    const range =
      typeof period === 'string'
        ? parsePeriod(period, null, [...at, 'period'])
        : (period as { start: string; end: string });
    const days = withPaths(() => daysInPeriod(range), renameHead({ period: [...at, 'period'] }));
    if (days === 0)
      throw new CrmRulesError('INVALID_INPUT', 'a sub-period must have at least one day', {
        path: [...at, 'period'],
        value: period,
      });
    const name = typeof period === 'string' ? period : `${range.start}..${range.end}`;
    const amount = toDecimal(value as DecimalInput, [...at, 'value']);
    return { start: range.start, end: range.end, name, days, value: amount, index };
  });
  checked.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  checked.forEach((entry, i) => {
    const previous = checked[i - 1];
    if (previous !== undefined && entry.start < previous.end)
      throw new CrmRulesError(
        'INVALID_INPUT',
        `sub-period ${entry.name} overlaps ${previous.name}`,
        {
          path: [...path, entry.index, 'period'],
          value: entry.name,
        },
      );
  });
  return checked;
}

/**
 * Internal: sub-period values aggregated by `rule`, with the step that explains it. `sum` is
 * exact; `average` and `weighted-by-days` divide once (half-up, 40 significant digits and
 * places); `last` takes the latest sub-period, whatever the input order.
 */
export function aggregateValues(
  values: unknown,
  rule: SubPeriodAggregate,
  path: ErrorPath,
): { value: Decimal; step: TraceStep } {
  const entries = checkEntries(values, path);
  const list = entries.map((e) => e.value.toFixed()).join(', ');
  const sum = entries.reduce((acc, e) => acc.plus(e.value), new Decimal(0));
  let value: Decimal;
  let params: Record<string, string | number>;
  switch (rule) {
    case 'sum':
      value = sum;
      params = { values: list, count: entries.length };
      break;
    case 'average':
      value = limitedQuotient(sum.div(entries.length), path);
      params = { values: list, count: entries.length };
      break;
    case 'last': {
      const last = entries[entries.length - 1] as Checked;
      value = last.value;
      params = { period: last.name, count: entries.length };
      break;
    }
    case 'weighted-by-days': {
      const days = entries.reduce((acc, e) => acc + e.days, 0);
      const weighted = entries.reduce((acc, e) => acc.plus(e.value.times(e.days)), new Decimal(0));
      value = limitedQuotient(weighted.div(days), path);
      params = { terms: entries.map((e) => `${e.value.toFixed()} × ${e.days}`).join(' + '), days };
      break;
    }
    default: {
      const _exhaustive: never = rule;
      return _exhaustive;
    }
  }
  return {
    value,
    step: { code: `kpi.subperiods.${rule}`, params: { ...params, value: value.toFixed() } },
  };
}
