import { dayNumberOf, isoOfDayNumber } from '../../_lib/civil';
import { CrmRulesError, parseWith } from '../../errors';
import { CurrencyCode, createFxTable } from '../../money';
import { parsePeriod, previousPeriod } from '../../period';
import type { CloseBooksInput } from '../CloseReport';
import type { CloseContext } from './gradeBook';

/**
 * The dates and currency of a close (or of one of its jobs run alone): the period, the one
 * before, the cut-off `asOf` (the period's last day) and the FX table of the input's rates.
 */
export function closeContext(
  input: Pick<CloseBooksInput, 'period' | 'baseCurrency' | 'rules' | 'fxRates'>,
): CloseContext {
  if (typeof input !== 'object' || input === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected the close input', { path: ['input'] });
  const period = parsePeriod(input.period, null, ['input', 'period']);
  const baseCurrency = parseWith(CurrencyCode, input.baseCurrency, {
    path: ['input', 'baseCurrency'],
  });
  if (typeof input.rules !== 'object' || input.rules === null)
    throw new CrmRulesError('INVALID_INPUT', 'expected the rules', { path: ['input', 'rules'] });
  return {
    period: period.label,
    previous: previousPeriod(period).label,
    start: period.start,
    end: period.end,
    asOf: isoOfDayNumber((dayNumberOf(period.end) as number) - 1),
    baseCurrency,
    fx: createFxTable(input.fxRates ?? []),
  };
}
