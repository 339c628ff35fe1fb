import * as z from 'zod';
import { Decimal } from '../_lib/decimal';
import { INPUT_LIMITS } from '../errors';
import { CountryCode, Label } from '../model';
import { DecimalString } from '../money';
import { IsoDate } from '../period';
import { Severity } from './Finding';

const Score = DecimalString.check(
  z.refine((text) => new Decimal(text).gte(0) && new Decimal(text).lte(1), {
    message: 'a match score is from 0 to 1',
  }),
);

const rows = <T extends z.ZodType>(item: T) =>
  z.array(item).check(
    z.refine((list) => list.length <= INPUT_LIMITS.maxTableRows, {
      message: `more than ${INPUT_LIMITS.maxTableRows} rows (maxTableRows)`,
      params: { code: 'LIMIT_EXCEEDED' },
    }),
  );

/**
 * A restricted country (ISO 3166-1 alpha-2): the severity of a shipment going there or through
 * it, and the reason (the regulation or internal rule), which the finding quotes.
 *
 * @example
 * ```ts
 * RestrictedCountry.parse({ country: 'KP', reason: 'UN sanctions' }).severity;
 * //=> 'block'
 * ```
 */
export const RestrictedCountry = z.strictObject({
  country: CountryCode,
  severity: Severity.default('block'),
  reason: Label,
});
/** A restricted country (see {@link RestrictedCountry}). */
export type RestrictedCountry = z.infer<typeof RestrictedCountry>;

/**
 * A restricted HS-code prefix, 2 to 10 digits (`'93'` arms, `'8526'` radar, `'854231'`): every
 * line whose HS code starts with it is restricted, with this severity and reason.
 *
 * @example
 * ```ts
 * RestrictedHsCode.parse({ prefix: '8526', severity: 'warning', reason: 'dual use' }).prefix;
 * //=> '8526'
 * ```
 */
export const RestrictedHsCode = z.strictObject({
  prefix: z.string().regex(/^\d{2,10}$/, { message: 'an HS-code prefix is 2 to 10 digits' }),
  severity: Severity.default('block'),
  reason: Label,
});
/** A restricted HS-code prefix (see {@link RestrictedHsCode}). */
export type RestrictedHsCode = z.infer<typeof RestrictedHsCode>;

/**
 * A side of a shipment a restricted country can be on: where the goods go (`destination`), pass
 * through (`transit`), come from (`origin`, the country of origin) and are loaded (`loading`,
 * the country of the port of loading).
 *
 * @example
 * ```ts
 * CountryRole.options;
 * //=> ['destination', 'transit', 'origin', 'loading']
 * ```
 */
export const CountryRole = z.enum(['destination', 'transit', 'origin', 'loading']);
/** A side of a shipment (see {@link CountryRole}). */
export type CountryRole = z.infer<typeof CountryRole>;

/**
 * Trade-barrier and denied-party policy, effective-dated like the other risk policies: the match
 * score from which a screening match is reported (`threshold`, a warning; `screenParties` takes
 * 0.85 when it is absent) and from which it blocks (`blockAt`, 0.95 when absent), both decimal
 * text from 0 to 1 with `threshold ≤ blockAt`; the restricted countries and
 * HS-code prefixes (each listed once), and the sides of a shipment the restricted countries
 * are checked on (`countryRoles`, each {@link CountryRole} once; default `['destination',
 * 'transit']`, so the origin and the port of loading are checked only when named). Pass it as the options of `screenParties` and as the
 * policy of `checkTradeBarriers`.
 *
 * @example
 * ```ts
 * ScreeningPolicy.parse({ effectiveFrom: '2026-01-01', threshold: '0.9' }).restrictedCountries;
 * //=> []
 * ```
 */
export const ScreeningPolicy = z
  .strictObject({
    effectiveFrom: IsoDate,
    effectiveTo: z.optional(IsoDate),
    threshold: z.optional(Score),
    blockAt: z.optional(Score),
    restrictedCountries: rows(RestrictedCountry).default([]),
    restrictedHsCodes: rows(RestrictedHsCode).default([]),
    countryRoles: z.array(CountryRole).max(4).default(['destination', 'transit']),
  })
  .superRefine((policy, ctx) => {
    if (new Decimal(policy.threshold ?? '0.85').gt(policy.blockAt ?? '0.95'))
      ctx.addIssue({
        code: 'custom',
        path: ['blockAt'],
        message: `blockAt must not be below the threshold ${policy.threshold ?? '0.85'}`,
        input: policy.blockAt,
      });
    unique(ctx, policy.restrictedCountries, 'restrictedCountries', 'country');
    unique(ctx, policy.restrictedHsCodes, 'restrictedHsCodes', 'prefix');
    policy.countryRoles.forEach((role, index) => {
      if (policy.countryRoles.indexOf(role) < index)
        ctx.addIssue({
          code: 'custom',
          path: ['countryRoles', index],
          message: `${role} is listed twice`,
          input: role,
        });
    });
  });
/** A screening policy version (see {@link ScreeningPolicy}). */
export type ScreeningPolicy = z.infer<typeof ScreeningPolicy>;

function unique<K extends string>(
  ctx: z.RefinementCtx,
  rows: ReadonlyArray<Record<K, string>>,
  field: string,
  key: K,
): void {
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row[key]))
      ctx.addIssue({
        code: 'custom',
        path: [field, index, key],
        message: `${row[key]} is listed twice`,
        input: row[key],
      });
    seen.add(row[key]);
  });
}
