import { parseArgs } from 'node:util';
import { type CliIo, EXIT } from './CliIo';
import { jobCommand } from './jobCommand';
import { JOBS, type Job } from './runJob';
import { schemaCommand } from './schemaCommand';
import { validateCommand } from './validateCommand';

const USAGE = `usage: crm-rules <command> [options]

commands:
  close       grade, score, pay and check a period in one run (the whole close)
  grade       grade the customers (with their movements)
  score       measure and score the account managers' KPIs, ranked
  commission  the commission statements (with the KPI-linked bonus)
  risk        run the risk checks (exit 1 on a block-severity finding)
      --data <folder> --period <label> (2026-Q3, 2026-07, 2026-H2, 2026)
      [--mapping <file>]      read the folder's CSV files by a column mapping (else <name>.json)
      [--rules <folder>]      the rules folder (default <data>/rules)
      [--base-currency <code>] (default: company.json's baseCurrency)
      [--format text|json|csv|html] [--lang en|zh-CN] [--out <file>]
  validate <file…> [--kind plan|scorecard|grade-policy|risk-policy|mapping]
      check plans, scorecards, policies and column mappings; prints coded errors with paths
  schema [plan|scorecard|grade-policy|risk-policy|mapping…] [--out <file>]
      print the JSON Schemas of the rule documents and of the column mapping

exit codes: 0 ok, 1 block-severity findings, 2 bad input (with each file, row and column)`;

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
  if (command === 'validate') return validateCommand(rest, parsed.values.kind, io);
  if (command === 'schema') return schemaCommand(rest, io, parsed.values.out);
  if ((JOBS as readonly string[]).includes(command)) {
    if (rest.length > 0) {
      io.err(`${command}: unexpected ${rest.join(' ')}\n\n${USAGE}`);
      return EXIT.badInput;
    }
    return jobCommand(command as Job, parsed.values, io);
  }
  io.err(`unknown command ${command}\n\n${USAGE}`);
  return EXIT.badInput;
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
      mapping: { type: 'string' },
      rules: { type: 'string' },
      'base-currency': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
