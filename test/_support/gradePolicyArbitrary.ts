import fc from 'fast-check';
import type { GradePolicyInput } from '../../src/grading';
import { conditionArb, factSchemaArb } from '../rules/arbitraries';

const GRADES = ['key', 'growth', 'ordinary', 'dormant', 'potential-loyalists'] as const;
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);

/**
 * A valid grade policy: one to five grades (given or the defaults), rules whose grades are among
 * them with random conditions, a default grade among them, and sometimes hysteresis and an end
 * date. Its facts are not declared (the schema checks declared facts against the standard ones).
 */
export function gradePolicyArbitrary(): fc.Arbitrary<GradePolicyInput> {
  return fc
    .tuple(fc.subarray([...GRADES], { minLength: 1 }), factSchemaArb, fc.boolean())
    .chain(([grades, facts, listed]) => {
      const grade = fc.constantFrom(...(listed ? grades : ['key', 'ordinary', 'potential']));
      const rule = fc.record(
        { id: grade, grade, when: conditionArb(facts, 3) },
        { requiredKeys: ['grade', 'when'] },
      );
      return fc.record(
        {
          id: fc.constantFrom('policy-a', '重点客户政策'),
          effectiveFrom: fc.constant('2026-01-01'),
          effectiveTo: day,
          // `undefined` (the default grades) is dropped by the JSON round trip below
          grades: fc.constant(listed ? grades.map((id) => ({ id })) : undefined),
          rules: fc.array(rule, { maxLength: 4 }),
          default: grade,
          hysteresis: fc.record(
            {
              demoteAfterPeriods: fc.integer({ min: 1, max: 36 }),
              promoteAfterPeriods: fc.integer({ min: 1, max: 36 }),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['effectiveFrom', 'grades', 'rules', 'default'] },
      );
    })
    .map((policy) => JSON.parse(JSON.stringify(policy)) as GradePolicyInput);
}
