import { CrmRulesError } from '../../../errors';
import { Decimal } from '../../../money';
import type { CreditSplit } from '../../model/CreditSplit';
import { trustedReader } from '../input/trustedReader';
import { isDecimal } from '../schema/quickChecks';

const reader = trustedReader();

// One object, not one per use (a regex literal in a loop is a new object each time).
const NONZERO = /[1-9]/;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Internal: the trusted split checks, with paths built only for a failing check; `valid` holds the
 * percentages already found valid (a few texts, checked once each).
 */
export function trustSplit(raw: unknown, index: number, valid: Set<string>): CreditSplit {
  const r = reader;
  const split = isObject(raw) ? raw : r.object(raw, ['splits', index]);
  trustKeys(split, index);
  const full = split.mode === 'full';
  if (split.mode !== undefined && !full && split.mode !== 'divide')
    throw new CrmRulesError('INVALID_INPUT', "a split's mode is 'divide' or 'full'", {
      path: ['splits', index, 'mode'],
      value: split.mode,
    });
  const shares = Array.isArray(split.splits)
    ? split.splits
    : r.array(split.splits, ['splits', index, 'splits']);
  for (let i = 0; i < shares.length; i += 1) trustShare(shares, i, index, full, valid);
  return split as unknown as CreditSplit;
}

/** What a split is keyed by: exactly one of an order (and maybe a line) and an invoice. */
function trustKeys(split: Record<string, unknown>, index: number): void {
  const r = reader;
  if (split.invoiceId === undefined || split.orderId !== undefined) {
    if (!isId(split.orderId)) r.id(split.orderId, ['splits', index, 'orderId']);
    if (split.invoiceId !== undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'a split is keyed by exactly one of orderId and invoiceId',
        { path: ['splits', index, 'invoiceId'], value: split.invoiceId },
      );
  } else {
    if (!isId(split.invoiceId)) r.id(split.invoiceId, ['splits', index, 'invoiceId']);
    if (split.lineId !== undefined)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'an invoice split covers the whole invoice (lineId goes with orderId)',
        { path: ['splits', index, 'lineId'], value: split.lineId },
      );
  }
  if (split.lineId !== undefined && !isId(split.lineId))
    r.id(split.lineId, ['splits', index, 'lineId']);
}

/** Share `i` of split `index`: a payee once, a percentage above 0 (100 in a full-credit split). */
function trustShare(
  shares: readonly unknown[],
  i: number,
  index: number,
  full: boolean,
  valid: Set<string>,
): void {
  const r = reader;
  const share = shares[i];
  if (!isObject(share)) {
    r.object(share, ['splits', index, 'splits', i]);
    return;
  }
  const payeeId = share.payeeId;
  if (!isId(payeeId)) r.id(payeeId, ['splits', index, 'splits', i, 'payeeId']);
  const percent = share.percent;
  if (typeof percent !== 'string' || !valid.has(percent)) {
    if (!isDecimal(percent)) r.decimal(percent, ['splits', index, 'splits', i, 'percent']);
    if ((percent as string).charCodeAt(0) === 45 || !NONZERO.test(percent as string))
      throw new CrmRulesError('INVALID_AMOUNT', 'a split percentage is above 0', {
        path: ['splits', index, 'splits', i, 'percent'],
        value: percent,
      });
    valid.add(percent as string);
  }
  if (full && !new Decimal(percent as string).eq(100))
    throw new CrmRulesError(
      'INVALID_AMOUNT',
      'each payee of a full-credit split earns on 100 % of the line',
      { path: ['splits', index, 'splits', i, 'percent'], value: percent },
    );
  for (let k = 0; k < i; k += 1)
    if ((shares[k] as { payeeId: unknown }).payeeId === payeeId)
      throw new CrmRulesError('INVALID_INPUT', 'a payee appears once in a split', {
        path: ['splits', index, 'splits', i, 'payeeId'],
        value: payeeId,
      });
}
