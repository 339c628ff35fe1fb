import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeQuarter } from '../../examples/closeQuarter';
import { closeQuarterPage } from '../../examples/closeQuarterHtml';
import { type HtmlReportInput, type ReportBlock, renderHtmlReport } from '../../src/report';
import { chromiumPath, screenshot } from '../_support/chromium';
import { countColour, type PngImage, readPng } from '../_support/readPng';

/**
 * The HTML report as a browser shows it: headless Chromium renders the page and takes a
 * screenshot. Run by `npm run test:browser` (`.ci/run` installs Chromium while `npm test` runs);
 * outside CI the test skips when no Chromium is on the PATH, in CI it fails.
 */
const chromium = chromiumPath();
const inCi = process.env.CI === 'true';
const dir = mkdtempSync(join(tmpdir(), 'crm-rules-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BAR_COLOUR = '#0072B2';
const LINE_COLOURS = ['#0072B2', '#E69F00'];

const charts: ReportBlock[] = [
  {
    kind: 'bars',
    title: '客户等级分布 Grade distribution',
    bars: [
      { label: 'A 重点', value: '42' },
      { label: 'B 普通', value: '318' },
      { label: 'C 潜力', value: '160' },
      { label: 'D 沉睡', value: '80' },
    ],
  },
  {
    kind: 'bars',
    title: 'Receivables aging (USD)',
    bars: [
      { label: 'current', value: '812000.50', text: '812,000.50' },
      { label: '1-30', value: '120300', text: '120,300.00' },
      { label: '31-60', value: '40210.10', text: '40,210.10' },
      { label: '121+', value: '-2000', text: '-2,000.00' },
    ],
  },
  {
    kind: 'line',
    title: 'Attainment vs payout',
    xLabel: 'attainment %',
    yLabel: 'payout %',
    series: [
      {
        name: 'plan',
        points: [
          { x: '0', y: '0' },
          { x: '50', y: '25' },
          { x: '100', y: '100' },
          { x: '150', y: '200' },
        ],
      },
      {
        name: 'managers',
        points: [
          { x: '80', y: '70' },
          { x: '120', y: '140' },
        ],
      },
    ],
  },
];

function render(name: string, report: HtmlReportInput): { image: PngImage; requests: string[] } {
  const html = join(dir, `${name}.html`);
  const png = join(dir, `${name}.png`);
  const netLog = join(dir, `${name}.net.json`);
  writeFileSync(html, renderHtmlReport(report));
  screenshot(chromium ?? 'chromium', pathToFileURL(html).href, {
    png,
    netLog,
    profile: join(dir, `${name}.profile`),
  });
  return {
    image: readPng(readFileSync(png)),
    requests: requestedUrls(readFileSync(netLog, 'utf8')),
  };
}

/**
 * Every URL the page asked for, from Chromium's net log: the requests started with an initiator
 * (the browser's own traffic — updates, sign-in — has none: "not an origin"), file URLs aside.
 */
function requestedUrls(log: string): string[] {
  const { constants, events } = JSON.parse(log) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
  };
  const start = constants.logEventTypes.URL_REQUEST_START_JOB;
  const urls = events
    .filter((event) => event.type === start && event.params?.initiator !== 'not an origin')
    .flatMap((event) => (event.params?.url === undefined ? [] : [event.params.url]))
    .filter((url) => !url.startsWith('file:'));
  return [...new Set(urls)];
}

function inkShare(image: PngImage): number {
  const white = countColour(image, '#ffffff', 8);
  return 1 - white / (image.width * image.height);
}

describe.skipIf(chromium === undefined && !inCi)('the HTML report in headless Chromium', () => {
  it('is installed (CI installs it with .ci/chromium install)', () => {
    expect(chromium).toBeDefined();
  });

  it('renders the whole report: not blank, charts in their colours, nothing fetched', () => {
    const { image, requests } = render('report', {
      title: '2026-Q3 期末报告 · period close',
      locale: 'zh-CN',
      blocks: [
        { kind: 'heading', text: 'KPI 排行 leaderboard' },
        {
          kind: 'table',
          columns: [{ label: '客户经理' }, { label: 'Score', align: 'right' }],
          rows: [
            ['AM-LI 李伟', '92.5'],
            ['AM-ANNA', '88'],
          ],
        },
        ...charts,
      ],
    });
    expect(image.width).toBeGreaterThan(500);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    expect(countColour(image, BAR_COLOUR)).toBeGreaterThan(2000);
    expect(countColour(image, LINE_COLOURS[1] ?? '')).toBeGreaterThan(50);
    expect(requests).toEqual([]);
  });

  it.each(
    charts.map(
      (chart) =>
        [
          chart.kind === 'heading' || chart.kind === 'paragraph'
            ? ''
            : 'title' in chart
              ? chart.title
              : '',
          chart,
        ] as const,
    ),
  )('draws the marks of the chart "%s"', (title, chart) => {
    const { image } = render(`chart-${charts.indexOf(chart)}`, {
      title,
      locale: 'en',
      blocks: [chart],
    });
    const colours = chart.kind === 'line' ? LINE_COLOURS : [BAR_COLOUR];
    for (const colour of colours) expect(countColour(image, colour)).toBeGreaterThan(50);
  });

  it("renders the demo's 2026-Q3 close report: ink, every chart's colour, nothing fetched", {
    timeout: 240_000,
  }, async () => {
    const { report, input } = await closeQuarter('2026-Q3');
    const { image, requests } = render('close', closeQuarterPage(report, input, 'zh-CN'));
    expect(inkShare(image)).toBeGreaterThan(0.01);
    expect(countColour(image, BAR_COLOUR)).toBeGreaterThan(5000);
    expect(requests).toEqual([]);
  });

  it('a page that fetches something is caught (the request check can fail)', () => {
    const html = join(dir, 'fetching.html');
    writeFileSync(html, '<!doctype html><img src="http://127.0.0.1:9/logo.png"><p>x</p>');
    const netLog = join(dir, 'fetching.net.json');
    screenshot(chromium ?? 'chromium', pathToFileURL(html).href, {
      png: join(dir, 'fetching.png'),
      netLog,
      profile: join(dir, 'fetching.profile'),
    });
    expect(requestedUrls(readFileSync(netLog, 'utf8'))).toEqual(['http://127.0.0.1:9/logo.png']);
  });

  it('a page without charts has none of their colours (the check can fail)', () => {
    const { image } = render('no-charts', {
      title: 'Only text',
      locale: 'en',
      blocks: [{ kind: 'paragraph', text: 'No chart here.' }],
    });
    expect(inkShare(image)).toBeGreaterThan(0);
    expect(countColour(image, BAR_COLOUR)).toBe(0);
  });
});
