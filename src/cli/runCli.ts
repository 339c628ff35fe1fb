import { parseArgs } from 'node:util';
import { type CliIo, EXIT } from './CliIo';
import { closeCommand } from './closeCommand';
import { schemaCommand } from './schemaCommand';
import { validateCommand } from './validateCommand';

const USAGE = `usage: crm-rules <command> [options]

commands:
  validate <file…> [--kind plan|scorecard|grade-policy|risk-policy]
      check plans, scorecards and policies; prints coded errors with their paths
  schema [plan|scorecard|grade-policy|risk-policy…]
      print the JSON Schemas of the rule documents
  close --data <folder> --period <label> [--format text|json|html] [--lang en|zh-CN]
      close a period for the company in the folder (JSON, laid out as examples/data/export-trader);
      html prints a self-contained page (charts inline) to redirect into a file

exit codes: 0 ok, 1 block-severity findings, 2 bad input`;

/**
 * The `crm-rules` command line: parses `argv` (without `node` and the script) with
 * `util.parseArgs`, runs the command and returns the exit code (0 ok, 1 block findings, 2 bad
 * input). Writes through `io`, so tests run it without a process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.badInput;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help === true || command === undefined || command === 'help') {
    (command === undefined && parsed.values.help !== true ? io.err : io.out)(USAGE);
    return command === undefined && parsed.values.help !== true ? EXIT.badInput : EXIT.ok;
  }
  switch (command) {
    case 'validate':
      return validateCommand(rest, parsed.values.kind, io);
    case 'schema':
      return schemaCommand(rest, io);
    case 'close':
      return closeCommand(parsed.values, io);
    default:
      io.err(`unknown command ${command}\n\n${USAGE}`);
      return EXIT.badInput;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      kind: { type: 'string' },
      data: { type: 'string' },
      period: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
