import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CrmRulesError } from '../../src/errors';
import { type HtmlReportInput, renderHtmlReport, safeRenderHtmlReport } from '../../src/report';

const count = (page: string, pattern: RegExp) => page.match(pattern)?.length ?? 0;

/** Every element opened is closed, in order (void elements: meta only). */
function balanced(page: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of page.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    if (name === undefined || name === 'meta') continue;
    if (close === '') stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

const decimal = fc
  .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
const text = fc.string({ maxLength: 12 });
const block = fc.oneof(
  fc.record({ kind: fc.constant('heading' as const), text }),
  fc.record({ kind: fc.constant('paragraph' as const), text }),
  fc.record({
    kind: fc.constant('bars' as const),
    title: text,
    bars: fc.array(fc.record({ label: text, value: decimal }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('line' as const),
    title: text,
    xLabel: text,
    yLabel: text,
    series: fc.array(
      fc.record({
        name: text,
        points: fc.array(fc.record({ x: decimal, y: decimal }), { minLength: 1, maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }),
  fc.integer({ min: 1, max: 4 }).chain((columns) =>
    fc.record({
      kind: fc.constant('table' as const),
      columns: fc.array(fc.record({ label: text }), { minLength: columns, maxLength: columns }),
      rows: fc.array(fc.array(text, { minLength: columns, maxLength: columns }), { maxLength: 5 }),
    }),
  ),
);
const report = fc.record({
  title: text,
  locale: fc.constantFrom('en' as const, 'zh-CN' as const),
  blocks: fc.array(block, { maxLength: 6 }),
});

describe('renderHtmlReport', () => {
  it('draws a mark per bar, a line and a dot per point, and nothing the page would fetch', () => {
    fc.assert(
      fc.property(report, (input) => {
        const page = renderHtmlReport(input);
        const bars = input.blocks.flatMap((b) => (b.kind === 'bars' ? b.bars : []));
        const series = input.blocks.flatMap((b) => (b.kind === 'line' ? b.series : []));
        expect(count(page, /<rect class="mark"/g)).toBe(bars.length);
        expect(count(page, /<polyline class="mark"/g)).toBe(series.length);
        expect(count(page, /<circle class="mark"/g)).toBe(series.flatMap((s) => s.points).length);
        expect(page).not.toMatch(/<script|<img|<link|<iframe|\bsrc=|\bhref=|url\(|@import/i);
        expect(page).not.toMatch(/NaN|Infinity/);
        expect(balanced(page)).toBe(true);
        expect(renderHtmlReport(input)).toBe(page);
      }),
    );
  });

  it('escapes every text it is given', () => {
    const page = renderHtmlReport({
      title: '<script>alert(1)</script>',
      locale: 'zh-CN',
      blocks: [
        { kind: 'table', columns: [{ label: 'a&b' }], rows: [['"quoted" <b>']] },
        { kind: 'bars', title: "it's", bars: [{ label: '<x>', value: '1' }] },
      ],
    });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<td>&quot;quoted&quot; &lt;b&gt;</td>');
    expect(page).toContain('aria-label="it&#39;s"');
    expect(page).toContain('<html lang="zh-CN">');
  });

  it('draws bars in proportion, from the zero line, negative ones to its left', () => {
    const page = renderHtmlReport({
      title: 'r',
      locale: 'en',
      blocks: [
        {
          kind: 'bars',
          title: 'b',
          bars: [
            { label: 'A', value: '40' },
            { label: 'B', value: '160' },
            { label: 'C', value: '-40' },
          ],
        },
      ],
    });
    const rects = [
      ...page.matchAll(/<rect class="mark" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g),
    ].map(([, x, width]) => [Number(x), Number(width)] as const);
    const [a, b, c] = rects;
    expect(a && b && c).toBeTruthy();
    if (!a || !b || !c) return;
    expect(b[1] / a[1]).toBeCloseTo(4, 1);
    expect(c[1]).toBeCloseTo(a[1], 1);
    expect(a[0]).toBeCloseTo(b[0], 2); // both start at the zero line
    expect(c[0] + c[1]).toBeCloseTo(a[0], 1); // the negative bar ends there
  });

  it('draws a line chart through its points in x order, with 0 on the y axis', () => {
    const page = renderHtmlReport({
      title: 'r',
      locale: 'en',
      blocks: [
        {
          kind: 'line',
          title: 'payout',
          xLabel: 'attainment %',
          yLabel: 'payout %',
          series: [
            {
              name: 's',
              points: [
                { x: '120', y: '150' },
                { x: '50', y: '20' },
                { x: '100', y: '100' },
              ],
            },
          ],
        },
      ],
    });
    const polyline = /<polyline class="mark" points="([^"]+)"/.exec(page)?.[1] ?? '';
    const xs = polyline.split(' ').map((pair) => Number(pair.split(',')[0]));
    expect(xs).toHaveLength(3);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(page).toMatch(/class="tick">0<\/text>/);
  });

  it('refuses a bad report with one coded error and a path', () => {
    const bad: unknown[] = [
      [
        {
          title: 'x',
          locale: 'en',
          blocks: [{ kind: 'table', columns: [{ label: 'a' }], rows: [['1', '2']] }],
        },
        'INVALID_INPUT',
        ['report', 'blocks', 0, 'rows', 0],
      ],
      [
        {
          title: 'x',
          locale: 'en',
          blocks: [{ kind: 'bars', title: 't', bars: [{ label: 'a', value: '1e3' }] }],
        },
        'INVALID_AMOUNT',
        ['report', 'blocks', 0, 'bars', 0, 'value'],
      ],
      [{ title: 'x', locale: 'fr', blocks: [] }, 'INVALID_INPUT', ['report', 'locale']],
      [
        { title: 'x', locale: 'en', blocks: [], colour: 'red' },
        'INVALID_INPUT',
        ['report', 'colour'],
      ],
      [
        { title: 'x', locale: 'en', blocks: [{ kind: 'bars', title: 't', bars: [] }] },
        'INVALID_INPUT',
        ['report', 'blocks', 0, 'bars'],
      ],
    ];
    for (const [input, code, path] of bad as Array<[HtmlReportInput, string, unknown[]]>) {
      const result = safeRenderHtmlReport(input);
      expect(result.success).toBe(false);
      if (result.success) continue;
      expect(result.error).toBeInstanceOf(CrmRulesError);
      expect(result.error.code).toBe(code);
      expect(result.error.path).toEqual(path);
    }
  });

  it('its safe form returns on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof safeRenderHtmlReport(input as HtmlReportInput).success).toBe('boolean');
      }),
    );
  });
});
