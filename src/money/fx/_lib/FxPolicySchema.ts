import * as z from 'zod';
import { CurrencyCode } from '../../currencies';

/**
 * Internal: the one schema of an FX rule — which date converts a document (`policy`), how the
 * rate is looked up (`lookup`, `maxAgeDays`) and through which currency (`via`). Commission
 * publishes it as `FxPolicy`, KPI measuring as `KpiFxPolicy`; both convert through `findRate`.
 * Classic zod, like the schemas that embed it (money's own schemas stay on `zod/mini`).
 */
export const FxPolicySchema = z.strictObject({
  policy: z
    .enum(['document-date', 'payment-date', 'period-end', 'period-average'])
    .default('document-date'),
  lookup: z.enum(['on-or-before', 'exact']).default('on-or-before'),
  maxAgeDays: z.number().int().min(0).optional(),
  via: z.optional(CurrencyCode),
});
