export type { CustomerSummary, SummaryResult } from './CustomerSummary';
export { LedgerJson } from './LedgerJson';
export { LedgerOptions, ledgerOf, ledgerOfAsync } from './ledgerOf';
export { ledgerToJson } from './ledgerToJson';
export { mergeLedgers } from './mergeLedgers';
export type { LedgerUnits, PurchaseLedger } from './PurchaseLedger';
export { parseLedgerJson } from './parseLedgerJson';
export {
  SUMMARY_UNITS,
  SummaryConvention,
  SummaryOptions,
  type SummaryOptionsInput,
  SummaryUnit,
} from './SummaryOptions';
export { summarise } from './summarise';
export {
  type SummariseTransactionsOptions,
  summariseTransactions,
  summariseTransactionsAsync,
} from './summariseTransactions';
export { Transaction, TransactionAmount } from './Transaction';
export { type BtydRow, toBtydRows } from './toBtydRows';
export {
  type TransactionsFromOrdersOptions,
  transactionsFromOrders,
} from './transactionsFromOrders';
