import { describe, expect, it } from 'vitest';
import * as moneyApi from '../../src/money';
import { typeErrors } from '../_support/docExamples';
import { checkProblems, runExample } from '../_support/runExample';

/** The example runner of examples.test.ts: it must fail the examples that are wrong. */
const problemsOf = async (code: string) =>
  (await runExample(code, moneyApi, { 'crm-rules/money': moneyApi })).flatMap(checkProblems);

// The README's quick start as it was (issue 14): a rounding the docs got wrong, and a
// destructuring that does not type-check under noUncheckedIndexedAccess.
const OLD_README = `import { allocate, convert, createFxTable, money, round, toMoneyJson } from 'crm-rules/money';
const [lead, support] = allocate(money('1000.01', 'USD'), ['70', '30']);
toMoneyJson(lead); //=> { amount: '700.01', currency: 'USD' }
const fx = createFxTable([{ base: 'USD', quote: 'CNY', rate: '7.1', date: '2026-06-30', source: 'PBOC' }]);
const { to, quote } = convert(support, 'CNY', fx, { method: 'on-or-before', date: '2026-07-15' });
round(to).amount.toString(); //=> '2130.00' — quote.rate '7.1', quote.date '2026-06-30'`;

describe('the example runner', () => {
  it('fails the old README quick start: the rounding it printed', async () => {
    expect(await problemsOf(OLD_README)).toEqual([
      "line 6 (//=> '2130.00' — quote.rate '7.1', quote.date '2026-06-30'): gave '2130'",
    ]);
  });

  it('fails the old README quick start: its destructuring under the strict options', () => {
    const errors = typeErrors([{ where: 'README.md:1', code: OLD_README, subpath: undefined }]);
    expect(errors.join('\n')).toMatch(/README\.md:4: Argument of type 'Money \| undefined'/);
  }, 60_000);

  it.each([
    ['a value', '1 + 1; //=> 2', []],
    ['a wrong value', '1 + 1; //=> 3', ['line 1 (//=> 3): gave 2']],
    ['a value on the next line', 'const x = [1, 2];\nx.length;\n//=> 2', []],
    ['a declared value', "const s = 'a';\n//=> 'a'", []],
    ['a note after a dash', 'true; //=> true — and why', []],
    ['a note in parentheses', 'undefined; //=> undefined (nothing)', []],
    ['a value that is no literal', '[1]; //=> Float64Array [1]', ['not a value']],
    ['properties not shown', '({ a: 1, b: 2 }); //=> { a: 1, … }', []],
    [
      'a shown property wrong',
      '({ a: 1, b: 2 }); //=> { a: 2, … }',
      ['line 1 (//=> { a: 2, … }): gave { a: 1, b: 2 }'],
    ],
    ['items not shown', '[1, 2, 3]; //=> [1, 2, …]', []],
    [
      'an extra property',
      '({ a: 1, b: 2 }); //=> { a: 1 }',
      ['line 1 (//=> { a: 1 }): gave { a: 1, b: 2 }'],
    ],
    [
      'money as data, full precision',
      "money('2.50', 'USD'); //=> { amount: '2.5', currency: 'USD' }",
      [],
    ],
    [
      'an error thrown',
      "money('x', 'USD'); //=> throws CrmRulesError INVALID_AMOUNT at ['amount']",
      [],
    ],
    [
      'another error thrown',
      "money('x', 'USD'); //=> throws CrmRulesError UNKNOWN_CURRENCY",
      [
        expect.stringMatching(
          /^line 1 .*: threw \{ name: 'CrmRulesError', code: 'INVALID_AMOUNT' \}/,
        ),
      ],
    ],
    [
      'no error thrown',
      "money('1', 'USD').currency; //=> throws CrmRulesError INVALID_AMOUNT",
      ["line 1 (//=> throws CrmRulesError INVALID_AMOUNT): gave 'USD', no error"],
    ],
    [
      'a check not reached',
      'if (1 > 2) {\n  1;\n  //=> 1\n}',
      ['line 3 (//=> 1): the statement was not reached'],
    ],
    ['an awaited value', 'await Promise.resolve(4); //=> 4', []],
    [
      'a statement with a callback',
      'const xs: number[] = [];\n[1, 2].forEach((x) => {\n  xs.push(x);\n});\nxs;\n//=> [1, 2]',
      [],
    ],
    [
      'a call whose callback ends with an expression statement',
      '[1, 2].forEach((x) => {\n  x * 2;\n});\n//=> undefined',
      [],
    ],
  ])('%s', async (_, code, expected) => {
    if (expected[0] === 'not a value')
      await expect(problemsOf(code)).rejects.toThrow(/not a value/);
    else expect(await problemsOf(code)).toEqual(expected);
  });

  it('refuses a //=> it cannot place, and a block that throws', async () => {
    await expect(problemsOf("const s = '//=> 1';")).rejects.toThrow(/not a line comment/);
    await expect(problemsOf('//=> 1')).rejects.toThrow(/no statement/);
    await expect(problemsOf("money('x', 'USD');")).rejects.toThrow(/INVALID_AMOUNT/);
    await expect(problemsOf("import { x } from 'elsewhere';")).rejects.toThrow(
      /unknown 'elsewhere'/,
    );
  });
});
