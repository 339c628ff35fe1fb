import { attempt, CrmRulesError, type SafeResult } from '../errors';
import { requireArray, requireNumber, requireString } from '../errors/_lib/argumentGuards';

/**
 * The managers above a payee, nearest first, up to `levels` steps along `managerId`: the people
 * who receive roll-up credit for the payee's sales.
 *
 * @param payees - account managers (`{ id, managerId? }`), in any order
 * @param payeeId - whose managers to list
 * @param levels - how many levels up to go
 * @returns the manager ids, nearest first (fewer when the chain ends)
 * @throws CrmRulesError `UNKNOWN_PAYEE` (path `['payeeId']`) when `payeeId` is not among `payees`;
 * `INVALID_INPUT` at `['payees', i, 'managerId']` when the reporting line loops
 * @example
 * ```ts
 * managerChain([{ id: 'AM-7', managerId: 'AM-1' }, { id: 'AM-1', managerId: 'VP' }, { id: 'VP' }], 'AM-7', 5);
 * //=> ['AM-1', 'VP']
 * ```
 */
export function managerChain(
  payees: ReadonlyArray<{ readonly id: string; readonly managerId?: string | undefined }>,
  payeeId: string,
  levels: number,
): string[] {
  requireArray(payees, 'payees');
  requireString(payeeId, 'payeeId');
  requireNumber(levels, 'levels');
  const index = new Map<string, number>();
  payees.forEach((payee, i) => {
    index.set(payee.id, i);
  });
  if (!index.has(payeeId))
    throw new CrmRulesError('UNKNOWN_PAYEE', `no account manager ${payeeId}`, {
      path: ['payeeId'],
      value: payeeId,
    });
  const chain: string[] = [];
  const seen = new Set([payeeId]);
  let at = index.get(payeeId) as number;
  while (chain.length < levels) {
    const managerId = payees[at]?.managerId;
    if (managerId === undefined) break;
    if (seen.has(managerId))
      throw new CrmRulesError(
        'INVALID_INPUT',
        `the reporting line of ${payeeId} loops back to ${managerId}`,
        {
          path: ['payees', at, 'managerId'],
          value: managerId,
        },
      );
    seen.add(managerId);
    chain.push(managerId);
    const next = index.get(managerId);
    if (next === undefined) break;
    at = next;
  }
  return chain;
}

/**
 * Like {@link managerChain}, but returns `{ success, data | error }` instead of throwing; it never
 * throws.
 *
 * @example
 * ```ts
 * safeManagerChain(null, null, null).success;
 * //=> false
 * ```
 */
export function safeManagerChain(
  payees: ReadonlyArray<{ readonly id: string; readonly managerId?: string | undefined }>,
  payeeId: string,
  levels: number,
): SafeResult<string[]> {
  return attempt(() => managerChain(payees, payeeId, levels));
}
