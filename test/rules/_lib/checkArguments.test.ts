import { describe, expect, it } from 'vitest';
import { CrmRulesError, type ErrorCode, INPUT_LIMITS } from '../../../src/errors';
import {
  Condition,
  compareSpecificity,
  compileCondition,
  conditionSpecificity,
  conditionToJson,
  evaluateCondition,
  type FactSchema,
  type GroupTrace,
  parseCondition,
  safeEvaluateCondition,
  safeParseCondition,
  traceToSteps,
  validateFacts,
} from '../../../src/rules';
import { limitExceeded, nestedAll } from '../../_support/limits';

const schema: FactSchema = { grade: 'string', amount: 'number' };
const json = { all: [{ fact: 'grade', operator: 'eq', value: 'key' }] };
const parsed = parseCondition(json, schema);

/** The CrmRulesError `run` throws, as [code, path]. */
function failure(run: () => unknown): [ErrorCode, unknown] {
  try {
    run();
  } catch (error) {
    if (error instanceof CrmRulesError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a CrmRulesError');
}

describe('every rules export refuses wrong-typed arguments with a coded error (issue 13)', () => {
  it('a raw JSON rule, null or a number where a parsed condition goes → INVALID_INPUT [condition]', () => {
    for (const bad of [json, null, 5, 'rule', { root: {}, facts: [] }, { ...parsed }]) {
      expect(failure(() => evaluateCondition(bad as never, { grade: 'key' }))).toEqual([
        'INVALID_INPUT',
        ['condition'],
      ]);
      expect(failure(() => compileCondition(bad as never))).toEqual([
        'INVALID_INPUT',
        ['condition'],
      ]);
      expect(failure(() => conditionSpecificity(bad as never))[1]).toEqual(['condition']);
      expect(failure(() => conditionToJson(bad as never))[1]).toEqual(['condition']);
    }
    expect(evaluateCondition(parsed, { grade: 'key' }).outcome).toBe(true);
  });

  it('facts, paths and options of the wrong type → INVALID_INPUT naming them', () => {
    const isKey = compileCondition(parsed);
    expect(failure(() => evaluateCondition(parsed, null as never))[0]).toBe('INVALID_INPUT');
    expect(failure(() => evaluateCondition(parsed, 5 as never))[0]).toBe('INVALID_INPUT');
    expect(failure(() => evaluateCondition(parsed, {}, 'x' as never))).toEqual([
      'INVALID_INPUT',
      ['path'],
    ]);
    expect(failure(() => isKey(null as never))[0]).toBe('INVALID_INPUT');
    expect(failure(() => isKey({}, 7 as never))).toEqual(['INVALID_INPUT', ['path']]);
    expect(failure(() => validateFacts({}, schema, 'x' as never))).toEqual([
      'INVALID_INPUT',
      ['path'],
    ]);
    expect(failure(() => validateFacts(null, schema))[0]).toBe('INVALID_INPUT');
    expect(failure(() => parseCondition(json, null as never))[0]).toBe('INVALID_INPUT');
    expect(failure(() => parseCondition(json, schema, null as never))).toEqual([
      'INVALID_INPUT',
      ['options'],
    ]);
    expect(failure(() => parseCondition(json, schema, { path: 'x' as never }))).toEqual([
      'INVALID_INPUT',
      ['options', 'path'],
    ]);
    expect(failure(() => parseCondition(json, schema, { maxDepth: 100_000 }))).toEqual([
      'INVALID_INPUT',
      ['options', 'maxDepth'],
    ]);
  });

  it('compareSpecificity checks both counts', () => {
    const one = { pinned: 1, bounded: 0, constrained: 0 };
    expect(failure(() => compareSpecificity(null as never, one))).toEqual(['INVALID_INPUT', ['a']]);
    expect(failure(() => compareSpecificity(one, { ...one, bounded: '2' } as never))).toEqual([
      'INVALID_INPUT',
      ['b', 'bounded'],
    ]);
  });

  it('traceToSteps checks each node, and the depth first', () => {
    const trace = evaluateCondition(parsed, { grade: 'key' }).trace as GroupTrace;
    expect(traceToSteps(JSON.parse(JSON.stringify(trace)))).toEqual(traceToSteps(trace));
    expect(failure(() => traceToSteps(null as never))).toEqual(['INVALID_INPUT', ['trace']]);
    expect(failure(() => traceToSteps(json as never))).toEqual([
      'INVALID_INPUT',
      ['trace', 'outcome'],
    ]);
    const broken = { ...trace, children: [{ ...trace.children[0], actual: null, expected: null }] };
    expect(failure(() => traceToSteps(broken as never))).toEqual([
      'INVALID_INPUT',
      ['trace', 'children', 0, 'expected'],
    ]);
    let deep: unknown = trace.children[0];
    for (let i = 0; i < 10_000; i += 1) deep = { kind: 'not', outcome: true, child: deep };
    expect(failure(() => traceToSteps(deep as never))[0]).toBe('LIMIT_EXCEEDED');
  });
});

describe('condition limits (issue 13)', () => {
  const leaf = { fact: 'grade', operator: 'eq', value: 'key' };

  it('the Condition schema refuses a deep or huge condition before parsing it', () => {
    const start = performance.now();
    for (const bad of [
      nestedAll(100_000, leaf),
      { any: Array(100_000).fill(leaf) },
      { any: Array.from({ length: 20 }, () => ({ all: Array(5_000).fill(leaf) })) },
      { fact: 'grade', operator: 'eq', value: 'x'.repeat(INPUT_LIMITS.maxStringLength + 1) },
    ]) {
      const result = Condition.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ params: { code: 'LIMIT_EXCEEDED' } });
    }
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(Condition.safeParse(nestedAll(INPUT_LIMITS.maxConditionDepth, leaf)).success).toBe(true);
  });

  it('parseCondition refuses 100,000 leaves before parsing any (0.1 s before)', async () => {
    const wide = { any: Array(100_000).fill(leaf) };
    const spread = { any: Array.from({ length: 20 }, () => ({ all: Array(5_000).fill(leaf) })) };
    const error = await limitExceeded(() => parseCondition(wide, schema, { path: ['when'] }));
    expect([error.path, error.value]).toEqual([['when', 'any'], 100_000]);
    expect((await limitExceeded(() => parseCondition(spread, schema))).path).toEqual([
      'any',
      1,
      'all',
      4_997,
    ]);
  });

  it('parseCondition: strings past maxStringLength → LIMIT_EXCEEDED at the string', () => {
    const long = 'x'.repeat(INPUT_LIMITS.maxStringLength + 1);
    const error = safeParseCondition({ fact: 'grade', operator: 'in', value: ['a', long] }, schema);
    expect(error.success ? null : [error.error.code, error.error.path, error.error.value]).toEqual([
      'LIMIT_EXCEEDED',
      ['value', 1],
      long.length,
    ]);
    const named = safeParseCondition({ fact: long, operator: 'exists' }, { [long]: 'string' });
    expect(named.success ? null : named.error.path).toEqual(['fact']);
  });
});

describe('argument errors say what was expected', () => {
  /** The CrmRulesError `run` throws, as [code, path, detail]. */
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof CrmRulesError) return [error.code, error.path, error.detail];
      throw error;
    }
    throw new Error('expected a CrmRulesError');
  };

  it('a condition that is undefined, or not from parseCondition, names parseCondition', () => {
    const detail =
      'condition must be a parsed condition: pass the JSON rule through parseCondition first';
    for (const bad of [undefined, json])
      expect(refusal(() => compileCondition(bad as never))).toEqual([
        'INVALID_INPUT',
        ['condition'],
        detail,
      ]);
  });

  it('a path that is not a list', () => {
    expect(refusal(() => compileCondition(parsed)({}, 'x' as never))).toEqual([
      'INVALID_INPUT',
      ['path'],
      'a path is a list of keys and indexes',
    ]);
  });

  it('a specificity that is not an object, or a negative count', () => {
    const one = { pinned: 1, bounded: 0, constrained: 0 };
    expect(refusal(() => compareSpecificity(5 as never, one))).toEqual([
      'INVALID_INPUT',
      ['a'],
      'a must be a specificity',
    ]);
    expect(refusal(() => compareSpecificity(one, { ...one, constrained: -1 }))).toEqual([
      'INVALID_INPUT',
      ['b', 'constrained'],
      'constrained must be a non-negative integer',
    ]);
  });

  it('options that are not an object', () => {
    for (const bad of [[], 5, 'strict'])
      expect(refusal(() => parseCondition(json, schema, bad as never))).toEqual([
        'INVALID_INPUT',
        ['options'],
        'expected the options as an object',
      ]);
  });

  it('safeEvaluateCondition returns the result, or the error instead of throwing it', () => {
    const ok = safeEvaluateCondition(parsed, { grade: 'key' });
    expect(ok.success && ok.data.outcome).toBe(true);
    const bad = safeEvaluateCondition(parsed, { grade: 5 }, ['deal']);
    expect(bad.success ? undefined : [bad.error.code, bad.error.path]).toEqual([
      'FACT_TYPE_MISMATCH',
      ['deal', 'grade'],
    ]);
    const defaultPath = safeEvaluateCondition(parsed, { grade: 5 });
    expect(defaultPath.success ? undefined : defaultPath.error.path).toEqual(['grade']);
  });
});

describe('the Condition schema reports a bound it breaks as a custom issue at its path', () => {
  it('names the path of the long string and the LIMIT_EXCEEDED code', () => {
    const long = 'x'.repeat(INPUT_LIMITS.maxStringLength + 1);
    const result = Condition.safeParse({ any: [{ fact: 'grade', operator: 'eq', value: long }] });
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      path: ['any', 0, 'value'],
      params: { code: 'LIMIT_EXCEEDED' },
    });
  });
});
