import * as z from 'zod';

const FIELDS = new WeakSet<object>();

/**
 * Internal: `schema` (decimal text) that also takes a JSON number when it is a safe integer, read
 * as its decimal text (`3` → `"3"`) — for values that are whole numbers by nature, such as
 * quantities, as an ERP's export writes them. A fractional or unsafe JSON number is still refused
 * (`INVALID_AMOUNT`): it is a binary float, exact only by luck. `toJsonSchema` shows such a field
 * as decimal text or a safe integer.
 */
export function orWholeNumber<T extends z.core.$ZodType<string, string>>(
  schema: T,
): z.ZodPipe<z.ZodTransform<string, string | number>, T> {
  const out = z.pipe(
    z.transform((value: string | number, payload) => {
      if (typeof value !== 'number') return value;
      if (Number.isSafeInteger(value)) return String(value);
      payload.issues.push({
        code: 'custom',
        message:
          'a JSON number is accepted here only as a safe integer; write a fraction as decimal text ("2.5")',
        input: value,
        params: { code: 'INVALID_AMOUNT' },
        continue: false,
      });
      return value as unknown as string;
    }),
    schema,
  );
  FIELDS.add(out);
  return out;
}

/** Internal: whether `schema` came from {@link orWholeNumber} (for the JSON Schema converter). */
export function isWholeNumberField(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && FIELDS.has(schema);
}
