import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The performance guides (English and Chinese) name the commands that produced their figures:
 * every `npm run <script>` must be a script of package.json and every `bench/<file>` a file, and
 * the Chinese guide must name every benchmark and mutation command the English one does.
 */
const GUIDES = ['docs/performance.md', 'docs/zh-CN/performance.md'] as const;
const scripts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const text = (guide: string) => readFileSync(guide, 'utf8');
const npmRuns = (guide: string) =>
  new Set([...text(guide).matchAll(/npm run ([a-z][a-z:-]*)/g)].map((m) => m[1] ?? ''));
const benchFiles = (guide: string) =>
  new Set([...text(guide).matchAll(/\bbench\/[A-Za-z-]+(?:\.bench)?\.ts\b/g)].map((m) => m[0]));

describe('the performance guides', () => {
  it.each(GUIDES)('%s: every npm run command is a script of package.json', (guide) => {
    const named = [...npmRuns(guide)];
    expect(named.length).toBeGreaterThanOrEqual(10);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it.each(GUIDES)('%s: every bench/ file it names exists', (guide) => {
    const files = [...benchFiles(guide)];
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.filter((file) => !existsSync(file))).toEqual([]);
  });

  it('the Chinese guide names every benchmark and mutation command of the English one', () => {
    const measured = (name: string) => name.startsWith('bench') || name.startsWith('mutation');
    const english = [...npmRuns(GUIDES[0])].filter(measured);
    const chinese = npmRuns(GUIDES[1]);
    expect(english.filter((name) => !chinese.has(name))).toEqual([]);
  });

  it('the Chinese guide is linked from the README and from the Chinese CLI guide', () => {
    expect(text('README.md')).toContain('docs/zh-CN/performance.md');
    expect(text('docs/zh-CN/cli.md')).toContain('performance.md');
  });
});
