import { CrmRulesError } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { Decimal, decimalToString } from '../../../money';
import type { KpiBonusPlan } from '../../KpiBonusPlan';
import { type KpiBonusInputs, multiplierResult } from './bonusInputs';

/** The multipliers combined into one factor, each one's weighted share, and their steps. */
export interface Combined {
  readonly factor: Decimal;
  /** Additive only: each multiplier's `weight × result ÷ 100`, in plan order. */
  readonly shares: ReadonlyArray<{ readonly id: string; readonly share: Decimal }> | null;
  readonly steps: readonly TraceStep[];
}

/**
 * Multiplicative: the product of the results (1 with no multiplier). Additive:
 * `Σ weight × result ÷ 100` (the weights add up to 100, so equal results r give r).
 */
export function combineMultipliers(plan: KpiBonusPlan, inputs: KpiBonusInputs): Combined {
  refuseUnknown(plan, inputs);
  const results = plan.multipliers.map((m) => ({ ...m, result: multiplierResult(inputs, m.id) }));
  switch (plan.combine) {
    case 'multiplicative': {
      const factor = results.reduce((acc, m) => acc.times(m.result), new Decimal(1));
      const steps: TraceStep[] = results.map((m) => ({
        code: 'kpi.bonus.multiplier',
        params: { multiplier: m.id, result: decimalToString(m.result) },
      }));
      steps.push({
        code: 'kpi.bonus.multiplicative',
        params: { multipliers: results.length, factor: decimalToString(factor) },
      });
      return { factor, shares: null, steps };
    }
    case 'additive': {
      const shares = results.map((m) => ({
        id: m.id,
        weight: m.weight ?? '0',
        result: m.result,
        share: m.result.times(m.weight ?? '0').div(100),
      }));
      const factor = Decimal.sum(...shares.map((s) => s.share));
      const steps: TraceStep[] = shares.map((s) => ({
        code: 'kpi.bonus.multiplier.weighted',
        params: {
          multiplier: s.id,
          weight: s.weight,
          result: decimalToString(s.result),
          share: decimalToString(s.share),
        },
      }));
      steps.push({
        code: 'kpi.bonus.additive',
        params: { multipliers: shares.length, factor: decimalToString(factor) },
      });
      return { factor, shares: shares.map((s) => ({ id: s.id, share: s.share })), steps };
    }
    default: {
      const _exhaustive: never = plan.combine;
      return _exhaustive;
    }
  }
}

/** A result for a multiplier the plan does not have is a mistake, never silently ignored. */
function refuseUnknown(plan: KpiBonusPlan, inputs: KpiBonusInputs): void {
  const box = inputs.multipliers;
  if (box === undefined) return;
  if (typeof box !== 'object' || box === null || Array.isArray(box))
    throw new CrmRulesError('INVALID_INPUT', 'expected the multiplier results by id', {
      path: ['inputs', 'multipliers'],
      value: box,
    });
  const ids = new Set(plan.multipliers.map((m) => m.id));
  for (const id of Object.keys(box))
    if (!ids.has(id))
      throw new CrmRulesError('INVALID_INPUT', `the plan has no multiplier ${id}`, {
        path: ['inputs', 'multipliers', id],
        value: box[id],
      });
}
