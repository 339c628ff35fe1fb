import type * as z from 'zod';
import { type ErrorPath, parseWith } from '../../../../errors';
import type { ResolvedSection } from './RunContext';

const PARSED = new WeakMap<ResolvedSection, Map<z.ZodType, unknown>>();

/**
 * Internal: a section's input parsed by `schema` (a check's policy), once per section object and
 * schema: customers that share a section (`resolveSection` with a shared map gives them the same
 * object) share the parsed policy, which the checks only read. Errors as `parseWith` words them,
 * at `path`, from the first customer that reads the section.
 */
export function sectionPolicy<S extends z.ZodType>(
  section: ResolvedSection,
  schema: S,
  path: ErrorPath,
): z.output<S> {
  let bySchema = PARSED.get(section);
  if (bySchema === undefined) {
    bySchema = new Map();
    PARSED.set(section, bySchema);
  }
  if (bySchema.has(schema)) return bySchema.get(schema) as z.output<S>;
  const parsed = parseWith(schema, section.input, { path });
  bySchema.set(schema, parsed);
  return parsed;
}
