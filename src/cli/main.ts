#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './runCli';

// A reader that stops early (`crm-rules grade … | head`) closes the pipe: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
const tty = process.stderr.isTTY === true;
let shown = false;
// No top-level await: the bin is bundled as ESM and as CommonJS like every entry.
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  now: () => performance.now(),
  // The progress line only on a terminal: a redirected stderr gets the errors alone.
  ...(tty
    ? {
        progress: (text: string) => {
          shown = true;
          process.stderr.write(`\r${text}\u001b[K`);
        },
      }
    : {}),
}).then((code) => {
  if (shown) process.stderr.write('\n');
  process.exitCode = code;
});
