import * as z from 'zod';
import { CurrencyCode } from '../money';
import { IsoDate } from '../period/IsoDate';
import { addIssue } from './_refine';
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
 * How payment is secured, ordered from the exporter's lowest risk to highest: T/T in advance,
 * letter of credit, documents against payment, documents against acceptance, open account,
 * consignment.
 *
 * @example
 * ```ts
 * PaymentMethod.options.indexOf('DA') < PaymentMethod.options.indexOf('OA');
 * //=> true
 * ```
 */
export const PaymentMethod = z.enum(['TT_ADVANCE', 'LC', 'DP', 'DA', 'OA', 'CONSIGNMENT']);
/** A payment method (see {@link PaymentMethod}). */
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/**
 * Payment terms: the method and the credit days after its reference event (0 for at sight or in
 * advance; `{ method: 'OA', days: 60 }` is open account, 60 days).
 *
 * @example
 * ```ts
 * PaymentTerms.parse({ method: 'LC', days: 90 }).days; // usance L/C
 * //=> 90
 * ```
 */
export const PaymentTerms = z.strictObject({
  method: PaymentMethod,
  days: z.number().int().min(0).max(3650),
});
/** Payment terms (see {@link PaymentTerms}). */
export type PaymentTerms = z.infer<typeof PaymentTerms>;

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

/**
 * A sales contract with a customer: delivery term, governing law, dispute resolution, contract
 * currency and payment terms. In force from `startDate` to `endDate` (the last day, inclusive;
 * absent when open-ended).
 *
 * @example
 * ```ts
 * Contract.parse({
 *   id: 'K-1', customerId: 'C-001', startDate: '2026-01-01', incoterm: 'FOB', namedPlace: 'Ningbo',
 *   governingLaw: 'CN', disputeResolution: { kind: 'arbitration', seat: 'Beijing', institution: 'CIETAC' },
 *   currency: 'USD', paymentTerms: { method: 'LC', days: 0 },
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
  })
  .superRefine((contract, ctx) => {
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
