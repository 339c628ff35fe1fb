import type * as z from 'zod';
import { Decimal } from '../../../_lib/decimal';
import type { RatingFormula } from '../../RatingFormula';

// Internal: the cross-field rules of the `Scorecard` schema (weights, sections, formula ids).

/** The parts of a scorecard its cross-field rules read. */
interface Card {
  readonly kpis: ReadonlyArray<{
    readonly id: string;
    readonly weight: string;
    readonly section?: string | undefined;
  }>;
  readonly sections?: ReadonlyArray<{ readonly id: string; readonly weight: string }> | undefined;
}
type Path = Array<string | number>;

/** A schema issue at `path`, with an error `code` (else `INVALID_INPUT`) when given. */
export function issue(
  ctx: z.RefinementCtx,
  message: string,
  path: Path,
  input: unknown,
  code?: string,
) {
  ctx.addIssue({
    code: 'custom',
    message,
    path,
    input,
    ...(code === undefined ? {} : { params: { code } }),
  });
}

/** Flat: all KPI weights sum to 100. Sectioned: per section, and the section weights. */
export function checkWeights(card: Card, ctx: z.RefinementCtx): void {
  const sum = (weights: readonly string[]) =>
    weights.reduce((acc, w) => acc.plus(w), new Decimal(0));
  if (card.sections === undefined) {
    const total = sum(card.kpis.map((k) => k.weight));
    if (!total.eq(100))
      issue(ctx, `KPI weights must sum to 100, not ${total}`, ['kpis'], total.toString(), WEIGHTS);
    return;
  }
  const sections = sum(card.sections.map((s) => s.weight));
  if (!sections.eq(100))
    issue(
      ctx,
      `section weights must sum to 100, not ${sections}`,
      ['sections'],
      sections.toString(),
      WEIGHTS,
    );
  card.sections.forEach((section, i) => {
    if (new Decimal(section.weight).isNegative())
      issue(
        ctx,
        'a section weight must not be negative',
        ['sections', i, 'weight'],
        section.weight,
      );
    const kpis = card.kpis.filter((k) => k.section === section.id);
    const total = sum(kpis.map((k) => k.weight));
    if (kpis.length === 0)
      issue(ctx, `section ${section.id} has no KPI`, ['sections', i], section.id);
    else if (!total.eq(100))
      issue(
        ctx,
        `the KPI weights of section ${section.id} must sum to 100, not ${total}`,
        ['sections', i],
        total.toString(),
        WEIGHTS,
      );
  });
}

const WEIGHTS = 'WEIGHTS_NOT_100';

/** Section ids unique and distinct from KPI ids; every KPI names a known section, or none. */
export function checkSections(card: Card, kpiIds: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  const sections = new Set<string>();
  card.sections?.forEach((section, i) => {
    if (sections.has(section.id) || kpiIds.has(section.id))
      issue(ctx, `section id ${section.id} is already used`, ['sections', i, 'id'], section.id);
    sections.add(section.id);
  });
  card.kpis.forEach((kpi, i) => {
    if (card.sections === undefined && kpi.section !== undefined)
      issue(
        ctx,
        'a KPI names a section, but the scorecard has none',
        ['kpis', i, 'section'],
        kpi.section,
      );
    if (card.sections !== undefined && (kpi.section === undefined || !sections.has(kpi.section)))
      issue(
        ctx,
        'a KPI of a sectioned scorecard must name one of its sections',
        ['kpis', i, 'section'],
        kpi.section,
      );
  });
}

/** A formula's `score` leaves must name KPIs and sections of the scorecard. */
export function checkFormulaRefs(
  card: Card,
  formula: RatingFormula,
  kpiIds: ReadonlySet<string>,
  ctx: z.RefinementCtx,
): void {
  const sectionIds = new Set(card.sections?.map((s) => s.id));
  const stack: Array<[RatingFormula, Path]> = [[formula, ['formula']]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, path] = next;
    if (node.op === 'score') {
      if (node.kpi !== undefined && !kpiIds.has(node.kpi))
        issue(ctx, `the formula refers to unknown KPI ${node.kpi}`, [...path, 'kpi'], node.kpi);
      if (node.section !== undefined && !sectionIds.has(node.section))
        issue(
          ctx,
          `the formula refers to unknown section ${node.section}`,
          [...path, 'section'],
          node.section,
        );
    }
    stack.push(...operandsOf(node, path));
  }
}

/** A formula node's operands with their paths (none for a leaf). */
function operandsOf(node: RatingFormula, path: Path): Array<[RatingFormula, Path]> {
  switch (node.op) {
    case 'score':
    case 'rating':
    case 'const':
      return [];
    case 'avg':
    case 'sum':
    case 'min':
    case 'max':
      return node.of.map((child, i) => [child, [...path, 'of', i]]);
    case 'weighted':
      return node.of.map((term, i) => [term.expr, [...path, 'of', i, 'expr']]);
    case 'round':
      return [[node.of, [...path, 'of']]];
    default: {
      const _exhaustive: never = node;
      return _exhaustive;
    }
  }
}
