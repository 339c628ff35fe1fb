/**
 * Internal: the report's whole stylesheet, inlined in the page (the page loads nothing: its
 * Content-Security-Policy allows no source but this inline style). System fonts with CJK
 * fallbacks, so Chinese renders without a web font.
 */
export const PAGE_STYLE = [
  'body{margin:0;background:#fff;color:#1b1b1b;font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}',
  'main{max-width:960px;margin:0 auto;padding:24px}',
  'h1{font-size:24px;margin:0 0 16px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid #ddd}',
  'table{border-collapse:collapse;margin:8px 0 16px;min-width:50%}caption{text-align:left;font-weight:600;padding:4px 0}',
  'th,td{border-bottom:1px solid #e5e5e5;padding:4px 10px;text-align:left;vertical-align:top}th{background:#f5f5f5}',
  '.num{text-align:right;font-variant-numeric:tabular-nums}',
  'figure.chart{margin:8px 0 24px}figcaption{font-weight:600;margin-bottom:4px}',
  'svg{max-width:100%;height:auto;font-size:12px}svg text{fill:#1b1b1b}svg .tick{fill:#666}',
  'svg .grid{stroke:#e5e5e5}svg .axis{stroke:#999}',
].join('\n');
