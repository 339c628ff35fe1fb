import fc from 'fast-check';

/** Teams of up to 30 scored people with unique ids and scores 0–10 in steps of 0.5 (many ties). */
export function scoreEntries(minLength = 0): fc.Arbitrary<{ id: string; score: string }[]> {
  return fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength, maxLength: 30 })
    .chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: ids.length, maxLength: ids.length }),
      ),
    )
    .map(([ids, halves]) =>
      ids.map((id, i) => ({ id, score: ((halves[i] as number) / 2).toString() })),
    );
}
