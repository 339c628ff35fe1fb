export { Finding, RiskOverride, RiskSubject, Severity } from './Finding';
// screening and trade barriers (issue 16, riskscreen)
export { matchScore, safeMatchScore } from './matchScore';
export { type NormaliseNameOptions, normaliseName, safeNormaliseName } from './normaliseName';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
