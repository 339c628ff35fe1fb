/**
 * The contract kit under Node's own test runner (`node:test`), run as a child process by
 * contractKit.test.ts: `node --import tsx --test test/testing/node/memory.node.ts`.
 */
import { describe, test } from 'node:test';
import { createMemoryStore } from '../../../src/adapters/memory';
import { FULL_SUPPORT } from '../../../src/ports';
import { describeAdapterContract } from '../../../src/testing';

describeAdapterContract({
  test,
  describe,
  name: 'memory store under node:test',
  factory: (seed) => createMemoryStore(seed),
  supports: FULL_SUPPORT,
  fastCheck: { numRuns: 10, seed: 20261122 },
});
