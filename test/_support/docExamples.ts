import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { publicApi, SUBPATHS } from './publicApi';

/** One code example of the documentation, where it is written and what it may use. */
export interface DocExample {
  /** `file:line` of the opening fence. */
  readonly where: string;
  /** The TypeScript inside the fence. */
  readonly code: string;
  /**
   * The public subpath (`'.'`, `'./money'` …) whose exports a TSDoc example uses without
   * importing them; `undefined` for a markdown block, which imports what it uses.
   */
  readonly subpath: string | undefined;
}

const FENCE = /^```(ts|typescript)\s*$/;

/** The ```ts blocks of a text whose first line is `firstLine` of `file`. */
function fencedBlocks(
  lines: readonly string[],
  file: string,
  firstLine: number,
): Array<{ where: string; code: string }> {
  const blocks: Array<{ line: number; code: string[] }> = [];
  let open: { line: number; code: string[] } | undefined;
  lines.forEach((line, index) => {
    if (open === undefined) {
      if (FENCE.test(line.trim())) open = { line: firstLine + index, code: [] };
    } else if (line.trim().startsWith('```')) {
      blocks.push(open);
      open = undefined;
    } else open.code.push(line);
  });
  if (open !== undefined) throw new Error(`${file}:${open.line}: unclosed code fence`);
  return blocks.map(({ line, code }) => ({ where: `${file}:${line}`, code: code.join('\n') }));
}

/**
 * Every ```ts block in the TSDoc of the public API (each doc comment once, however many
 * subpaths export it), with the first subpath that exports it as its scope.
 */
export function tsdocExamples(): DocExample[] {
  const { exportsOf } = publicApi();
  const seen = new Set<string>();
  const examples: DocExample[] = [];
  for (const [subpath, source] of SUBPATHS) {
    for (const { symbol } of exportsOf(source)) {
      for (const declaration of symbol.declarations ?? []) {
        const file = declaration.getSourceFile();
        for (const doc of ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc)) {
          const key = `${file.fileName}:${doc.pos}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const { line } = file.getLineAndCharacterOfPosition(doc.getStart(file));
          const lines = file.text
            .slice(doc.getStart(file), doc.end)
            .split('\n')
            .map((text) => text.replace(/^\s*\/?\*+\/?(?: |$)/, '').replace(/\s*\*\/$/, ''));
          const name = file.fileName.slice(file.fileName.indexOf('src/'));
          for (const block of fencedBlocks(lines, name, line + 1)) {
            examples.push({ ...block, subpath });
          }
        }
      }
    }
  }
  return examples;
}

/** The markdown guides: README.md and every docs/**.md except the generated API reference. */
export function guideFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path === join('docs', 'api') ? [] : walk(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...walk('docs')];
}

/** Every ```ts block of the README and the guides. */
export function markdownExamples(files: readonly string[] = guideFiles()): DocExample[] {
  return files.flatMap((file) =>
    fencedBlocks(readFileSync(file, 'utf8').split('\n'), file, 1).map((block) => ({
      ...block,
      subpath: undefined,
    })),
  );
}

/**
 * The reader's own code that the guides name without defining it (a database client, schema
 * helpers): declared for the type check only.
 */
const PLACEHOLDERS = [
  'declare type MyClient = { readonly query: (sql: string) => Promise<unknown> };',
  'declare function freshSchemaWith(seed: unknown): Promise<MyClient>;',
  'declare function dropSchema(store: unknown): Promise<void>;',
].join('\n');

/**
 * Type-checks the markdown blocks as a user's code under the project's strict options
 * (`noUncheckedIndexedAccess`, `exactOptionalPropertyTypes` …), each block as a module of its own, as
 * each runs on its own;
 * `crm-rules/…` resolves through tsconfig.json `paths`. Returns `file:line: message` per error.
 */
export function typeErrors(examples: readonly DocExample[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('tsconfig.json: unreadable');
  const modules = new Map<string, { text: string; starts: Array<[number, string]> }>();
  for (const { where, code } of examples) {
    // One module per block, as each block runs on its own: blocks of a guide may reuse a name.
    const name = join(process.cwd(), `${where.replace(':', '.')}.check.ts`);
    const module = modules.get(name) ?? { text: `${PLACEHOLDERS}\nexport {};\n`, starts: [] };
    module.starts.push([module.text.split('\n').length - 1, where]);
    module.text += `${code}\n`;
    modules.set(name, module);
  }
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => modules.has(name) || fileExists(name);
  host.readFile = (name) => modules.get(name)?.text ?? readFile(name);
  host.getSourceFile = (name, version, ...rest) => {
    const module = modules.get(name);
    return module
      ? ts.createSourceFile(name, module.text, version)
      : getSourceFile(name, version, ...rest);
  };
  const program = ts.createProgram([...modules.keys()], config.options, host);
  return [...modules].flatMap(([name, { starts }]) => {
    const file = program.getSourceFile(name);
    if (file === undefined) return [`${name}: not compiled`];
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (diagnostic) => {
        const line = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
        const [start, where] = starts.filter(([first]) => first <= line).at(-1) ?? [0, name];
        const [path, fence] = [where.slice(0, where.lastIndexOf(':')), where.split(':').at(-1)];
        const at = `${path}:${Number(fence) + 1 + line - start}`;
        return `${at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      },
    );
  });
}
