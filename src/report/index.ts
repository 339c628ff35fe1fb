export {
  ChartBar,
  ChartPoint,
  HtmlReport,
  type HtmlReportInput,
  ReportBlock,
  type ReportBlockInput,
  ReportColumn,
} from './HtmlReport';
export { renderHtmlReport, safeRenderHtmlReport } from './renderHtmlReport';
