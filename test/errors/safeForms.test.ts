import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { money } from '../../src/money';
import { dateRange, parsePeriod } from '../../src/period';
import { publicApi, SUBPATHS } from '../_support/publicApi';

/**
 * The error contract, held by a tool over every public subpath: every exported function either
 * cannot fail (the short list below, each with its reason) or has a `safe<Name>` sibling in the
 * same module; every safe form returns `{ success }` and never throws, whatever it is given; and a
 * plain function given the same hostile arguments throws nothing but a `CrmRulesError`.
 */

/**
 * Total on their typed domain: no argument of the declared type makes them fail, so they have no
 * safe form. An argument outside the types still gets `INVALID_INPUT` (the sweep below checks it).
 */
const CANNOT_FAIL: Readonly<Record<string, string>> = {
  isCrmRulesError: 'a type guard over unknown',
  isTraceCode: 'a type guard over unknown',
  isCountryCode: 'a type guard over unknown',
  isEntityKind: 'a type guard over unknown',
  isCurrencyCode: 'a type guard over unknown',
  isMoney: 'a type guard over unknown',
  isOperator: 'a type guard over unknown',
  isPortableText: 'a predicate over a string',
  isZero: 'the sign of a valid Money',
  isPositive: 'the sign of a valid Money',
  isNegative: 'the sign of a valid Money',
  abs: 'a sign change of a valid Money: no rounding, same currency',
  negate: 'a sign change of a valid Money: no rounding, same currency',
  toMoneyJson: 'writes a valid Money',
  formatPath: 'renders an error path',
  unsupported: 'builds an error, never throws one',
  emptyCommissionState: 'no argument: a constant',
  compareKeys: 'a total order on strings',
  pairKey: 'joins two currency codes',
  comparePeriods: 'orders parsed periods',
  periodEquals: 'compares parsed periods',
  formatPeriod: 'renders a parsed period',
  monthsInGrain: 'a lookup over the closed Grain list',
  templateParams: 'lists the names in a parsed template',
  traceToSteps: 'renders a condition trace the engine built',
  conditionToJson: 'writes a parsed condition',
  conditionSpecificity: 'measures a parsed condition',
  compareSpecificity: 'orders two specificities',
  formatDecimalText: 'returns undefined for text that is not a decimal',
  formatPercentText: 'returns undefined for text that is not a decimal',
  formatMoneyText: 'returns undefined for text that is not a decimal',
  gradeNameStep: 'builds a trace step from a grade name',
  effectiveVersions: 'builds a schema from a schema',
};

/** The net itself: the helpers every safe form is written with. */
const NET = new Set(['attempt', 'attemptAsync', 'safeParseWith']);

/** Test tooling, outside the contract: its failures are the caller's failing tests. */
const TOOLING_SUBPATHS = new Set(['./testing']);

interface Exported {
  readonly subpath: string;
  readonly name: string;
  readonly file: string;
  readonly arity: number;
  readonly params: readonly string[];
}

const subpaths = SUBPATHS.filter(([name]) => !TOOLING_SUBPATHS.has(name));

function exportedFunctions(): Exported[] {
  const { checker, exportsOf } = publicApi();
  const found: Exported[] = [];
  for (const [subpath, source] of subpaths) {
    for (const { exported, symbol } of exportsOf(source)) {
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined || (symbol.flags & ts.SymbolFlags.Class) !== 0) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      // Classes (and decimal.js's `Decimal`) construct; schemas and constants do not call.
      if (type.getConstructSignatures().length > 0) continue;
      const [signature] = type.getCallSignatures();
      if (signature === undefined) continue;
      if (
        found.some(
          (fn) => fn.name === exported.name && fn.file === declaration.getSourceFile().fileName,
        )
      )
        continue; // the same function from another subpath (`.` re-exports money, period …)
      found.push({
        subpath,
        name: exported.name,
        file: declaration.getSourceFile().fileName,
        arity: signature.parameters.length,
        params: signature.parameters.map((parameter) => parameter.name),
      });
    }
  }
  return found;
}

const functions = exportedFunctions();
const modules = new Map<string, Record<string, unknown>>();
for (const [subpath, source] of subpaths)
  modules.set(subpath, (await import(`../../${source}`)) as Record<string, unknown>);

const safeName = (name: string): string => `safe${name[0]?.toUpperCase()}${name.slice(1)}`;
const isSafeForm = (fn: Exported): boolean =>
  NET.has(fn.name) ||
  (fn.name.startsWith('safe') &&
    functions.some((other) => other.subpath === fn.subpath && safeName(other.name) === fn.name));
const safeForms = functions.filter(isSafeForm);
const plain = functions.filter((fn) => !isSafeForm(fn));

function deeplyNested(depth: number): unknown {
  let value: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) value = { all: [value] };
  return value;
}
const deep = deeplyNested(10_000);

/** Arguments no caller should send, each a fresh value per call (the generator is one-shot). */
const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['5', () => 5],
  ["'x'", () => 'x'],
  ['NaN', () => Number.NaN],
  ['{}', () => ({})],
  ['[]', () => []],
  ['10,000 deep', () => deep],
  [
    '__proto__ keys',
    () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
  ],
  [
    'one-shot generator',
    () =>
      (function* oneShot() {
        yield { id: 'X-1' };
        yield 'x';
      })(),
  ],
];

/** A well-typed value for common parameter names, so a hostile value can sit in any position. */
function sample(param: string): unknown {
  switch (param) {
    case 'value':
    case 'left':
    case 'right':
    case 'amount':
    case 'numerator':
    case 'denominator':
      return money('10.00', 'USD');
    case 'currency':
      return 'USD';
    case 'date':
    case 'start':
    case 'end':
      return '2026-03-01';
    case 'period':
    case 'first':
    case 'last':
      return parsePeriod('2026-03');
    case 'range':
      return dateRange('2026-01-01', '2026-04-01');
    case 'grain':
      return 'month';
    case 'path':
      return [];
    case 'options':
      return {};
    default:
      return undefined;
  }
}

/** Every call the hostile sweep makes: all positions hostile, then one position at a time. */
function* hostileCalls(fn: Exported): Generator<readonly [string, unknown[]]> {
  const arity = Math.max(fn.arity, 1);
  for (const [label, make] of HOSTILE) {
    yield [`${label} everywhere`, Array.from({ length: arity }, make)];
    for (let at = 0; at < arity; at += 1) {
      const args = fn.params.map(sample);
      args[at] = make();
      yield [`${label} as ${fn.params[at] ?? 'argument'}`, args];
    }
  }
}

async function outcome(run: () => unknown): Promise<{ value?: unknown; thrown?: unknown }> {
  try {
    let value = run();
    if (value instanceof Promise) value = await value;
    else if (
      value !== null &&
      typeof value === 'object' &&
      Symbol.iterator in value &&
      typeof (value as unknown as Iterator<unknown>).next === 'function'
    ) {
      // A lazy sequence fails when read: read (a bounded part of) it.
      let count = 0;
      for (const _ of value as Iterable<unknown>) if (++count > 1000) break;
    } else if (value !== null && typeof value === 'object' && Symbol.asyncIterator in value) {
      let count = 0;
      for await (const _ of value as AsyncIterable<unknown>) if (++count > 1000) break;
    }
    return { value };
  } catch (thrown) {
    return { thrown };
  }
}

function describeThrow(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
}

describe('the error contract of every public function', () => {
  it('finds the public functions', () => {
    expect(functions.length).toBeGreaterThan(150);
  });

  it('every function cannot fail or has a safe form beside it', () => {
    const missing = plain
      .filter((fn) => CANNOT_FAIL[fn.name] === undefined)
      .filter(
        (fn) =>
          !functions.some(
            (other) =>
              other.subpath === fn.subpath &&
              other.name === safeName(fn.name) &&
              other.file === fn.file,
          ),
      )
      .map((fn) => `${fn.subpath} ${fn.name}`);
    expect(missing).toEqual([]);
  });

  it('the cannot-fail list names only exported functions without a safe form', () => {
    const names = new Set(plain.map((fn) => fn.name));
    const stale = Object.keys(CANNOT_FAIL).filter(
      (name) => !names.has(name) || functions.some((fn) => fn.name === safeName(name)),
    );
    expect(stale).toEqual([]);
  });

  it.each(safeForms.map((fn) => [`${fn.subpath} ${fn.name}`, fn] as const))(
    '%s returns { success } and never throws, whatever it is given',
    async (_, fn) => {
      const safe = modules.get(fn.subpath)?.[fn.name] as (...args: unknown[]) => unknown;
      const broken: string[] = [];
      for (const [label, args] of hostileCalls(fn)) {
        // The net's own helpers take a function: hand them one that throws a TypeError.
        const call = NET.has(fn.name) && fn.name !== 'safeParseWith' ? [() => args[0]] : args;
        const { value, thrown } = await outcome(() => safe(...call));
        if (thrown !== undefined) broken.push(`${label}: threw ${describeThrow(thrown)}`);
        else if (typeof (value as { success?: unknown })?.success !== 'boolean')
          broken.push(`${label}: returned no { success }`);
        else if (
          (value as { success: boolean }).success === false &&
          !((value as { error?: unknown }).error instanceof CrmRulesError)
        )
          broken.push(`${label}: failed without a CrmRulesError`);
      }
      expect(broken).toEqual([]);
    },
    20_000,
  );

  it.each(plain.map((fn) => [`${fn.subpath} ${fn.name}`, fn] as const))(
    '%s throws nothing but a CrmRulesError, whatever it is given',
    async (_, fn) => {
      const plainFn = modules.get(fn.subpath)?.[fn.name] as (...args: unknown[]) => unknown;
      const broken: string[] = [];
      for (const [label, args] of hostileCalls(fn)) {
        const { thrown } = await outcome(() => plainFn(...args));
        if (thrown !== undefined && !(thrown instanceof CrmRulesError))
          broken.push(`${label}: threw ${describeThrow(thrown)}`);
      }
      expect(broken).toEqual([]);
    },
    20_000,
  );

  it('no hostile argument polluted a prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
