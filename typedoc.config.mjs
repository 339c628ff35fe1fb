import { readFileSync } from 'node:fs';

const subpaths = JSON.parse(readFileSync('subpaths.json', 'utf8'));

/** API reference for every public subpath, written to docs/api (not committed; `npm run docs`). */
export default {
  entryPoints: Object.entries(subpaths)
    .filter(([name]) => !name.startsWith('$'))
    .map(([, source]) => source),
  out: 'docs/api',
  tsconfig: 'tsconfig.build.json',
  name: 'crm-rules',
  readme: 'README.md',
  excludePrivate: true,
  excludeInternal: true,
  // No public repository yet: source links would point nowhere.
  disableSources: true,
  validation: { notExported: true, invalidLink: true, notDocumented: false },
  // `SchemaName` is the keys of this internal catalog; the names are listed by `SCHEMA_NAMES`.
  intentionallyNotExported: ['src/schemas/_lib/SCHEMAS.ts:SCHEMAS'],
  treatWarningsAsErrors: false,
};
