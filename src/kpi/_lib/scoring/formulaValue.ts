import { Decimal } from '../../../_lib/decimal';
import type { ErrorPath } from '../../../errors';
import type { TraceStep } from '../../../explain';
import { roundDecimal, toDecimal } from '../../../money';
import { limitedQuotient } from '../../../money/_lib/amountLimits';
import type { RatingFormula } from '../../RatingFormula';

/** Internal: where a formula's leaves get their values (errors thrown by the lookup). */
export interface FormulaLookup {
  /** A supplied rating by name. */
  rating(name: string): Decimal;
  /** The total (`kind` `'total'`, `id` `null`), a KPI's or a section's score. */
  score(kind: 'total' | 'kpi' | 'section', id: string | null): Decimal;
}

type Node = RatingFormula;

/**
 * Internal: evaluates a parsed formula, children first, pushing one step per operation and per
 * rating or score it reads (constants have none: they show in their parent's step). The schema
 * bounds the depth, so the recursion is bounded too.
 */
export function formulaValue(
  node: Node,
  lookup: FormulaLookup,
  steps: TraceStep[],
  path: ErrorPath,
): Decimal {
  switch (node.op) {
    case 'const':
      return toDecimal(node.value);
    case 'rating': {
      const value = lookup.rating(node.name);
      steps.push({
        code: 'kpi.formula.rating',
        params: { name: node.name, value: value.toFixed() },
      });
      return value;
    }
    case 'score': {
      const [kind, id] =
        node.kpi !== undefined
          ? (['kpi', node.kpi] as const)
          : node.section !== undefined
            ? (['section', node.section] as const)
            : (['total', null] as const);
      const value = lookup.score(kind, id);
      steps.push({ code: `kpi.formula.score.${kind}`, params: { id, value: value.toFixed() } });
      return value;
    }
    case 'avg':
    case 'sum':
    case 'min':
    case 'max':
      return listValue(node, lookup, steps, path);
    case 'weighted':
      return weightedValue(node, lookup, steps, path);
    case 'round': {
      const value = formulaValue(node.of, lookup, steps, [...path, 'of']);
      const rounded = roundDecimal(value, node.places, node.mode);
      const params = { value: value.toFixed(), places: node.places, mode: node.mode };
      steps.push({ code: 'kpi.formula.round', params: { ...params, result: rounded.toFixed() } });
      return rounded;
    }
    default: {
      const _exhaustive: never = node;
      return _exhaustive;
    }
  }
}

function listValue(
  node: Extract<Node, { op: 'avg' | 'sum' | 'min' | 'max' }>,
  lookup: FormulaLookup,
  steps: TraceStep[],
  path: ErrorPath,
): Decimal {
  const values = node.of.map((child, i) => formulaValue(child, lookup, steps, [...path, 'of', i]));
  let result: Decimal;
  switch (node.op) {
    case 'sum':
      result = values.reduce((acc, v) => acc.plus(v), new Decimal(0));
      break;
    case 'avg': {
      const sum = values.reduce((acc, v) => acc.plus(v), new Decimal(0));
      result = limitedQuotient(sum.div(values.length), path);
      break;
    }
    case 'min':
      result = Decimal.min(...values);
      break;
    case 'max':
      result = Decimal.max(...values);
      break;
    default: {
      const _exhaustive: never = node.op;
      return _exhaustive;
    }
  }
  const params = { values: values.map((v) => v.toFixed()).join(', '), result: result.toFixed() };
  steps.push({ code: `kpi.formula.${node.op}`, params });
  return result;
}

function weightedValue(
  node: Extract<Node, { op: 'weighted' }>,
  lookup: FormulaLookup,
  steps: TraceStep[],
  path: ErrorPath,
): Decimal {
  let weighted = new Decimal(0);
  let weights = new Decimal(0);
  const terms = node.of.map((term, i) => {
    const value = formulaValue(term.expr, lookup, steps, [...path, 'of', i, 'expr']);
    weighted = weighted.plus(value.times(term.weight));
    weights = weights.plus(term.weight);
    return `${term.weight} × ${value.toFixed()}`;
  });
  const result = limitedQuotient(weighted.div(weights), path);
  const params = { terms: terms.join(' + '), weights: weights.toFixed(), result: result.toFixed() };
  steps.push({ code: 'kpi.formula.weighted', params });
  return result;
}
