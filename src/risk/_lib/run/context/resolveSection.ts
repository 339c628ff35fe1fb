import type { Customer } from '../../../../model';
import type { CountryGroup } from '../../../DocumentPolicies';
import type { RiskPolicy } from '../../../RiskPolicy';
import { mergeSection } from '../policy/mergeSection';
import { type CheckKey, datedSection, LAYER_FIELDS } from '../policy/sectionSchemas';
import type { ResolvedSection } from './RunContext';

/** Who the customer is for the layers: its country and grade. */
export interface LayerSubject {
  readonly customer: Customer | undefined;
  readonly grade: string | undefined;
}

/**
 * Internal: a check's section for one customer. Precedence, most specific wins: the base section,
 * then the layers of the country groups holding the customer's country (in the order of
 * `groups`), then the layer of its grade. `null` when the base has no section or the result is
 * disabled. `layers` names what applied: `base`, `country-group:<id>`, `grade:<id>`.
 *
 * With `shared` (one map per policy version), customers whose layers are the same get the same
 * section object, merged once: the layers decide the section, so a check can prepare its policy
 * once per section (`sectionPolicy`) rather than once per customer.
 */
export function resolveSection(
  policy: RiskPolicy,
  check: CheckKey,
  groups: readonly CountryGroup[],
  subject: LayerSubject,
  shared?: Map<string, ResolvedSection | null>,
): ResolvedSection | null {
  const base = policy.checks[check];
  if (base === undefined) return null;
  const layers = ['base'];
  const overrides: Record<string, unknown>[] = [];
  const take = (name: string, override: Record<string, unknown> | undefined) => {
    if (override === undefined) return;
    layers.push(name);
    overrides.push(override);
  };
  const { customer, grade } = subject;
  if (customer !== undefined && LAYER_FIELDS[check] !== null) {
    for (const group of groups)
      if (group.countries.includes(customer.country))
        take(`country-group:${group.id}`, layerOf(policy.byCountryGroup, group.id, check));
    if (grade !== undefined) take(`grade:${grade}`, layerOf(policy.byGrade, grade, check));
  }
  // The check and the layers' names (as JSON: no two lists give the same key) name the section.
  const key = shared === undefined ? '' : JSON.stringify([check, ...layers]);
  if (shared?.has(key)) return shared.get(key) as ResolvedSection | null;
  const merged = mergeSection(base, overrides);
  const section = merged.enabled === false ? null : { input: datedSection(policy, merged), layers };
  shared?.set(key, section);
  return section;
}

function layerOf(
  layers: RiskPolicy['byGrade'],
  id: string,
  check: CheckKey,
): Record<string, unknown> | undefined {
  if (!Object.hasOwn(layers, id)) return undefined;
  const layer = layers[id];
  if (layer === undefined || !Object.hasOwn(layer, check)) return undefined;
  return (layer as Record<string, Record<string, unknown> | undefined>)[check];
}
