/** A parsed field path: `lines[].quantity` is the list `lines` and the item path `['quantity']`. */
export interface FieldPathParts {
  /** The list the field is an item field of, or `null`. */
  readonly list: string | null;
  /** The keys inside the record (or inside the list's item). */
  readonly keys: readonly string[];
}

/** Splits a checked field path (see `FieldPath`) into its list and keys. */
export function fieldPathParts(path: string): FieldPathParts {
  const [head = '', ...rest] = path.split('.');
  return head.endsWith('[]')
    ? { list: head.slice(0, -2), keys: rest }
    : { list: null, keys: [head, ...rest] };
}

/** Sets `value` at `keys` inside `target`, creating the objects on the way. */
export function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown) {
  let at = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) {
      at[key] = value;
      return;
    }
    const next = at[key];
    if (typeof next !== 'object' || next === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  });
}
