export type {
  CloseBooksInput,
  CloseReport,
  CloseRules,
  ManagerScore,
  StoredCounts,
} from './CloseReport';
export { closeBooks, safeCloseBooks } from './closeBooks';
export { closeCatalog } from './closeCatalog';
export {
  type CloseReportPageOptions,
  closeReportPage,
  safeCloseReportPage,
} from './closeReportPage';
