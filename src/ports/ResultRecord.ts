import * as z from 'zod';
import { CrmRulesError } from '../errors';
import { EntityId, Label } from '../model';
import { canonicalJson, type JsonValue } from './canonicalJson';

/**
 * A result to store: a grade, a scorecard, a commission statement, a risk finding … as JSON.
 * `kind` names what it is (`'commission-statement'`), `key` identifies it within the kind
 * (`'AM-7/2026-03'`), `period` is the period label and `subjectId` the customer, manager or team
 * it is about; both are filters of `list`. `closed: true` makes the record immutable: once
 * stored closed, it can never change (a closed commission statement stays as paid; corrections
 * are new records). `value` must be portable JSON (see `canonicalJson`).
 *
 * @example
 * ```ts
 * ResultRecord.parse({
 *   kind: 'grade', key: 'C-001/2026-Q1', period: '2026-Q1', subjectId: 'C-001', value: { grade: 'key' },
 * }).key;
 * //=> 'C-001/2026-Q1'
 * ```
 */
export const ResultRecord = z
  .object({
    kind: EntityId,
    key: EntityId,
    period: Label,
    subjectId: EntityId,
    // Any JSON (JSON Schema `{}`); `canonicalJson` below checks that it is portable.
    value: z.unknown().refine((value) => value !== undefined, {
      message: 'value is required',
      abort: true,
    }) as z.ZodType<JsonValue, JsonValue>,
    closed: z.boolean().optional(),
  })
  .superRefine((record, ctx) => {
    try {
      canonicalJson(record.value, ['value']);
    } catch (error) {
      if (!(error instanceof CrmRulesError)) throw error;
      ctx.addIssue({
        code: 'custom',
        path: [...error.path],
        message: error.issues[0]?.message ?? error.message,
        input: error.value,
        params: { code: error.code },
      });
    }
  });
/** A result to store (see {@link ResultRecord}). */
export type ResultRecord = z.infer<typeof ResultRecord>;

/**
 * A result as a store returns it: the record with `closed` always set, and `version`, which
 * starts at 1 and grows by one each time the record is replaced.
 */
export interface StoredResult {
  readonly kind: string;
  readonly key: string;
  readonly period: string;
  readonly subjectId: string;
  readonly value: JsonValue;
  readonly closed: boolean;
  readonly version: number;
}

/** Options of `ResultStore.put`. */
export interface PutOptions {
  /**
   * Optimistic concurrency: the version the caller last read (0 for "must not exist yet"). A
   * change to a record whose current version differs is a `CONFLICT`. An identical put is a
   * no-op whatever this says, so retries are safe.
   */
  readonly expectedVersion?: number;
}

/** What a put did: `created`, `unchanged` (identical record: a no-op) or `replaced`. */
export interface PutResult {
  readonly outcome: 'created' | 'unchanged' | 'replaced';
  /** The record's version after the put. */
  readonly version: number;
}

/** The filters of `ResultStore.list`, combined with AND. */
export interface ResultFilter {
  readonly period?: string;
  readonly subjectId?: string;
}
