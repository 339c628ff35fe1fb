import { type ErrorPath, INPUT_LIMITS } from '../../../errors';

/** Where a formula goes past a limit: the limit's name, the node's path and the size measured. */
export interface FormulaViolation {
  readonly limit: 'maxFormulaDepth' | 'maxFormulaNodes';
  readonly path: ErrorPath;
  readonly value: number;
}

interface Frame {
  readonly node: unknown;
  readonly depth: number;
  readonly path: ErrorPath;
}

/**
 * Internal: walks a formula's JSON without recursion, following only its operands (`of`, and
 * `expr` inside a `weighted` term), and reports the first node deeper than
 * `INPUT_LIMITS.maxFormulaDepth` or past `INPUT_LIMITS.maxFormulaNodes` nodes — before the
 * schema recurses into it. Anything else malformed is left to the schema.
 */
export function formulaViolation(formula: unknown): FormulaViolation | undefined {
  const stack: Frame[] = [{ node: formula, depth: 1, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop() as Frame;
    nodes += 1;
    if (depth > INPUT_LIMITS.maxFormulaDepth)
      return { limit: 'maxFormulaDepth', path, value: depth };
    if (nodes > INPUT_LIMITS.maxFormulaNodes)
      return { limit: 'maxFormulaNodes', path, value: nodes };
    if (typeof node !== 'object' || node === null) continue;
    const { op, of } = node as { op?: unknown; of?: unknown };
    if (!Array.isArray(of)) {
      if (typeof of === 'object' && of !== null)
        stack.push({ node: of, depth: depth + 1, path: [...path, 'of'] });
      continue;
    }
    for (let i = of.length - 1; i >= 0; i -= 1) {
      const item: unknown = of[i];
      if (op === 'weighted' && typeof item === 'object' && item !== null)
        stack.push({
          node: (item as { expr?: unknown }).expr,
          depth: depth + 1,
          path: [...path, 'of', i, 'expr'],
        });
      else stack.push({ node: item, depth: depth + 1, path: [...path, 'of', i] });
    }
  }
  return undefined;
}
