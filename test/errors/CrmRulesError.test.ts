import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  attempt,
  attemptAsync,
  CrmRulesError,
  ERROR_CODES,
  formatPath,
  isCrmRulesError,
  parseWith,
  safeParseWith,
} from '../../src/errors';

describe('CrmRulesError', () => {
  it('names the code, the path and the value in its message', () => {
    const error = new CrmRulesError('INVALID_AMOUNT', 'expected a decimal string', {
      path: ['lines', 3, 'amount'],
      value: 12.5,
    });
    expect(error.message).toBe(
      'INVALID_AMOUNT at lines[3].amount: expected a decimal string (got 12.5)',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CrmRulesError');
    expect(error.issues).toEqual([
      {
        code: 'INVALID_AMOUNT',
        path: ['lines', 3, 'amount'],
        message: 'expected a decimal string',
        input: 12.5,
      },
    ]);
  });

  it('serialises to JSON without losing the code or path, even for NaN and bigint values', () => {
    expect(
      JSON.parse(JSON.stringify(new CrmRulesError('INVALID_AMOUNT', 'bad', { value: Number.NaN }))),
    ).toMatchObject({
      code: 'INVALID_AMOUNT',
      path: [],
      value: 'NaN',
    });
    expect(new CrmRulesError('INVALID_AMOUNT', 'bad', { value: 10n }).toJSON().value).toBe('10');
  });

  it('has a closed list of distinct SCREAMING_SNAKE codes', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    for (const code of ERROR_CODES) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('formats paths with indexes in brackets', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'rate'])).toBe('[0].rate');
    expect(formatPath(['plan', 'tiers', 2, 'upTo'])).toBe('plan.tiers[2].upTo');
  });

  it('recognises its own instances by code', () => {
    const error = new CrmRulesError('INVALID_DATE', 'x');
    expect(isCrmRulesError(error)).toBe(true);
    expect(isCrmRulesError(error, 'INVALID_DATE')).toBe(true);
    expect(isCrmRulesError(error, 'INVALID_PERIOD')).toBe(false);
    expect(isCrmRulesError(new Error('x'))).toBe(false);
  });
});

describe('safeParseWith / parseWith', () => {
  const Line = z.object({
    quantity: z.number().int(),
    split: z
      .number()
      .refine((n) => n === 100, { params: { code: 'SPLIT_NOT_100' }, message: 'must be 100' }),
  });

  it('reports the first issue with its full path, value and all issues', () => {
    const result = safeParseWith(z.object({ lines: z.array(Line) }), {
      lines: [
        { quantity: 1, split: 100 },
        { quantity: 1.5, split: 100 },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.path).toEqual(['lines', 1, 'quantity']);
    expect(result.error.value).toBe(1.5);
  });

  it('uses the code a refinement carries in params.code', () => {
    const result = safeParseWith(Line, { quantity: 2, split: 90 }, { path: ['plan', 'splits', 0] });
    expect(
      result.success ? null : [result.error.code, result.error.path, result.error.value],
    ).toEqual(['SPLIT_NOT_100', ['plan', 'splits', 0, 'split'], 90]);
  });

  it('counts further issues in the message and keeps them all', () => {
    const result = safeParseWith(Line, { quantity: 'x', split: 'y' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(2);
    expect(result.error.message).toContain('and 1 more issue');
  });

  it('throws the same error from parseWith and returns data on success', () => {
    expect(parseWith(Line, { quantity: 2, split: 100 })).toEqual({ quantity: 2, split: 100 });
    expect(() => parseWith(Line, { quantity: 2, split: 1 })).toThrowError(CrmRulesError);
  });
});

describe('attempt', () => {
  it('turns CrmRulesErrors into failures as they are', async () => {
    expect(attempt(() => 3)).toEqual({ success: true, data: 3 });
    const failed = attempt(() => {
      throw new CrmRulesError('CONFLICT', 'x');
    });
    expect(failed.success ? null : failed.error.code).toBe('CONFLICT');
    expect((await attemptAsync(async () => 'ok')).success).toBe(true);
    const asyncFailure = await attemptAsync(async () => {
      throw new CrmRulesError('CONFLICT', 'x');
    });
    expect(asyncFailure.success ? null : asyncFailure.error.code).toBe('CONFLICT');
  });

  // Issue 13: safeComputeStatements(null) threw a TypeError because attempt rethrew it.
  it('never throws: any other exception becomes INVALID_INPUT with the original as cause', async () => {
    const bug = new TypeError('bug');
    const failed = attempt(() => {
      throw bug;
    });
    expect(failed.success).toBe(false);
    if (failed.success) return;
    expect([failed.error.code, failed.error.path, failed.error.cause]).toEqual([
      'INVALID_INPUT',
      [],
      bug,
    ]);
    expect(failed.error.message).toMatch(/could not be processed \(TypeError: bug\)/);
    const overflow = attempt(function deep(): never {
      return deep();
    });
    expect(overflow.success ? null : overflow.error.code).toBe('INVALID_INPUT');
    const thrownValue = await attemptAsync(async () => {
      throw 5;
    });
    expect(thrownValue.success ? null : thrownValue.error.cause).toBe(5);
  });
});
