export { Finding, RiskOverride, RiskSubject, Severity } from './Finding';
export { AgingPolicy, ConcentrationPolicy, CreditPolicy } from './policies';
