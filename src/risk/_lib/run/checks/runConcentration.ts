import { dayNumberOf } from '../../../../_lib/civil';
import { minorUnits } from '../../../../money';
import { unitsToText } from '../../../../money/decimalWords';
import type { ExposureIndex } from '../../../ExposureIndex';
import type { Finding } from '../../../Finding';
import { measureConcentration } from '../../../measureConcentration';
import type { RevenueRow } from '../../../RevenueRow';
import { columnsOf } from '../../exposure/indexColumns';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/**
 * Internal: concentration of the company and each manager's book, over `facts.revenue` when
 * given, else the index's invoices issued in the `revenueDays` days up to `asOf` (in the base
 * currency). Base section only: its subjects are the company and the managers.
 */
export function runConcentration(context: RunContext, index: ExposureIndex): Finding[] {
  const section = context.sectionFor('concentration');
  if (section === null) return [];
  const first = (dayNumberOf(context.asOf) as number) - context.revenueDays;
  const rows = context.facts.raw.revenue ?? salesAfter(index, first);
  const report = measureConcentration(
    rows,
    section.input as Parameters<typeof measureConcentration>[1],
    { currency: context.baseCurrency },
  );
  const version = context.policy.effectiveFrom;
  return report.findings.map((f) => withLayers(f, 'concentration', version, section.layers));
}

/**
 * The index's credit sales issued after day `first` as revenue rows, in book order. A built
 * index's sale columns give them without its `creditSales` objects (or a decimal per sale): the
 * amount written from its whole minor units, the same number the decimal's text would give.
 */
function salesAfter(index: ExposureIndex, first: number): RevenueRow[] {
  const columns = columnsOf(index);
  if (columns === undefined)
    return index.creditSales
      .filter((sale) => (dayNumberOf(sale.date) as number) > first)
      .map((sale) => ({
        customerId: sale.customerId,
        managerId: sale.managerId,
        amount: sale.amount.toFixed(),
      }));
  const { customerIds, managerIds, saleCustomer, saleManager, saleDay, saleUnits } = columns;
  const places = minorUnits(index.baseCurrency);
  const rows: RevenueRow[] = [];
  for (let sale = 0; sale < saleDay.length; sale += 1) {
    if ((saleDay[sale] as number) <= first) continue;
    const units = saleUnits[sale] as number;
    rows.push({
      customerId: customerIds[saleCustomer[sale] as number] as string,
      managerId: managerIds[saleManager[sale] as number] as string,
      amount: Number.isNaN(units) ? columns.saleAmount(sale).toFixed() : unitsToText(units, places),
    });
  }
  return rows;
}
