import { Decimal } from '../../../_lib/decimal';
import { CrmRulesError } from '../../../errors';

/** Internal: a caller-supplied P(alive) as a decimal from 0 to 1, or a coded error at its path. */
export function pAliveOf(
  pAlive: ReadonlyMap<string, number | string>,
  customerId: string,
): Decimal {
  const path = ['options', 'pAlive', customerId];
  if (!pAlive.has(customerId))
    throw new CrmRulesError(
      'INVALID_INPUT',
      'the policy checks P(alive): every key customer needs one',
      {
        path,
        value: undefined,
      },
    );
  const value = pAlive.get(customerId);
  let p: Decimal | undefined;
  try {
    p =
      (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string'
        ? new Decimal(value)
        : undefined;
  } catch {
    p = undefined;
  }
  if (p === undefined || p.isNaN() || p.lt(0) || p.gt(1))
    throw new CrmRulesError('INVALID_INPUT', 'a probability from 0 to 1', { path, value });
  return p;
}
