import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCommissionPlan, safeParseCommissionPlan } from '../../src/commission';
import {
  attempt,
  CrmRulesError,
  ERROR_CODES,
  type ErrorCode,
  safeParseWith,
} from '../../src/errors';
import {
  errorCatalog,
  findUnrenderable,
  formatError,
  LOCALES,
  safeFormatError,
} from '../../src/explain';
import { money } from '../../src/money';

function failure(run: () => unknown): CrmRulesError {
  const result = attempt(run);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

const plan = {
  id: 'p',
  version: 1,
  name: 'P',
  effectiveFrom: '2026-01-01',
  currency: 'USD',
  crediting: { base: 'booked' },
  components: [
    { id: 'c', name: 'C', calculation: { kind: 'flat', rate: { kind: 'rate', value: '0.04' } } },
  ],
};

describe('formatError', () => {
  it('renders a failing money call in Chinese', () => {
    const error = failure(() => money('12.3.4', 'USD'));
    expect(error.message).toBe(
      'INVALID_AMOUNT at amount: expected a decimal string such as "1234.56" (got "12.3.4")',
    );
    expect(formatError(error, 'zh-CN')).toBe(
      'INVALID_AMOUNT（金额无效），位置 amount：expected a decimal string such as "1234.56"（收到 "12.3.4"）',
    );
  });

  it("words a plan's zod issues with zod's Chinese locale, path and value framed in Chinese", () => {
    const result = safeParseCommissionPlan({ ...plan, version: 'one', extra: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.message).toBe(
      'INVALID_INPUT at version: Invalid input: expected number, received string (and 1 more issue) (got "one")',
    );
    expect(formatError(result.error, 'zh-CN')).toBe(
      'INVALID_INPUT（输入无效），位置 version：无效输入：期望 数字，实际接收 string（另有 1 个问题）（收到 "one"）',
    );
  });

  it('renders the zod issues of any schema passed to safeParseWith', () => {
    const result = safeParseWith(z.strictObject({ rate: z.string() }), { rate: 4 });
    if (result.success) throw new Error('expected a failure');
    expect(formatError(result.error, 'zh-CN')).toBe(
      'INVALID_INPUT（输入无效），位置 rate：无效输入：期望 string，实际接收 数字（收到 4）',
    );
  });

  it('names an unknown key in Chinese', () => {
    const error = failure(() => parseCommissionPlan({ ...plan, colour: 'red' }));
    expect(formatError(error, 'zh-CN')).toBe(
      'INVALID_INPUT（输入无效），位置 colour：出现未知的键(key): "colour"（收到 "red"）',
    );
  });

  it('keeps the text of the library’s own refinements after the Chinese title', () => {
    const error = failure(() =>
      parseCommissionPlan({
        ...plan,
        components: [
          {
            id: 'c',
            name: 'C',
            calculation: {
              kind: 'tiers',
              mode: 'marginal',
              measure: 'line',
              tiers: [
                { from: '0', to: '100', rate: '0.04' },
                { from: '90', to: null, rate: '0.06' },
              ],
            },
          },
        ],
      }),
    );
    expect(error.code).toBe('INVALID_TIERS');
    expect(formatError(error, 'zh-CN')).toMatch(
      /^INVALID_TIERS（阶梯设置无效），位置 components\[0\]\.calculation\.tiers\[1\]\.from：/,
    );
  });

  it('does not change zod’s global configuration', () => {
    const error = failure(() => parseCommissionPlan({ ...plan, version: 'one' }));
    formatError(error, 'zh-CN');
    expect(z.number().safeParse('x').error?.issues[0]?.message).toBe(
      'Invalid input: expected number, received string',
    );
  });

  it('wraps any other thrown value as INVALID_INPUT', () => {
    expect(formatError(new TypeError('boom'), 'zh-CN')).toBe(
      'INVALID_INPUT（输入无效）：the input could not be processed (TypeError: boom)',
    );
  });

  it('refuses an unknown locale; the safe form returns it', () => {
    const error = new CrmRulesError('INVALID_DATE', 'not a date');
    expect(() => formatError(error, 'fr' as never)).toThrow(/INVALID_INPUT at locale/);
    expect(safeFormatError(error, 'fr' as never).success).toBe(false);
    expect(safeFormatError(error, 'zh-CN')).toEqual({
      success: true,
      data: 'INVALID_DATE（日期无效）：not a date',
    });
  });

  it('keeps a message changed after construction whole', () => {
    const error = new CrmRulesError('CONFLICT', 'stale');
    error.message = 'changed';
    expect(formatError(error, 'en')).toBe('changed');
    expect(formatError(error, 'zh-CN')).toBe('CONFLICT（数据冲突）：changed');
  });

  it('has an entry with the same placeholders in both locales for every code', () => {
    for (const code of ERROR_CODES) {
      const key = `errors.${code.toLowerCase().replaceAll('_', '-')}`;
      expect(errorCatalog.messages.has(key)).toBe(true);
      const steps = [{ code: key, params: { where: '', detail: 'd', got: '' } }];
      expect(findUnrenderable(steps, errorCatalog)).toEqual([]);
    }
  });
});

describe('properties', () => {
  const code = fc.constantFrom<ErrorCode>(...ERROR_CODES);
  const path = fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 });
  const value = fc.oneof(fc.constant(undefined), fc.string(), fc.integer(), fc.jsonValue());

  it('in English is error.message, for every code, path and value', () => {
    fc.assert(
      fc.property(code, fc.string(), path, fc.boolean(), value, (c, detail, p, given, v) => {
        const error = new CrmRulesError(c, detail, given ? { path: p, value: v } : { path: p });
        expect(formatError(error, 'en')).toBe(error.message);
      }),
    );
  });

  it('in Chinese starts with the code and its title and keeps the detail', () => {
    fc.assert(
      fc.property(code, fc.string(), path, (c, detail, p) => {
        const error = new CrmRulesError(c, detail, { path: p, value: 1 });
        const text = formatError(error, 'zh-CN');
        expect(text.startsWith(`${c}（`)).toBe(true);
        expect(text).toContain(detail);
        expect(text.endsWith('（收到 1）')).toBe(true);
      }),
    );
  });

  it('never throws for a locale of LOCALES and any thrown value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...LOCALES), (thrown, locale) => {
        expect(typeof formatError(thrown, locale)).toBe('string');
      }),
    );
  });
});
