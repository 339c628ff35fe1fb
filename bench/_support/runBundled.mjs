// Runs a TypeScript benchmark script as one bundled ES module, with `--expose-gc`, so module
// interop (tsx, vitest) does not distort its timings. Usage:
//   node bench/_support/runBundled.mjs bench/commissionRun.ts [script arguments…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const [entry, ...rest] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: node bench/_support/runBundled.mjs <script.ts> [arguments…]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'crm-rules-bench-'));
try {
  const outfile = join(dir, 'run.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8000', outfile, ...rest],
    { stdio: 'inherit' },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
