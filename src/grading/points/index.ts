export { PointRules, type PointRulesInput } from './PointRules';
export { type PointScore, safeScorePoints, scorePoints } from './scorePoints';
