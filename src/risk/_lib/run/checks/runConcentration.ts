import { dayNumberOf } from '../../../../_lib/civil';
import type { ExposureIndex } from '../../../ExposureIndex';
import type { Finding } from '../../../Finding';
import { measureConcentration } from '../../../measureConcentration';
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
  const given = context.facts.raw.revenue;
  const first = (dayNumberOf(context.asOf) as number) - context.revenueDays;
  const rows =
    given ??
    index.creditSales
      .filter((sale) => (dayNumberOf(sale.date) as number) > first)
      .map((sale) => ({
        customerId: sale.customerId,
        managerId: sale.managerId,
        amount: sale.amount.toFixed(),
      }));
  const report = measureConcentration(
    rows,
    section.input as Parameters<typeof measureConcentration>[1],
    { currency: context.baseCurrency },
  );
  const version = context.policy.effectiveFrom;
  return report.findings.map((f) => withLayers(f, 'concentration', version, section.layers));
}
