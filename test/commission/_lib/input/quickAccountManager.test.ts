import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickAccountManager } from '../../../../src/commission/_lib/input/quickAccountManager';
import { AccountManager } from '../../../../src/model';

const id = fc.constantFrom(
  'AM-1',
  'AM-2',
  'T-1',
  '',
  ' ',
  '__proto__',
  'constructor',
  'a\u0000b',
  7,
);
const label = fc.constantFrom('王芳', 'Ann', '', '\ud800', 'a\u0000b', null);
const date = fc.constantFrom('2020-01-01', '2026-03-31', '2026-02-30', '2026-1-1', '', null);
const currency = fc.constantFrom('USD', 'CNY', 'usd', 'XXX', 'ZZZ', 1, undefined);
const person = fc.oneof(
  fc.record(
    {
      id,
      name: label,
      teamId: id,
      managerId: id,
      hireDate: date,
      leaveDate: date,
      payCurrency: currency,
      other: fc.constant(1),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      id: fc.constant('AM-1'),
      name: fc.constant('王芳'),
      teamId: fc.constant('T-1'),
      managerId: fc.constantFrom('AM-1', 'AM-2', undefined),
      hireDate: fc.constantFrom('2020-01-01', '2026-03-31'),
      leaveDate: fc.constantFrom('2020-01-01', '2026-03-31', '2019-12-31'),
      payCurrency: fc.constantFrom('USD', 'CNY'),
    },
    { requiredKeys: ['id', 'name', 'teamId', 'hireDate', 'payCurrency'] },
  ),
);

describe('quickAccountManager (internal)', () => {
  it('reads the common record as the schema does', () => {
    const raw = {
      payCurrency: 'CNY',
      id: 'AM-00001',
      name: '王芳',
      teamId: 'T-1',
      managerId: 'AM-00002',
      hireDate: '2021-04-01',
    };
    const quick = quickAccountManager(raw);
    expect(quick).not.toBeNull();
    expect(JSON.stringify(quick)).toBe(JSON.stringify(AccountManager.parse(raw)));
  });

  it('leaves what the schema refines to the schema', () => {
    const base = {
      id: 'AM-1',
      name: 'Ann',
      teamId: 'T-1',
      hireDate: '2026-03-01',
      payCurrency: 'USD',
    };
    expect(quickAccountManager({ ...base, managerId: 'AM-1' })).toBeNull();
    expect(quickAccountManager({ ...base, leaveDate: '2026-02-28' })).toBeNull();
    expect(quickAccountManager({ ...base, leaveDate: '2026-03-01' })).not.toBeNull();
  });

  describe('properties', () => {
    it('is the schema’s output (keys in order) whenever it reads one, else null', () => {
      fc.assert(
        fc.property(person, (raw) => {
          const quick = quickAccountManager(raw);
          if (quick === null) return;
          const parsed = AccountManager.safeParse(raw);
          expect(parsed.success).toBe(true);
          expect(quick).toStrictEqual(parsed.data);
          expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
        }),
        { numRuns: 3000 },
      );
    });

    it('reads every valid plain record without an unknown or undefined key', () => {
      fc.assert(
        fc.property(person, (raw) => {
          const parsed = AccountManager.safeParse(raw);
          const known = Object.keys(raw).every((k) => k !== 'other');
          const undefinedGiven = Object.values(raw).some((v) => v === undefined);
          const plain = Object.getPrototypeOf(raw) === Object.prototype;
          if (parsed.success && known && !undefinedGiven && plain)
            expect(quickAccountManager(raw)).not.toBeNull();
        }),
        { numRuns: 3000 },
      );
    });
  });
});
