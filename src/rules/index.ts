export { Condition, ConditionLeaf, ConditionValue } from './Condition';
export type { ConditionTrace, GroupTrace, LeafTrace, NotTrace } from './ConditionTrace';
export { type CompiledCondition, compileCondition, safeCompileCondition } from './compileCondition';
export { compareSpecificity, conditionSpecificity, type Specificity } from './conditionSpecificity';
export { conditionToJson } from './conditionToJson';
export {
  type ConditionResult,
  evaluateCondition,
  safeEvaluateCondition,
} from './evaluateCondition';
export {
  FactDefinition,
  FactName,
  FactSchema,
  type FactTypes,
  factLabels,
  parseFactSchema,
  safeFactLabels,
  safeParseFactSchema,
} from './FactSchema';
export { FactType, OPERATORS_BY_TYPE } from './FactType';
export { type ComparisonOperator, isOperator, Operator } from './Operator';
export type {
  ConditionNode,
  FactRef,
  LeafNode,
  ParsedCondition,
  RuleValue,
} from './ParsedCondition';
export {
  CONDITION_LIMITS,
  type ParseConditionOptions,
  parseCondition,
  safeParseCondition,
} from './parseCondition';
export type { Facts } from './readFacts';
export type { RuleValueJson } from './ruleValue';
export { RULES_TRACE_CODES, traceToSteps } from './traceToSteps';
export { safeValidateFacts, validateFacts } from './validateFacts';
