import * as z from 'zod';
import { INPUT_LIMITS } from '../errors';
import { Locale } from '../explain';
import { DecimalString } from '../money';

const text = z.string().max(INPUT_LIMITS.maxStringLength);
const rows = <T extends z.ZodType>(item: T) => z.array(item).max(INPUT_LIMITS.maxTableRows);

/**
 * Schema of a column of a report table: its heading and alignment (`right` for amounts and
 * counts; `left` by default).
 *
 * @example
 * ```ts
 * ReportColumn.parse({ label: 'Payable' }).align;
 * //=> 'left'
 * ```
 */
export const ReportColumn = z.strictObject({
  label: text,
  align: z.enum(['left', 'right']).default('left'),
});

/**
 * Schema of a bar of a `bars` chart: its label, its value as a decimal string (the bar's length),
 * and the text printed beside it (the value itself unless given, such as `'12,500.00 USD'`).
 *
 * @example
 * ```ts
 * ChartBar.parse({ label: 'AM-LI', value: '12500', text: '12,500.00 USD' }).text;
 * //=> '12,500.00 USD'
 * ```
 */
export const ChartBar = z.strictObject({
  label: text,
  value: DecimalString,
  text: text.optional(),
});

/**
 * Schema of a point of a `line` chart: `x` and `y` as decimal strings.
 *
 * @example
 * ```ts
 * ChartPoint.safeParse({ x: '100', y: 1.5 }).success;
 * //=> false
 * ```
 */
export const ChartPoint = z.strictObject({ x: DecimalString, y: DecimalString });

/**
 * Schema of one block of an {@link HtmlReport}, discriminated by `kind`: a `heading`, a
 * `paragraph`, a `table` (cells as text, one array per row, as many cells as columns), a `bars`
 * chart (one bar per value, negative values drawn below the axis) or a `line` chart (one or more
 * series of points, each series sorted by `x` when drawn).
 *
 * @example
 * ```ts
 * ReportBlock.parse({ kind: 'bars', title: 'Grades', bars: [{ label: 'A', value: '12' }] }).kind;
 * //=> 'bars'
 * ```
 */
export const ReportBlock = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('heading'), text }),
  z.strictObject({ kind: z.literal('paragraph'), text }),
  z
    .strictObject({
      kind: z.literal('table'),
      caption: text.optional(),
      columns: z.array(ReportColumn).min(1).max(64),
      rows: rows(z.array(text).max(64)),
    })
    .superRefine((table, context) => {
      table.rows.forEach((row, index) => {
        if (row.length !== table.columns.length)
          context.addIssue({
            code: 'custom',
            path: ['rows', index],
            message: `a row must have ${table.columns.length} cells, one per column`,
            input: row,
          });
      });
    }),
  z.strictObject({
    kind: z.literal('bars'),
    title: text,
    unit: text.optional(),
    bars: rows(ChartBar).min(1),
  }),
  z.strictObject({
    kind: z.literal('line'),
    title: text,
    xLabel: text,
    yLabel: text,
    series: z
      .array(z.strictObject({ name: text, points: rows(ChartPoint).min(1) }))
      .min(1)
      .max(16),
  }),
]);
/** One block of a report (see the schema {@link ReportBlock}). */
export type ReportBlock = z.output<typeof ReportBlock>;
/** One block as the caller writes it: defaults (column alignment) may be left out. */
export type ReportBlockInput = z.input<typeof ReportBlock>;

/**
 * Schema of a report to render as one self-contained HTML page: a title, the page language
 * (`en` or `zh-CN`, the `lang` of the page) and its blocks in order.
 *
 * @example
 * ```ts
 * HtmlReport.parse({ title: '2026-Q3', locale: 'zh-CN', blocks: [{ kind: 'heading', text: '客户分级' }] }).blocks.length;
 * //=> 1
 * ```
 */
export const HtmlReport = z.strictObject({
  title: text,
  locale: Locale,
  blocks: rows(ReportBlock),
});
/** A report to render (see the schema {@link HtmlReport}). */
export type HtmlReport = z.output<typeof HtmlReport>;
/** A report as the caller writes it: defaults (column alignment) may be left out. */
export type HtmlReportInput = z.input<typeof HtmlReport>;
