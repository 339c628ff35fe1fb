import { CrmRulesError } from '../../../../errors';
import type { Finding } from '../../../Finding';
import { fxOpenPosition } from '../../../fxOpenPosition';
import type { RunContext } from '../context/RunContext';
import { withLayers } from '../context/withLayers';

/** Internal: the net open position of `facts.fxItems` per currency (base section only). */
export function runFx(context: RunContext): Finding[] {
  const section = context.sectionFor('fx');
  const items = context.facts.raw.fxItems;
  if (section === null || items === undefined) return [];
  if (context.fx === undefined)
    throw new CrmRulesError('MISSING_FX_RATE', 'the FX check needs the fx table', {
      path: ['options', 'fx'],
      value: undefined,
    });
  const result = fxOpenPosition(items as Parameters<typeof fxOpenPosition>[0], {
    baseCurrency: context.baseCurrency,
    fx: context.fx,
    asOf: context.asOf,
    policy: section.input as NonNullable<Parameters<typeof fxOpenPosition>[1]['policy']>,
  });
  const version = context.policy.effectiveFrom;
  return result.findings.map((f) => withLayers(f, 'fx', version, section.layers));
}
