export {
  CrmRulesError,
  type CrmRulesErrorOptions,
  type ErrorIssue,
  type ErrorPath,
  formatPath,
  isCrmRulesError,
} from './CrmRulesError';
export { ERROR_CODES, type ErrorCode } from './codes';
export { parseWith, safeParseWith } from './parseWith';
export { attempt, attemptAsync, type SafeResult } from './result';
