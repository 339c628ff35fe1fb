export {
  ChartBar,
  ChartPoint,
  HtmlReport,
  type HtmlReportInput,
  ReportBlock,
  ReportColumn,
} from './HtmlReport';
export { renderHtmlReport, safeRenderHtmlReport } from './renderHtmlReport';
