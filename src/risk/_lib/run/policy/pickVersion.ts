import { CrmRulesError, type ErrorPath, parseWith } from '../../../../errors';
import { requireVersionAt, validateVersions } from '../../../../period';
import { RiskPolicy } from '../../../RiskPolicy';

/** Internal: the risk policy version in force on `date` among one version or a list, errors at `path`. */
export function pickVersion(versions: unknown, date: string, path: ErrorPath): RiskPolicy {
  const list: readonly unknown[] = Array.isArray(versions) ? versions : [versions];
  if (list.length === 0)
    throw new CrmRulesError('NO_VERSION_IN_FORCE', 'no risk policy version is given', {
      path,
      value: date,
    });
  const single = !Array.isArray(versions);
  const parsed = list.map((v, i) =>
    parseWith(RiskPolicy, v, { path: single ? [...path] : [...path, i] }),
  );
  validateVersions(parsed, path);
  return requireVersionAt(parsed, date, path);
}
