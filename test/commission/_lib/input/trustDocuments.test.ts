import { describe, expect, it } from 'vitest';
import { trustCustomer } from '../../../../src/commission/_lib/input/trustDocuments';
import { trustedReader } from '../../../../src/commission/_lib/input/trustedReader';
import { CrmRulesError } from '../../../../src/errors';

function failure(doc: unknown): { code: string; path: unknown } | null {
  try {
    trustCustomer(doc, 3, trustedReader());
    return null;
  } catch (error) {
    if (!(error instanceof CrmRulesError)) throw error;
    return { code: error.code, path: error.path };
  }
}

describe('trustCustomer (internal)', () => {
  it('passes a customer through, checking only the fields the engine reads', () => {
    const customer = { id: 'C-1', name: 'Acme', country: 'DE', grade: 'key', extra: 1 };
    expect(trustCustomer(customer, 0, trustedReader())).toBe(customer);
  });

  it('rejects a missing id, a fact that is not a text, and a bad first deal date', () => {
    expect(failure({ name: 'Acme', country: 'DE' })).toEqual({
      code: 'INVALID_INPUT',
      path: ['customers', 3, 'id'],
    });
    expect(failure({ id: 'C-1', country: 'DE', grade: 5 })).toEqual({
      code: 'INVALID_INPUT',
      path: ['customers', 3, 'grade'],
    });
    expect(failure({ id: 'C-1', country: 'DE', firstDealDate: '2026-02-30' })?.path).toEqual([
      'customers',
      3,
      'firstDealDate',
    ]);
    expect(failure('C-1')?.path).toEqual(['customers', 3]);
  });
});
