#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { runCli } from './runCli';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
});
