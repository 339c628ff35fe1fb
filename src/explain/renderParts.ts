import { formatDecimalText, formatMoneyText, formatPercentText } from './formatText';
import type { Placeholder, TemplatePart } from './parseTemplate';
import type { TraceParam } from './TraceStep';

/** Why a step cannot be rendered as its catalog intends (see {@link findUnrenderable}). */
export type RenderProblemReason = 'unknown-code' | 'missing-param' | 'bad-format';

/** Internal: one problem met while filling a template. */
export interface RenderProblem {
  readonly reason: RenderProblemReason;
  readonly param?: string;
}

/** Internal: the label shown for a raw parameter's value, or `undefined` for the value itself. */
export type LabelLookup = (param: string, value: TraceParam) => string | undefined;

/**
 * Internal: fills parsed template parts from params, reporting what did not fit. A raw
 * placeholder shows `label(param, value)` when it gives one.
 */
export function renderParts(
  parts: readonly TemplatePart[],
  params: Readonly<Record<string, TraceParam>>,
  label?: LabelLookup,
): { text: string; problems: RenderProblem[] } {
  const problems: RenderProblem[] = [];
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const value = readParam(params, part.name);
    if (value === undefined) {
      problems.push({ reason: 'missing-param', param: part.name });
      continue;
    }
    const labelled = part.format === 'raw' ? label?.(part.name, value) : undefined;
    const formatted = labelled ?? formatParam(part, value, params, problems);
    text += formatted ?? showRaw(value);
  }
  return { text, problems };
}

/** Internal: the visible fallback for a step that cannot be rendered: `code {"param":…}`. */
export function fallbackText(code: string, params: Readonly<Record<string, TraceParam>>): string {
  const sorted = Object.keys(params)
    .sort()
    .map((key) => [key, params[key]] as const);
  return `${code} ${JSON.stringify(Object.fromEntries(sorted))}`;
}

function formatParam(
  part: Placeholder,
  value: TraceParam,
  params: Readonly<Record<string, TraceParam>>,
  problems: RenderProblem[],
): string | undefined {
  if (part.format === 'raw') return showRaw(value);
  let out: string | undefined;
  if (part.format === 'check') out = typeof value === 'boolean' ? (value ? '✓' : '✗') : undefined;
  else if (typeof value !== 'string' && typeof value !== 'number') out = undefined;
  else if (part.format === 'number') out = formatDecimalText(value);
  else if (part.format === 'percent') out = formatPercentText(value);
  else {
    const currency = readParam(params, part.currencyParam ?? '');
    if (currency === undefined) {
      problems.push({ reason: 'missing-param', param: part.currencyParam ?? '' });
      return showRaw(value);
    }
    out = typeof currency === 'string' ? formatMoneyText(value, currency) : undefined;
  }
  if (out === undefined) problems.push({ reason: 'bad-format', param: part.name });
  return out;
}

function readParam(
  params: Readonly<Record<string, TraceParam>>,
  name: string,
): TraceParam | undefined {
  return Object.hasOwn(params, name) ? params[name] : undefined;
}

function showRaw(value: TraceParam): string {
  return value === null ? '—' : String(value);
}
