import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

/**
 * Every `crm-rules …` line of a ```sh block of the CLI guides runs, in process, on the sample
 * data: it must exit 0, or the code its `# exit N` comment says. Files it writes (`--out`) stay in
 * memory.
 */
const GUIDES = ['docs/cli.md', 'docs/zh-CN/cli.md'];

interface GuideCommand {
  readonly guide: string;
  readonly line: string;
  readonly argv: string[];
  readonly exit: number;
}

/** Splits a command line into words (no quoting is needed by the guides; refused if used). */
function words(line: string): string[] {
  if (/["'`$|;&<>\\]/.test(line)) throw new Error(`the guide's command needs a shell: ${line}`);
  return line.split(/\s+/).filter((word) => word !== '');
}

function commandsOf(guide: string): GuideCommand[] {
  const text = readFileSync(guide, 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .filter((line) => line.startsWith('crm-rules '))
      .map((line) => {
        const [command = '', comment = ''] = line.split('#');
        const exit = /exit (\d)/.exec(comment)?.[1];
        return {
          guide,
          line,
          argv: words(command).slice(1),
          exit: exit === undefined ? 0 : Number(exit),
        };
      }),
  );
}

const commands = GUIDES.flatMap(commandsOf);

/** The column mappings the guides show as ```json blocks (those with `collections`). */
const mappings = GUIDES.flatMap((guide) =>
  [...readFileSync(guide, 'utf8').matchAll(/```json\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .filter((block) => block.includes('"collections"'))
    .map((block, i) => [`${guide}: mapping ${i + 1}`, block] as const),
);

describe('the CLI guides', () => {
  it('show commands (the test would pass on an empty guide otherwise)', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    expect(new Set(commands.map((c) => c.argv[0]))).toEqual(
      new Set(['grade', 'score', 'commission', 'risk', 'validate', 'schema']),
    );
  });

  it('show column mappings that `crm-rules validate` accepts', async () => {
    expect(mappings.length).toBeGreaterThanOrEqual(2);
    for (const [name, block] of mappings) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['validate', '--kind', 'mapping', 'mapping.json'], {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
        readFile: () => block,
      });
      expect([name, code, err]).toEqual([name, 0, []]);
    }
  });

  it.each(commands.map((c) => [`${c.guide}: ${c.line}`, c] as const))(
    '%s',
    async (_, { argv, exit }) => {
      const out: string[] = [];
      const err: string[] = [];
      const written: Record<string, string> = {};
      const code = await runCli(argv, {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
        readFile: (path) => readFileSync(path, 'utf8'),
        writeFile: (path, text) => {
          written[path] = text;
        },
      });
      expect([code, exit === 0 ? err : []]).toEqual([exit, []]);
      if (exit !== 2) expect(out.length + Object.keys(written).length).toBeGreaterThan(0);
      if (exit === 2) expect(err.length).toBeGreaterThan(0);
    },
    60_000,
  );
});
