import { inspect } from 'node:util';
import DecimalJs from 'decimal.js';
import ts from 'typescript';
import { expect } from 'vitest';

/**
 * Runs a documentation example and checks its `//=>` lines.
 *
 * The convention, as the examples are written:
 * - `//=> value` (on its own line or after the statement) states the value of the statement just
 *   before it: an expression statement, or `const x = …` (the value of `x`). The value is a
 *   JavaScript literal (strings, numbers, arrays, objects, `undefined`, `new Float64Array([…])`);
 *   `…` in an object stands for the properties not shown, at the end of an array for the items
 *   not shown. After the value, a note may follow ` — like this` or `(like this)`.
 * - `//=> throws CrmRulesError CODE` or `… CODE at ['path', 0]` states that the statement throws
 *   that error (and path).
 * - A value is compared as data: a decimal.js value as its `toString()` (so a `Money` compares as
 *   `{ amount: '2.345', currency: 'USD' }`, its full-precision amount; `toMoneyJson` gives the
 *   minor-unit form), an error as its `name`, `message` and own fields, properties that are
 *   `undefined` as absent.
 * - A block without `//=>` must run without throwing.
 * The test compiles the example with TypeScript's `transpileModule` and runs it in a function
 * whose parameters are the public API in scope; `import … from 'crm-rules/…'` lines read the same
 * modules.
 */
export interface ExampleCheck {
  /** 1-based line of the `//=>` comment in the example. */
  readonly line: number;
  /** The text after `//=>`. */
  readonly expected: string;
  /** What the statement gave: a value, an error it threw, or nothing (not reached). */
  outcome?: { readonly value: unknown } | { readonly thrown: unknown };
}

type Edit = readonly [start: number, end: number, text: string];

/** The `//=>` comments of an example, by position (comments are the trivia around tokens). */
function arrowComments(file: ts.SourceFile): Array<{ pos: number; text: string }> {
  const found = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const { pos, end, kind } of ranges ?? []) {
      const text = file.text.slice(pos, end);
      if (kind === ts.SyntaxKind.SingleLineCommentTrivia && text.startsWith('//=>'))
        found.set(pos, text.slice(4).trim());
    }
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(file.text, node.pos));
    collect(ts.getTrailingCommentRanges(file.text, node.end));
    collect(ts.getLeadingCommentRanges(file.text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return [...found].sort(([a], [b]) => a - b).map(([pos, text]) => ({ pos, text }));
}

/** Expression and variable statements, in source order, at every depth. */
function checkableStatements(file: ts.SourceFile): ts.Statement[] {
  const found: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** `import { a, b as c } from 'x'` → `const { a, b: c } = __import('x');` (types dropped). */
function importAsConst(node: ts.ImportDeclaration): string {
  const from = (node.moduleSpecifier as ts.StringLiteral).text;
  const clause = node.importClause;
  if (clause === undefined) return `__import(${JSON.stringify(from)});`;
  if (clause.isTypeOnly) return '';
  const parts: string[] = [];
  if (clause.name)
    parts.push(`const ${clause.name.text} = __import(${JSON.stringify(from)}).default;`);
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings))
    parts.push(`const ${bindings.name.text} = __import(${JSON.stringify(from)});`);
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements
      .filter((element) => !element.isTypeOnly)
      .map((element) =>
        element.propertyName
          ? `${element.propertyName.getText()}: ${element.name.text}`
          : element.name.text,
      );
    if (names.length > 0)
      parts.push(`const { ${names.join(', ')} } = __import(${JSON.stringify(from)});`);
  }
  return parts.join(' ');
}

/**
 * Rewrites an example so that each checked statement reports its value or error, imports read
 * the given modules, `export` keywords and `declare` statements go (the example becomes a function
 * body).
 */
export function instrument(code: string): { readonly js: string; readonly checks: ExampleCheck[] } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const statements = checkableStatements(file);
  const edits: Edit[] = [];
  const checks: ExampleCheck[] = [];
  const claimed = new Set<ts.Statement>();
  const comments = arrowComments(file);
  if (comments.length !== code.split('//=>').length - 1)
    throw new Error('a //=> that is not a line comment after a statement');
  for (const comment of comments) {
    const line = file.getLineAndCharacterOfPosition(comment.pos).line + 1;
    // The statement that ends last before the comment: the outer one when a callback's body
    // ends inside it.
    const statement = statements
      .filter((s) => s.end <= comment.pos)
      .reduce<ts.Statement | undefined>(
        (last, s) => (last && last.end >= s.end ? last : s),
        undefined,
      );
    if (statement === undefined || claimed.has(statement))
      throw new Error(`line ${line}: no statement of its own before //=> ${comment.text}`);
    claimed.add(statement);
    const index = checks.length;
    checks.push({ line, expected: comment.text });
    if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression.getText(file);
      edits.push([
        statement.getStart(file),
        statement.end,
        `try { __value(${index}, (${expression})); } catch (__error) { __thrown(${index}, __error); }`,
      ]);
    } else {
      const declarations = (statement as ts.VariableStatement).declarationList.declarations;
      const name = declarations.at(-1)?.name;
      if (name === undefined || !ts.isIdentifier(name))
        throw new Error(`line ${line}: //=> after a destructuring declaration`);
      edits.push([statement.end, statement.end, ` __value(${index}, ${name.text});`]);
    }
  }
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement))
      edits.push([statement.getStart(file), statement.end, importAsConst(statement)]);
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    const exported = modifiers.find((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))
      edits.push([statement.getStart(file), statement.end, '']);
    else if (exported) edits.push([exported.getStart(file), exported.end, '']);
  }
  let edited = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    edited = edited.slice(0, start) + text + edited.slice(end);
  const { outputText, diagnostics } = ts.transpileModule(
    `async function __example() {\n${edited}\n}`,
    { compilerOptions: { target: ts.ScriptTarget.ES2022 }, reportDiagnostics: true },
  );
  const syntax = diagnostics?.[0];
  if (syntax) throw new Error(ts.flattenDiagnosticMessageText(syntax.messageText, '\n'));
  return { js: outputText, checks };
}

/**
 * Runs an instrumented example with `scope` (name → value) in scope and `modules` (specifier →
 * module) for its imports; fills in each check's outcome.
 */
export async function runExample(
  code: string,
  scope: Readonly<Record<string, unknown>>,
  modules: Readonly<Record<string, unknown>>,
): Promise<ExampleCheck[]> {
  const { js, checks } = instrument(code);
  const names = Object.keys(scope).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const run = new Function(
    ...names,
    '__value',
    '__thrown',
    '__import',
    `${js}\nreturn __example();`,
  ) as (...args: unknown[]) => Promise<void>;
  const record = (index: number, outcome: NonNullable<ExampleCheck['outcome']>) => {
    const check = checks[index];
    if (check) check.outcome = outcome;
  };
  const importModule = (specifier: string) => {
    if (!(specifier in modules)) throw new Error(`the example imports unknown '${specifier}'`);
    return modules[specifier];
  };
  await run(
    ...names.map((name) => scope[name]),
    (index: number, value: unknown) => record(index, { value }),
    (index: number, thrown: unknown) => record(index, { thrown }),
    importModule,
  );
  return checks;
}

/** Stands for the properties or items an expected value does not show (`…`). */
export const MORE = Symbol('…');

/** `…` outside string literals becomes `__more__`, a name for {@link MORE}. */
function replaceEllipsis(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote !== undefined) {
      if (char === '\\') {
        out += char + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (char === quote) quote = undefined;
      out += char;
    } else if (char === "'" || char === '"' || char === '`') {
      quote = char;
      out += char;
    } else out += char === '…' ? '__more__' : char;
  }
  return out;
}

/**
 * The value an expected text denotes, with its note (` — …`, ` (…)`) left off: the first reading
 * that evaluates, notes stripped first. A text that evaluates to `undefined` must say so
 * (`Float64Array [1, 2]` is a member access, not a value).
 */
export function expectedValue(text: string): unknown {
  const dash = text.split(' — ')[0] ?? text;
  const paren = (candidate: string) => candidate.replace(/\s+\([^()]*\)$/, '');
  for (const candidate of [paren(dash), dash, paren(text), text]) {
    try {
      const evaluate = new Function('__more__', `return (${replaceEllipsis(candidate)});`);
      const value: unknown = evaluate(MORE);
      if (value !== undefined || candidate.trim() === 'undefined') return value;
    } catch {}
  }
  throw new Error(`//=> ${text}: not a value (a JavaScript literal, then an optional note)`);
}

/** `throws CrmRulesError CODE [at [path]]` → the code and path, or undefined. */
export function expectedThrow(
  text: string,
): { readonly name: string; readonly code?: string; readonly path?: unknown } | undefined {
  const match = /^throws (\w+)(?: ([A-Z][A-Z0-9_]+))?(?: at (\[.*?\]))?(?:\s+\(.*\)|\s+—.*)?$/.exec(
    text,
  );
  if (match === null) return undefined;
  const [, name = '', code, path] = match;
  return {
    name,
    ...(code === undefined ? {} : { code }),
    ...(path === undefined ? {} : { path: expectedValue(path) }),
  };
}

/** A value as data, for comparing with a literal (see the convention above). */
export function asData(value: unknown, seen = new Set<unknown>()): unknown {
  if (DecimalJs.isDecimal(value)) return (value as DecimalJs).toString();
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  try {
    if (ArrayBuffer.isView(value)) return value;
    if (Array.isArray(value)) return value.map((item) => asData(item, seen));
    if (value instanceof Map)
      return new Map([...value].map(([key, item]) => [key, asData(item, seen)]));
    if (value instanceof Set) return new Set([...value].map((item) => asData(item, seen)));
    const fields: Record<string, unknown> =
      value instanceof Error ? { name: value.name, message: value.message } : {};
    for (const [key, item] of Object.entries(value))
      if (item !== undefined) fields[key] = asData(item, seen);
    return fields;
  } finally {
    seen.delete(value);
  }
}

/** The actual value cut to the shape of the expected one where it says `…`. */
export function projected(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const open = expected.at(-1) === MORE;
    const shown = open ? expected.slice(0, -1) : expected;
    const items = open ? actual.slice(0, shown.length) : actual;
    return items.map((item, index) => projected(item, shown[index]));
  }
  if (
    expected !== null &&
    typeof expected === 'object' &&
    actual !== null &&
    typeof actual === 'object' &&
    !Array.isArray(actual) &&
    !(actual instanceof Map) &&
    !(actual instanceof Set) &&
    !ArrayBuffer.isView(actual)
  ) {
    const open = '__more__' in expected;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(actual))
      if (!open || key in expected) out[key] = projected(item, (expected as never)[key]);
    return out;
  }
  return actual;
}

/** The expected value without its `…` markers. */
export function withoutMore(expected: unknown): unknown {
  if (Array.isArray(expected))
    return expected.filter((item) => item !== MORE).map((item) => withoutMore(item));
  if (expected !== null && typeof expected === 'object' && !ArrayBuffer.isView(expected)) {
    if (expected instanceof Map || expected instanceof Set) return expected;
    return Object.fromEntries(
      Object.entries(expected)
        .filter(([key]) => key !== '__more__')
        .map(([key, item]) => [key, withoutMore(item)]),
    );
  }
  return expected;
}

/** A short printout of a value for a failure message (an error as its name and message). */
export const show = (value: unknown): string =>
  value instanceof Error
    ? `${value.name}: ${value.message}`
    : inspect(value, { depth: 6, breakLength: 100, compact: 3 });

/** The problems of one checked line, or none. */
export function checkProblems(check: ExampleCheck): string[] {
  const at = `line ${check.line} (//=> ${check.expected})`;
  const { outcome } = check;
  if (outcome === undefined) return [`${at}: the statement was not reached`];
  const throws = expectedThrow(check.expected);
  if (throws !== undefined) {
    if (!('thrown' in outcome)) return [`${at}: gave ${show(asData(outcome.value))}, no error`];
    const actual = asData(outcome.thrown) as Record<string, unknown>;
    const wanted = { name: throws.name, code: throws.code, path: throws.path };
    const got = { name: actual.name, code: actual.code, path: actual.path };
    for (const key of ['code', 'path'] as const) if (wanted[key] === undefined) delete got[key];
    for (const key of ['code', 'path'] as const) if (wanted[key] === undefined) delete wanted[key];
    try {
      expect(got).toEqual(wanted);
      return [];
    } catch {
      return [`${at}: threw ${show(got)} (${String(actual.message)})`];
    }
  }
  if ('thrown' in outcome) return [`${at}: threw ${show(outcome.thrown)}`];
  const expected = expectedValue(check.expected);
  const actual = projected(asData(outcome.value), expected);
  try {
    expect(actual).toEqual(withoutMore(expected));
    return [];
  } catch {
    return [`${at}: gave ${show(asData(outcome.value))}`];
  }
}
