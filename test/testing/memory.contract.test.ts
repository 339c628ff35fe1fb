import { describe, test } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory';
import { FULL_SUPPORT, type Supports } from '../../src/ports';
import { describeAdapterContract } from '../../src/testing';

// The memory adapter against the contract, with everything it supports …
describeAdapterContract({
  test,
  describe,
  name: 'memory store (full support)',
  factory: (seed) => createMemoryStore(seed),
  supports: FULL_SUPPORT,
  fastCheck: { numRuns: 40 },
});

// … and narrowed, so the groups for missing capabilities run too: unlisted readers and filters,
// read-only results, no batches, no summaries.
const narrow: Supports = {
  readers: {
    customers: ['ownerId'],
    orders: ['range', 'ownerId'],
    invoices: ['range'],
    payments: ['invoiceId'],
    accountManagers: ['range'],
    targets: [],
  },
  results: { read: true, write: false, atomicBatch: false },
  summaries: { orderDays: false },
};
describeAdapterContract({
  test,
  describe,
  name: 'memory store (narrowed manifest)',
  factory: (seed) => createMemoryStore(seed, { supports: narrow }),
  supports: narrow,
  fastCheck: { numRuns: 20 },
});

const writeNoBatch: Supports = {
  readers: { orders: ['range', 'customerId', 'ownerId', 'status'] },
  results: { read: true, write: true, atomicBatch: false },
  summaries: { orderDays: true },
};
describeAdapterContract({
  test,
  describe,
  name: 'memory store (writes without batches)',
  factory: (seed) => createMemoryStore(seed, { supports: writeNoBatch }),
  supports: writeNoBatch,
  fastCheck: { numRuns: 20 },
});
