/**
 * Layer order of src/ (lowest first). A folder may import its own files and folders of
 * lower layers only; folders on the same layer stay independent of each other.
 * Keep in step with docs/architecture.md.
 */
const layers = [
  ['_lib'],
  ['errors'],
  ['explain'],
  ['period'],
  ['money'],
  ['rules'],
  ['model'],
  ['grading', 'kpi', 'commission', 'risk', 'assignment', 'report'],
  ['ports'],
  ['adapters', 'schemas'],
  ['workflows'],
  ['testing', 'cli'],
];

const all = layers.flat();
const forbidden = [];
layers.forEach((group, index) => {
  const allowed = new Set(layers.slice(0, index).flat());
  for (const folder of group) {
    const banned = all.filter((other) => other !== folder && !allowed.has(other));
    if (banned.length === 0) continue;
    forbidden.push({
      name: `layer-${folder}`,
      comment: `src/${folder} may import only ${[...allowed].join(', ') || 'nothing in src'} (see docs/architecture.md)`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: `^src/(${banned.join('|')})/` },
    });
  }
});

// Inside an area's _lib the folders are the stages of its pipeline (docs/architecture.md),
// lowest first: a stage may import its own files and lower stages only, and no file sits loose
// in that _lib itself.
function stageOrder(lib, stages) {
  stages.forEach((stage, index) => {
    const higher = stages.slice(index + 1);
    if (higher.length === 0) return;
    forbidden.push({
      name: `stage-${lib.replaceAll('/', '-')}-${stage}`,
      comment: `${lib}/${stage} may import only ${stages.slice(0, index + 1).join(', ')} inside ${lib}`,
      severity: 'error',
      from: { path: `^src/${lib}/${stage}/` },
      to: { path: `^src/${lib}/(${higher.join('|')})/` },
    });
  });
  forbidden.push({
    name: `stages-${lib.replaceAll('/', '-')}`,
    comment: `Every file of ${lib} belongs to a stage folder.`,
    severity: 'error',
    from: { path: `^src/${lib}/[^/]+\\.ts$` },
    to: {},
  });
}
stageOrder('commission/_lib', [
  'exact',
  'schema',
  'explain',
  'input',
  'pricing',
  'plan',
  'events',
  'prepare',
  'payee',
  'crediting',
  'modifiers',
  'statement',
  'timing',
  'columns',
  'run',
  'close',
]);
// A stage folder that outgrew ~15 files has sub-folders above its own files (`events/table/`,
// `columns/kernel/`): a stage's files may not import its sub-folders.
forbidden.push({
  name: 'commission-stage-subfolders-above',
  comment:
    "A stage's own files of commission/_lib may not import its sub-folders (they sit above them).",
  severity: 'error',
  from: { path: '^src/commission/_lib/([^/]+)/[^/]+\\.ts$' },
  to: { path: '^src/commission/_lib/$1/[^/]+/' },
});
// The public schemas sit below the pipeline: they may call only its number and schema helpers.
forbidden.push({
  name: 'commission-model-below-pipeline',
  comment: 'commission/model may import only the exact and schema stages of commission/_lib',
  severity: 'error',
  from: { path: '^src/commission/model/' },
  to: { path: '^src/commission/(?!model/|_lib/(exact|schema)/)' },
});
stageOrder('grading/_lib', ['exact', 'input', 'ledger', 'summary', 'scoring']);
stageOrder('grading/lifetime/_lib', ['explain', 'math', 'data', 'models', 'fit']);
stageOrder('risk/_lib/run', ['policy', 'context', 'checks', 'report']);
stageOrder('risk/_lib/screening', ['names', 'index', 'findings']);
stageOrder('kpi/_lib/metrics', ['exact', 'tally', 'read', 'finish']);

forbidden.push(
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'Circular imports make the layer order meaningless.',
    from: {},
    to: { circular: true },
  },
  {
    name: 'no-runtime-deps-beyond-card',
    severity: 'error',
    comment: 'Runtime code may use only zod, decimal.js and node-free code (design card).',
    from: { path: '^src/', pathNot: '^src/(testing|cli)/' },
    to: {
      dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'core'],
      pathNot: 'node_modules/(zod|decimal\\.js)/',
    },
  },
  {
    name: 'cli-only-node',
    severity: 'error',
    comment:
      'The CLI (src/cli, the crm-rules bin) may add Node built-ins and csv-parse and nothing else.',
    from: { path: '^src/cli/' },
    to: {
      dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional'],
      pathNot: 'node_modules/(zod|decimal\\.js|csv-parse)/',
    },
  },
  {
    name: 'csv-parse-only-in-cli',
    severity: 'error',
    comment:
      'csv-parse is a runtime dependency for the CLI alone (design card): no other file of src imports it, so no library subpath pulls it in.',
    from: { path: '^src/', pathNot: '^src/cli/' },
    to: { path: 'node_modules/csv-parse/' },
  },
  {
    name: 'testing-only-fast-check',
    severity: 'error',
    comment: 'The ./testing subpath may add fast-check (optional peer) and nothing else.',
    from: { path: '^src/testing/' },
    to: {
      dependencyTypes: ['npm', 'npm-dev', 'npm-peer', 'npm-optional', 'core'],
      pathNot: 'node_modules/(zod|decimal\\.js|fast-check)/',
    },
  },
  {
    name: 'no-database-drivers',
    severity: 'error',
    comment:
      "pg and PGlite are optional peers of ./postgres, which takes the caller's client as an argument: no file of src imports a driver (the root entry and every other subpath stay free of them).",
    from: { path: '^src/' },
    to: { path: 'node_modules/(pg|pg-[^/]+|@electric-sql/[^/]+|@types/pg)/' },
  },
  {
    name: 'no-internal-leak',
    severity: 'error',
    comment: 'Tests and benches may import src; src may not import tests.',
    from: { path: '^src/' },
    to: { path: '^(test|bench|examples)/' },
  },
);

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
