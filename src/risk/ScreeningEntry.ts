import * as z from 'zod';
import { INPUT_LIMITS } from '../errors';
import { CountryCode, EntityId, Label } from '../model';
import { RiskSubject } from './Finding';

/** A name on a list or of a party: 1 to `maxScreeningNameLength` characters. */
const ScreeningName = z
  .string()
  .min(1, { message: 'a name must not be empty' })
  .check(
    z.refine((name) => name.length <= INPUT_LIMITS.maxScreeningNameLength, {
      message: `a name longer than ${INPUT_LIMITS.maxScreeningNameLength} characters (maxScreeningNameLength)`,
      params: { code: 'LIMIT_EXCEEDED' },
    }),
  );

/**
 * What a screening-list entry names: an organisation, a person, a vessel or an aircraft (the
 * kinds of OFAC's SDN list and OpenSanctions' schema), or something else.
 *
 * @example
 * ```ts
 * ScreeningEntryType.options;
 * //=> ['organisation', 'person', 'vessel', 'aircraft', 'other']
 * ```
 */
export const ScreeningEntryType = z.enum(['organisation', 'person', 'vessel', 'aircraft', 'other']);
/** The kind of a screening-list entry. */
export type ScreeningEntryType = z.infer<typeof ScreeningEntryType>;

/**
 * One entry of a denied-party or sanctions list, as data: a unique `id`, the `name` and its
 * `aliases` (a.k.a. names, other spellings), the `country` when known, the `source` list
 * (`'OFAC SDN'`, `'EU FSF'`, `'UN'`, a company's own list) and the sanctions `program`, and its
 * `type`. The caller supplies the list; the library ships none.
 *
 * @example
 * ```ts
 * ScreeningEntry.parse({ id: 'SDN-1', name: 'Acme Trading LLC', source: 'OFAC SDN', type: 'organisation' }).aliases;
 * //=> []
 * ```
 */
export const ScreeningEntry = z.strictObject({
  id: EntityId,
  name: ScreeningName,
  aliases: z
    .array(ScreeningName)
    .check(
      z.refine((aliases) => aliases.length <= INPUT_LIMITS.maxScreeningAliases, {
        message: `more than ${INPUT_LIMITS.maxScreeningAliases} aliases (maxScreeningAliases)`,
        params: { code: 'LIMIT_EXCEEDED' },
      }),
    )
    .default([]),
  country: CountryCode.optional(),
  source: Label,
  program: Label.optional(),
  type: ScreeningEntryType,
});
/** A screening-list entry (see {@link ScreeningEntry}). */
export type ScreeningEntry = z.infer<typeof ScreeningEntry>;

/**
 * A counterparty to screen: its `id`, its `name` as written, and what it is as a finding's
 * subject (`customer` by default; a consignee or end user can be screened under its order or
 * contract).
 *
 * @example
 * ```ts
 * ScreeningParty.parse({ id: 'C-001', name: 'Hamburg Trading GmbH' }).kind;
 * //=> 'customer'
 * ```
 */
export const ScreeningParty = z.strictObject({
  id: EntityId,
  name: ScreeningName,
  kind: RiskSubject.shape.kind.default('customer'),
  country: CountryCode.optional(),
});
/** A party to screen (see {@link ScreeningParty}). */
export type ScreeningParty = z.input<typeof ScreeningParty>;
