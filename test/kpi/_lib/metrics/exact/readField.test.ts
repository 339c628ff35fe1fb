import { describe, expect, it } from 'vitest';
import { UNSAFE_KEYS } from '../../../../../src/_lib/guards';
import { CrmRulesError } from '../../../../../src/errors';
import { textField } from '../../../../../src/kpi/_lib/metrics/exact/readField';

describe('textField: the length check before the unsafe-key lookup', () => {
  it('refuses every unsafe key with UNSAFE_KEY at the field, and passes other texts of their lengths', () => {
    for (const key of UNSAFE_KEYS) {
      let error: unknown;
      try {
        textField({ ownerId: key }, 'ownerId', ['facts', 'orders', 3]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CrmRulesError);
      expect((error as CrmRulesError).code).toBe('UNSAFE_KEY');
      expect((error as CrmRulesError).path).toEqual(['facts', 'orders', 3, 'ownerId']);
      const same = 'x'.repeat(key.length);
      expect(textField({ ownerId: same }, 'ownerId', [])).toBe(same);
    }
  });
});
