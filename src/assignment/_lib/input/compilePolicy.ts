import { parseWith } from '../../../errors';
import { checkJsonBounds } from '../../../errors/_lib/checkJsonBounds';
import { Decimal } from '../../../money';
import { requireVersionAt, validateVersions } from '../../../period';
import {
  type CompiledCondition,
  compileCondition,
  type FactTypes,
  type ParsedCondition,
  parseCondition,
} from '../../../rules';
import { CUSTOMER_FACTS, MANAGER_FACTS } from '../../ASSIGNMENT_FACTS';
import { type AssignmentCapacity, AssignmentPolicy } from '../../AssignmentPolicy';

/** Internal: a condition parsed against its fact schema and compiled. */
export interface Rule {
  readonly parsed: ParsedCondition;
  readonly test: CompiledCondition;
}

/** Internal: a capacity in the engine's units (`Infinity` where unbounded). */
export interface Capacity {
  readonly maxCustomers: number;
  readonly maxValue: number;
  readonly byGrade: ReadonlyMap<string, number> | null;
}

/** Internal: the version in force, its conditions compiled. */
export interface CompiledPolicy {
  readonly policy: AssignmentPolicy;
  readonly rules: ReadonlyArray<{
    readonly id: string;
    readonly when: Rule | null;
    readonly require: Rule;
  }>;
  readonly territories: ReadonlyArray<{ readonly id: string; readonly when: Rule }>;
  readonly unless: Rule | null;
  /** Whether a `require` reads `manager.speaksCustomerLanguage` (profiles then hold the language). */
  readonly readsLanguage: boolean;
  capacityOf(managerId: string, scale: number): Capacity;
}

const BOTH: FactTypes = Object.freeze({ ...CUSTOMER_FACTS, ...MANAGER_FACTS });

/**
 * Internal: parses the policy versions (`['policy', i, …]`), picks the one in force on `asOf` and
 * compiles its conditions; a fact outside {@link CUSTOMER_FACTS} / {@link MANAGER_FACTS} is
 * `UNKNOWN_FACT` at the leaf's path.
 */
export function compilePolicy(input: unknown, asOf: string): CompiledPolicy {
  const list = Array.isArray(input) ? input : [input];
  checkJsonBounds(list, ['policy']);
  const versions = list.map((v, i) => parseWith(AssignmentPolicy, v, { path: ['policy', i] }));
  validateVersions(versions, ['policy']);
  const policy = requireVersionAt(versions, asOf, ['policy']);
  const at: Array<string | number> = ['policy', versions.indexOf(policy)];
  const compile = (json: unknown, facts: FactTypes, path: Array<string | number>): Rule => {
    const parsed = parseCondition(json, facts, { path: [...at, ...path] });
    return { parsed, test: compileCondition(parsed) };
  };
  const rules = policy.rules.map((rule, i) => ({
    id: rule.id,
    when: rule.when === undefined ? null : compile(rule.when, CUSTOMER_FACTS, ['rules', i, 'when']),
    require: compile(rule.require, MANAGER_FACTS, ['rules', i, 'require']),
  }));
  const territories = policy.territories.map((t, i) => ({
    id: t.id,
    when: compile(t.when, CUSTOMER_FACTS, ['territories', i, 'when']),
  }));
  const { unless } = policy.stickiness;
  return {
    policy,
    rules,
    territories,
    unless: unless === undefined ? null : compile(unless, BOTH, ['stickiness', 'unless']),
    readsLanguage: rules.some((r) =>
      r.require.parsed.facts.some((f) => f.name === 'manager.speaksCustomerLanguage'),
    ),
    capacityOf: (managerId, scale) => {
      const own = policy.capacity.managers;
      const spec = own !== undefined && Object.hasOwn(own, managerId) ? own[managerId] : undefined;
      return toCapacity(spec ?? policy.capacity.default, scale);
    },
  };
}

function toCapacity(spec: AssignmentCapacity | undefined, scale: number): Capacity {
  const maxValue =
    spec?.maxValue === undefined
      ? Number.POSITIVE_INFINITY
      : new Decimal(spec.maxValue).times(scale).floor().toNumber();
  return {
    maxCustomers: spec?.maxCustomers ?? Number.POSITIVE_INFINITY,
    maxValue,
    byGrade: spec?.byGrade === undefined ? null : new Map(Object.entries(spec.byGrade)),
  };
}
