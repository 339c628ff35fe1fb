import { createMemoryStore } from '../../adapters/memory';
import fc from '../_lib/fastCheck';
import { datasetArbitrary } from '../arbitraries/datasetArbitrary';
import type { ContractCase, ContractContext } from './context';
import { commandArbitraries } from './modelCommands';

/**
 * Internal: random sequences of reads and result puts on a random dataset, run on the adapter
 * and on the memory store (the reference model, with the same manifest); every outcome must
 * match. fast-check shrinks a failure to a short sequence and prints its seed and path.
 */
export function modelBasedCases(ctx: ContractContext): ContractCase[] {
  const commands = commandArbitraries(ctx.supports);
  if (commands.length === 0) return [];
  const { numRuns, seed, path, maxCommands } = ctx.fastCheck;
  const parameters = {
    ...(numRuns === undefined ? {} : { numRuns }),
    ...(seed === undefined ? {} : { seed }),
    ...(path === undefined ? {} : { path }),
  };
  return [
    {
      group: 'model-based',
      name: 'behaves like the memory store over random sequences of reads and puts',
      run: () =>
        fc.assert(
          fc.asyncProperty(
            datasetArbitrary({ maxPerKind: 4 }),
            fc.commands(commands, { maxCommands: maxCommands ?? 25 }),
            async (dataset, sequence) => {
              await ctx.withStore(dataset, async (real) => {
                const reference = createMemoryStore(dataset, { supports: ctx.supports });
                await fc.asyncModelRun(() => ({ model: { store: reference }, real }), sequence);
              });
            },
          ),
          parameters,
        ),
    },
  ];
}
