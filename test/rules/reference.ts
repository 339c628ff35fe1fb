import type { FactSchema, FactType } from '../../src/rules';
import { compareJson } from './arbitraries';

/**
 * A deliberately naive model of the condition language, written from the documented semantics
 * and independent of the implementation (no decimal.js, no parsing): it reads the JSON rule and
 * JSON facts directly. Used as the oracle in property tests.
 */
export function referenceEvaluate(
  rule: unknown,
  schema: FactSchema,
  facts: Record<string, unknown>,
): boolean {
  const node = rule as Record<string, unknown>;
  if ('all' in node)
    return (node.all as unknown[]).every((c) => referenceEvaluate(c, schema, facts));
  if ('any' in node)
    return (node.any as unknown[]).some((c) => referenceEvaluate(c, schema, facts));
  if ('not' in node) return !referenceEvaluate(node.not, schema, facts);
  const fact = node.fact as string;
  const type = schema[fact] as FactType;
  const raw = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
  const missing = raw === undefined || raw === null;
  const value = node.value;
  if (node.operator === 'exists') return !missing === (value ?? true);
  if (missing) return false;
  const actual = type === 'number' ? String(raw) : raw;
  const norm = (v: unknown) => (type === 'number' ? String(v) : v);
  const cmp = (v: unknown) => compareJson(type, actual, norm(v));
  switch (node.operator) {
    case 'eq':
      return cmp(value) === 0;
    case 'ne':
      return cmp(value) !== 0;
    case 'lt':
      return cmp(value) < 0;
    case 'lte':
      return cmp(value) <= 0;
    case 'gt':
      return cmp(value) > 0;
    case 'gte':
      return cmp(value) >= 0;
    case 'in':
      return (value as unknown[]).some((v) => cmp(v) === 0);
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      return cmp(low) >= 0 && cmp(high) <= 0;
    }
    default:
      throw new Error(`unknown operator ${String(node.operator)}`);
  }
}
