import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTIONS_FILE,
  generatedFiles,
  plainText,
  readDescriptions,
  SCHEMAS_DIR,
} from '../../scripts/generateSchemas';
import { SCHEMA_NAMES, toJsonSchema } from '../../src/schemas';

/**
 * The descriptions and the shipped `schemas/*.json` are generated (`npm run schemas`): the
 * committed files must equal a fresh generation, so they never go stale, and each description is
 * the schema's TSDoc summary, read again here with the TypeScript compiler.
 */
const descriptions = readDescriptions();

describe('the generated JSON Schemas (issue 14)', () => {
  it('each description is the TSDoc summary of the schema', () => {
    expect(Object.keys(descriptions)).toEqual([...SCHEMA_NAMES]);
    expect(descriptions.MoneyJson).toBe(
      'The JSON form of money: `{ "amount": "123.45", "currency": "USD" }`. The amount is a decimal string, so no JSON number ever carries money.',
    );
    for (const name of SCHEMA_NAMES)
      expect(toJsonSchema(name).description).toBe(descriptions[name]);
  });

  it('writes links as their text and joins the lines of a paragraph', () => {
    expect(
      plainText('See {@link toDecimal} and {@link Money | money},\n  then   this.\n\nNext.'),
    ).toBe('See toDecimal and money, then this.\n\nNext.');
  });

  it('the committed files equal a fresh generation (run `npm run schemas`)', () => {
    const files = generatedFiles(descriptions);
    expect(files.size).toBe(SCHEMA_NAMES.length + 1);
    const stale = [...files].filter(([path, content]) => readFileSync(path, 'utf8') !== content);
    expect(stale.map(([path]) => path)).toEqual([]);
    const shipped = readdirSync(SCHEMAS_DIR).map((file) => `${SCHEMAS_DIR}/${file}`);
    expect(shipped.sort()).toEqual(
      [...files.keys()].filter((path) => path !== DESCRIPTIONS_FILE).sort(),
    );
  });

  it('ships them: in the package files, at crm-rules/schemas/<Name>.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    expect(pkg.files).toContain(SCHEMAS_DIR);
    expect(pkg.exports['./schemas/*.json']).toBe('./schemas/*.json');
  });
});
