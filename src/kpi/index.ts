export { KpiDefinition, KpiMetric, Scorecard } from './Scorecard';
export { ScoringCurve } from './ScoringCurve';
