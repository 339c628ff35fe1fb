export { PointRules, type PointRulesInput } from './PointRules';
export { type PointScore, scorePoints } from './scorePoints';
