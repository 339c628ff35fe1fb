import * as z from 'zod';
import { CurrencyCode } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue } from './_refine';
import { PaymentTerms } from './PaymentTerms';
import { EntityId, Label } from './primitives';

/**
 * The eleven Incoterms 2020 rules: seven for any mode of transport (EXW, FCA, CPT, CIP, DAP,
 * DPU, DDP) and four for sea and inland waterway only (FAS, FOB, CFR, CIF).
 *
 * @example
 * ```ts
 * Incoterm.safeParse('DAT').success; // replaced by DPU in 2020
 * //=> false
 * ```
 */
export const Incoterm = z.enum([
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
]);
/** An Incoterms 2020 rule (see {@link Incoterm}). */
export type Incoterm = z.infer<typeof Incoterm>;

/**
 * How the goods travel: `sea` and `inland-waterway` suit every Incoterms 2020 rule; `road`,
 * `rail`, `air` and `multimodal` (including containers handed over at a terminal) suit only the
 * seven rules for any mode.
 *
 * @example
 * ```ts
 * TransportMode.options.length;
 * //=> 6
 * ```
 */
export const TransportMode = z.enum([
  'sea',
  'inland-waterway',
  'road',
  'rail',
  'air',
  'multimodal',
]);
/** A transport mode (see {@link TransportMode}). */
export type TransportMode = z.infer<typeof TransportMode>;

/**
 * A clause a contract may carry beyond its structured fields (governing law and dispute
 * resolution have their own): `currency` (a currency or exchange-rate clause), `ip`
 * (intellectual property), `force-majeure`, `retention-of-title`.
 *
 * @example
 * ```ts
 * ContractClause.options;
 * //=> ['currency', 'ip', 'force-majeure', 'retention-of-title']
 * ```
 */
export const ContractClause = z.enum(['currency', 'ip', 'force-majeure', 'retention-of-title']);
/** A contract clause (see {@link ContractClause}). */
export type ContractClause = z.infer<typeof ContractClause>;

/**
 * Where and how disputes are settled. `arbitration` names its seat and optionally the
 * institution, language and number of arbitrators; `court` names the court's seat and has no
 * arbitrators.
 *
 * @example
 * ```ts
 * DisputeResolution.parse({ kind: 'arbitration', seat: 'Singapore', institution: 'SIAC', arbitrators: 3 }).seat;
 * //=> 'Singapore'
 * ```
 */
export const DisputeResolution = z
  .strictObject({
    kind: z.enum(['arbitration', 'court']),
    seat: Label,
    institution: Label.optional(),
    language: Label.optional(),
    arbitrators: z.number().int().min(1).optional(),
  })
  .superRefine((clause, ctx) => {
    if (clause.kind === 'court' && clause.arbitrators !== undefined) {
      addIssue(ctx, ['arbitrators'], 'a court clause has no arbitrators', clause.arbitrators);
    }
    if (clause.kind === 'court' && clause.institution !== undefined) {
      addIssue(
        ctx,
        ['institution'],
        'a court clause names no arbitral institution',
        clause.institution,
      );
    }
  });
/** A dispute resolution clause (see {@link DisputeResolution}). */
export type DisputeResolution = z.infer<typeof DisputeResolution>;

function unique(values: readonly string[] | undefined, field: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  values?.forEach((value, index) => {
    if (seen.has(value)) addIssue(ctx, [field, index], `${value} is listed twice`, value);
    seen.add(value);
  });
}

/**
 * A sales contract with a customer: delivery term, governing law, dispute resolution, contract
 * currency and payment terms. In force from `startDate` to `endDate` (the last day, inclusive;
 * absent when open-ended). Optional, for the contract check: `transportMode` (how the goods
 * travel; FAS, FOB, CFR and CIF suit sea and inland waterway only), `clauses` (the
 * {@link ContractClause}s it carries, each once) and `categoryIds` (the product categories it
 * covers, each once).
 *
 * @example
 * ```ts
 * Contract.parse({
 *   id: 'K-1', customerId: 'C-001', startDate: '2026-01-01', incoterm: 'FOB', namedPlace: 'Ningbo',
 *   governingLaw: 'CN', disputeResolution: { kind: 'arbitration', seat: 'Beijing', institution: 'CIETAC' },
 *   currency: 'USD', paymentTerms: { method: 'LC', days: 0 },
 *   transportMode: 'sea', clauses: ['force-majeure', 'retention-of-title'],
 * }).incoterm;
 * //=> 'FOB'
 * ```
 */
export const Contract = z
  .strictObject({
    id: EntityId,
    customerId: EntityId,
    startDate: IsoDate,
    endDate: z.optional(IsoDate),
    incoterm: Incoterm,
    namedPlace: Label.optional(),
    governingLaw: Label,
    disputeResolution: DisputeResolution,
    currency: CurrencyCode,
    paymentTerms: PaymentTerms,
    transportMode: TransportMode.optional(),
    clauses: z.array(ContractClause).optional(),
    categoryIds: z.array(EntityId).optional(),
  })
  .superRefine((contract, ctx) => {
    unique(contract.clauses, 'clauses', ctx);
    unique(contract.categoryIds, 'categoryIds', ctx);
    if (contract.endDate !== undefined && contract.endDate < contract.startDate) {
      addIssue(
        ctx,
        ['endDate'],
        `endDate must not be before startDate ${contract.startDate}`,
        contract.endDate,
        'INVALID_DATE_RANGE',
      );
    }
  });
/** A sales contract (see {@link Contract}). */
export type Contract = z.infer<typeof Contract>;
