let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Internal: `1 − d ÷ max(|a|, |b|)`, where d is the optimal-string-alignment distance (the
 * Damerau–Levenshtein distance without edits to a transposed pair: insertions, deletions,
 * substitutions and adjacent transpositions, each 1), in [0, 1]. When the similarity would be
 * below `floor` it may stop early and return any value below `floor` (the distance grows along
 * the rows). Symmetric: the distance is.
 */
export function editSimilarity(a: string, b: string, floor = 0): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  const longest = Math.max(la, lb);
  if (la === 0 || lb === 0) return 0;
  // The most edits that still reach the floor (the epsilon keeps 1 − 2/20 = 0.9 at floor 0.9,
  // which (1 − 0.9) × 20 = 1.9999… would lose); a row whose minimum exceeds it can stop.
  const most = floor > 0 ? Math.floor((1 - floor) * longest + 1e-9) : longest;
  if (Math.abs(la - lb) > most) return 0;
  if ((rows[0] as Int32Array).length <= lb) rows = [0, 1, 2].map(() => new Int32Array(lb * 2 + 1));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= lb; j += 1) previous[j] = j;
  for (let i = 1; i <= la; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j += 1) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > most) return 0;
    [before, previous, current] = [previous, current, before];
  }
  return 1 - (previous[lb] as number) / longest;
}
