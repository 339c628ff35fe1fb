export {
  CalibrationHoldoutOptions,
  type CalibrationHoldoutOptionsInput,
} from './CalibrationHoldoutOptions';
export type { CustomerSummary, SummaryResult } from './CustomerSummary';
export {
  type CalibrationAndHoldout,
  calibrationAndHoldout,
  type HoldoutSummary,
  safeCalibrationAndHoldout,
} from './calibrationAndHoldout';
export { LedgerJson } from './LedgerJson';
export {
  DATE_FORMATS,
  LedgerOptions,
  type LedgerOptionsInput,
  ledgerOf,
  ledgerOfAsync,
  safeLedgerOf,
  safeLedgerOfAsync,
} from './ledgerOf';
export { ledgerToJson, safeLedgerToJson } from './ledgerToJson';
export { mergeLedgers, safeMergeLedgers } from './mergeLedgers';
export type { LedgerUnits, PurchaseLedger } from './PurchaseLedger';
export { parseLedgerJson, safeParseLedgerJson } from './parseLedgerJson';
export {
  SUMMARY_UNITS,
  SummaryConvention,
  SummaryOptions,
  type SummaryOptionsInput,
  SummaryUnit,
} from './SummaryOptions';
export { safeSummarise, summarise } from './summarise';
export {
  type SummariseTransactionsOptions,
  safeSummariseTransactions,
  safeSummariseTransactionsAsync,
  summariseTransactions,
  summariseTransactionsAsync,
} from './summariseTransactions';
export { Transaction, TransactionAmount } from './Transaction';
export { type BtydRow, safeToBtydRows, toBtydRows } from './toBtydRows';
export {
  safeTransactionsFromOrders,
  type TransactionsFromOrdersOptions,
  transactionsFromOrders,
} from './transactionsFromOrders';
