export { GRADING_FACTS } from './GRADING_FACTS';
export { type CustomerFacts, gradingFacts, safeGradingFacts } from './gradingFacts';
