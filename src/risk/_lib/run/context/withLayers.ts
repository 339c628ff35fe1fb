import type { Finding } from '../../../Finding';
import type { CheckKey } from '../policy/sectionSchemas';

/**
 * Internal: the finding with a first trace step `risk.policy.layers` naming the check, the
 * policy version and the layers that applied (`base → country-group:eu → grade:A`).
 */
export function withLayers(
  finding: Finding,
  check: CheckKey,
  version: string,
  layers: readonly string[],
): Finding {
  const step = {
    code: 'risk.policy.layers',
    params: { check, version, layers: layers.join(' → ') },
  };
  return { ...finding, trace: [step, ...(finding.trace ?? [])] };
}
