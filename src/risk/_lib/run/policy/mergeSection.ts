/** A section with the fields of each override laid over it, in order (later wins; nested objects whole). */
export function mergeSection(
  base: Readonly<Record<string, unknown>>,
  overrides: ReadonlyArray<Readonly<Record<string, unknown>> | undefined>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const override of overrides) {
    if (override === undefined) continue;
    for (const [key, value] of Object.entries(override))
      if (value !== undefined) merged[key] = value;
  }
  return merged;
}
