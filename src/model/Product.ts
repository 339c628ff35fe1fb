import * as z from 'zod';
import { addIssue } from './_refine';
import { EntityId, Label } from './primitives';

/**
 * A product category. Categories form a tree through `parentId`; commission rate tables and
 * margin floors are keyed by category.
 *
 * @example
 * ```ts
 * ProductCategory.parse({ id: 'CAT-PUMPS', name: 'Pumps', parentId: 'CAT-MACHINERY' }).parentId;
 * //=> 'CAT-MACHINERY'
 * ```
 */
export const ProductCategory = z
  .strictObject({ id: EntityId, name: Label, parentId: EntityId.optional() })
  .superRefine((category, ctx) => {
    if (category.parentId === category.id) {
      addIssue(ctx, ['parentId'], 'a category cannot be its own parent', category.parentId);
    }
  });
/** A product category (see {@link ProductCategory}). */
export type ProductCategory = z.infer<typeof ProductCategory>;

/**
 * A Harmonized System code written as digits only, 4 to 10 of them in pairs (`"8413"`,
 * `"841370"`, `"8413701000"`): heading, subheading, then national tariff lines. Risk checks
 * match restricted codes by prefix, so dots and spaces are not accepted.
 *
 * @example
 * ```ts
 * HsCode.safeParse('8413.70').success;
 * //=> false
 * ```
 */
export const HsCode = z.string().regex(/^(\d{2}){2,5}$/, {
  message: 'expected an HS code as 4, 6, 8 or 10 digits without dots, such as "841370"',
});
/** An HS code (see {@link HsCode}). */
export type HsCode = z.infer<typeof HsCode>;

/**
 * A product sold by the company.
 *
 * @example
 * ```ts
 * Product.parse({ id: 'P-100', name: 'Centrifugal pump', categoryId: 'CAT-PUMPS', hsCode: '841370' }).hsCode;
 * //=> '841370'
 * ```
 */
export const Product = z.strictObject({
  id: EntityId,
  name: Label,
  categoryId: EntityId,
  hsCode: HsCode.optional(),
});
/** A product (see {@link Product}). */
export type Product = z.infer<typeof Product>;
