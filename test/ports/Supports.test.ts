import { describe, expect, test } from 'vitest';
import { ENTITY_KINDS } from '../../src/model';
import { FULL_SUPPORT, parseSupports, QUERY_SPECS, unsupported } from '../../src/ports';

const none = { read: false, write: false, atomicBatch: false };

describe('supports', () => {
  test('FULL_SUPPORT lists every collection with every filter, and is frozen', () => {
    expect(Object.keys(FULL_SUPPORT.readers)).toEqual(ENTITY_KINDS);
    expect(FULL_SUPPORT.readers.orders).toEqual(['range', 'customerId', 'ownerId', 'status']);
    expect(FULL_SUPPORT.readers.teams).toEqual([...QUERY_SPECS.teams.fields]);
    expect(Object.isFrozen(FULL_SUPPORT.readers.orders)).toBe(true);
    expect(parseSupports(FULL_SUPPORT)).toEqual(FULL_SUPPORT);
  });

  test('a minimal manifest', () => {
    const manifest = {
      readers: { orders: ['range'] },
      results: none,
      summaries: { orderDays: false },
    };
    expect(parseSupports(manifest)).toEqual(manifest);
  });

  test('lists the summaries, and a manifest without the newer ones still parses (as false)', () => {
    expect(FULL_SUPPORT.summaries).toEqual({
      orderDays: true,
      managerSales: true,
      customerPurchases: true,
    });
    const manifest = {
      readers: { orders: [] },
      results: none,
      summaries: { orderDays: true, customerPurchases: true },
    };
    expect(parseSupports(manifest).summaries).toEqual(manifest.summaries);
  });

  test.each([
    [
      'an unknown collection',
      { readers: { order: [] }, results: none, summaries: { orderDays: false } },
      ['readers', 'order'],
    ],
    [
      'an unknown filter',
      { readers: { orders: ['owner'] }, results: none, summaries: { orderDays: false } },
      ['readers', 'orders', 0],
    ],
    [
      'range where there is none',
      { readers: { teams: ['range'] }, results: none, summaries: { orderDays: false } },
      ['readers', 'teams', 0],
    ],
    [
      'write without read',
      { readers: {}, results: { ...none, write: true }, summaries: { orderDays: false } },
      ['results', 'write'],
    ],
    [
      'batches without write',
      {
        readers: {},
        results: { ...none, read: true, atomicBatch: true },
        summaries: { orderDays: false },
      },
      ['results', 'atomicBatch'],
    ],
    [
      'summaries without an orders reader',
      { readers: {}, results: none, summaries: { orderDays: true } },
      ['summaries', 'orderDays'],
    ],
    [
      'manager sales without an orders reader',
      { readers: {}, results: none, summaries: { orderDays: false, managerSales: true } },
      ['summaries', 'managerSales'],
    ],
    [
      'customer purchases without an orders reader',
      { readers: {}, results: none, summaries: { orderDays: false, customerPurchases: true } },
      ['summaries', 'customerPurchases'],
    ],
    ['a missing section', { readers: {}, results: none }, ['summaries']],
  ])('refuses %s', (_what, input, path) => {
    expect(() => parseSupports(input)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path }),
    );
  });

  test('unsupported() names the capability', () => {
    const error = unsupported('results.write', ['put']);
    expect([error.code, error.path, error.value]).toEqual([
      'UNSUPPORTED_CAPABILITY',
      ['put'],
      'results.write',
    ]);
    expect(error.message).toContain('does not support results.write');
  });
});
