import * as z from 'zod';
import { addIssue } from './_refine';
import { EntityId, Label } from './primitives';

/**
 * A product category. Categories form a tree through `parentId`; commission rate tables and
 * margin floors are keyed by category. Given to a commission run as `categories`, a rate-table
 * row pinning a category also rates the categories below it, the nearest ancestor winning.
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
 * A product sold by the company. A product sold in variants (sizes, colours) is one `Product`
 * per variant, each naming its product template in `templateId` (Odoo's `product.template`:
 * "the product" of which the variant is one version); a product without `templateId` is its own
 * template. The hierarchy is one level deep (a template's own `templateId` is not followed), and
 * it is what commission rate tables read as `product.id` (the variant), `product.template` and
 * `product.category` ("the most specific level wins"). `templateId` is not the product's own id.
 *
 * @example
 * ```ts
 * Product.parse({ id: 'P-100-XL', name: 'Centrifugal pump XL', categoryId: 'CAT-PUMPS', templateId: 'P-100' }).templateId;
 * //=> 'P-100'
 * ```
 */
export const Product = z
  .strictObject({
    id: EntityId,
    name: Label,
    categoryId: EntityId,
    templateId: EntityId.optional(),
    hsCode: HsCode.optional(),
  })
  .superRefine((product, ctx) => {
    if (product.templateId === product.id) {
      addIssue(ctx, ['templateId'], 'a product cannot be its own template', product.templateId);
    }
  });
/** A product (see {@link Product}). */
export type Product = z.infer<typeof Product>;
