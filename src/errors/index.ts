export {
  CrmRulesError,
  type CrmRulesErrorOptions,
  type ErrorIssue,
  type ErrorPath,
  formatPath,
  isCrmRulesError,
} from './CrmRulesError';
export { ERROR_CODES, type ErrorCode } from './codes';
export { INPUT_LIMITS, type InputLimit } from './INPUT_LIMITS';
export { parseWith, safeParseWith } from './parseWith';
export type { AbortSignalLike, RunOptions, RunProgress } from './RunOptions';
export { attempt, attemptAsync, type SafeResult } from './result';
