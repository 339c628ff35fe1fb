#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCli } from './runCli';

// No top-level await: the bin is bundled as ESM and as CommonJS like every entry.
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
}).then((code) => {
  process.exitCode = code;
});
