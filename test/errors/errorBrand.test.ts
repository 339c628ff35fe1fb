import { describe, expect, it } from 'vitest';
import { CrmRulesError, isCrmRulesError } from '../../src/errors';

/**
 * An error thrown by another copy of the library (its CommonJS build beside the ESM one, or a
 * bundled copy) is another class: both checks go by the `Symbol.for('crm-rules.error')` brand.
 * test/package/errorBrand.test.ts checks the two real builds against each other.
 */
function errorOfAnotherCopy(): unknown {
  class OtherCrmRulesError extends Error {
    readonly code = 'INVALID_DATE';
    readonly path = [];
  }
  Object.defineProperty(OtherCrmRulesError.prototype, Symbol.for('crm-rules.error'), {
    value: true,
  });
  return new OtherCrmRulesError('not a date');
}

describe('the CrmRulesError brand', () => {
  it('recognises an error of another copy of the library with instanceof and isCrmRulesError', () => {
    const error = errorOfAnotherCopy();
    expect(error instanceof CrmRulesError).toBe(true);
    expect(isCrmRulesError(error)).toBe(true);
    expect(isCrmRulesError(error, 'INVALID_DATE')).toBe(true);
    expect(isCrmRulesError(error, 'INVALID_PERIOD')).toBe(false);
  });

  it('still tells other values apart', () => {
    for (const value of [
      new Error('x'),
      { code: 'INVALID_DATE' },
      null,
      undefined,
      'CrmRulesError',
      42,
    ]) {
      expect(value instanceof CrmRulesError).toBe(false);
      expect(isCrmRulesError(value)).toBe(false);
    }
    expect(new CrmRulesError('INVALID_DATE', 'not a date') instanceof Error).toBe(true);
  });

  it('keeps the prototype check for a subclass', () => {
    class Special extends CrmRulesError {}
    expect(new Special('INVALID_DATE', 'x') instanceof Special).toBe(true);
    expect(new Special('INVALID_DATE', 'x') instanceof CrmRulesError).toBe(true);
    expect(new CrmRulesError('INVALID_DATE', 'x') instanceof Special).toBe(false);
  });
});
