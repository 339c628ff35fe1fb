import * as z from 'zod';
import { ENTITY_KINDS } from '../../model';

/**
 * The collections a company folder holds: the model's entity collections, and the inputs a close
 * takes besides them (`fxRates`, `managerRatings`, `screeningList`, `contractClauses`).
 */
export const FOLDER_COLLECTIONS = [
  ...ENTITY_KINDS,
  'fxRates',
  'managerRatings',
  'screeningList',
  'contractClauses',
] as const;

/** A collection of a company folder (see {@link FOLDER_COLLECTIONS}). */
export type FolderCollection = (typeof FOLDER_COLLECTIONS)[number];

const SEGMENT = '[A-Za-z][A-Za-z0-9]*';
const UNSAFE = /(^|[.[])(__proto__|constructor|prototype)([.[]|$)/;

/**
 * A field of the model a column fills: `id`, `creditLimit.amount`, or an item field of a list
 * whose items are rows (`lines[].quantity`; only the first key may be a list, and the collection
 * then names its `groupBy` column).
 */
export const FieldPath = z
  .string()
  .regex(new RegExp(`^${SEGMENT}(\\[\\])?(\\.${SEGMENT})*$`), {
    message: 'a field is keys joined with dots, the first one may end in [] (lines[].quantity)',
  })
  .refine((path) => !UNSAFE.test(path), { message: 'this key could reach an object prototype' });

/**
 * How a cell becomes a value: `text` (as written; dates, decimals and codes are checked by the
 * model), `integer`, `boolean` (yes/no, true/false, 1/0, 是/否), `list` (split on `separator`,
 * `;` by default), `money` (`{ amount, currency }` with the currency from `currencyColumn`; the
 * bare amount when that cell is empty, as a target's count is).
 */
export const ColumnType = z.enum(['text', 'integer', 'boolean', 'list', 'money']);
export type ColumnType = z.infer<typeof ColumnType>;

/** One column's mapping: a field path, or the field with its type and options. */
export const ColumnSpec = z.union([
  FieldPath,
  z
    .strictObject({
      field: FieldPath,
      type: ColumnType.default('text'),
      separator: z.string().min(1).optional(),
      currencyColumn: z.string().min(1).optional(),
      /** Fields set beside this one when its cell is not empty (`{ "kind": "rate" }`). */
      with: z.record(z.string().regex(new RegExp(`^${SEGMENT}$`)), z.string()).optional(),
    })
    .superRefine((spec, ctx) => {
      if (spec.type === 'money' && spec.currencyColumn === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['currencyColumn'],
          message: 'a money column names the column of its currency',
        });
      if (spec.with !== undefined && Object.keys(spec.with).some((k) => UNSAFE.test(`.${k}`)))
        ctx.addIssue({ code: 'custom', path: ['with'], message: 'an unsafe key' });
    }),
]);
export type ColumnSpec = z.infer<typeof ColumnSpec>;

/** How one collection is read from one CSV file. */
export const CollectionMapping = z
  .strictObject({
    /** The file, relative to the data folder. */
    file: z.string().min(1),
    /** The column whose equal values make one record of several rows (an order's lines). */
    groupBy: z.string().min(1).optional(),
    /** By column header (as the export writes it, in any language): the field it fills. */
    columns: z.record(z.string().min(1), ColumnSpec),
  })
  .superRefine((mapping, ctx) => {
    const fields = Object.values(mapping.columns).map((s) => (typeof s === 'string' ? s : s.field));
    if (fields.some((f) => f.includes('[]')) && mapping.groupBy === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['groupBy'],
        message: 'a field with [] fills a list from several rows: name the groupBy column',
      });
    if (mapping.groupBy !== undefined && !Object.hasOwn(mapping.columns, mapping.groupBy))
      ctx.addIssue({
        code: 'custom',
        path: ['groupBy'],
        message: 'the groupBy column is one of the mapped columns',
      });
  });
export type CollectionMapping = z.infer<typeof CollectionMapping>;

/**
 * A column mapping: how a CRM export's CSV files (纷享销客, Zoho CRM, …) become the model's
 * collections. `delimiter` is the field separator of every file (`,` by default).
 */
export const ColumnMapping = z.strictObject({
  $schema: z.string().optional(),
  /** A note for the reader (where the export's headers come from); the CLI ignores it. */
  $comment: z.string().optional(),
  delimiter: z.string().min(1).max(2).default(','),
  collections: z.partialRecord(z.enum(FOLDER_COLLECTIONS), CollectionMapping),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;
