/**
 * The mark that pads a token (or a name without spaces) at both ends. Tokens hold only letters,
 * marks and digits (`foldText` turns everything else into spaces), so it is never a token's
 * character.
 */
const BOUNDARY = 0;

/** A trigram's code: its three UTF-16 units in base 65536 (below 2^48, exact in a double). */
const gram = (a: number, b: number, c: number) => (a * 65_536 + b) * 65_536 + c;

/**
 * Internal: the token trigrams of a name, a multiset in ascending order: each token padded with
 * two boundary marks at both ends and cut into its overlapping runs of three characters (`ali` →
 * `··a`, `·al`, `ali`, `li·`, `i··`), so a token of ℓ characters gives ℓ + 2 of them and the
 * tokens' order does not matter. Σ over the tokens: `weight + 2 · tokens.length` trigrams.
 */
export function tokenGrams(tokens: readonly string[]): Float64Array {
  let size = 0;
  for (const token of tokens) size += token.length + 2;
  const out = new Float64Array(size);
  let at = 0;
  for (const token of tokens) {
    let a = BOUNDARY;
    let b = BOUNDARY;
    for (let i = 0; i <= token.length + 1; i += 1) {
      const c = i < token.length ? token.charCodeAt(i) : BOUNDARY;
      out[at] = gram(a, b, c);
      at += 1;
      a = b;
      b = c;
    }
  }
  return sortSmall(out);
}

/** Ascending, in place: an insertion sort for the few tens of trigrams of most names. */
function sortSmall(grams: Float64Array): Float64Array {
  if (grams.length > 64) return grams.sort();
  for (let i = 1; i < grams.length; i += 1) {
    const gram = grams[i] as number;
    let j = i - 1;
    while (j >= 0 && (grams[j] as number) > gram) {
      grams[j + 1] = grams[j] as number;
      j -= 1;
    }
    grams[j + 1] = gram;
  }
  return grams;
}

/**
 * Internal: the spelling trigrams of a name written without spaces, padded like a token (`huawei`
 * → `··h`, `·hu`, …, `i··`): `compact.length + 2` of them in ascending order, none for an empty
 * name. The screening index's spelling filter counts them (see `findCandidates`).
 */
export function spellingGrams(compact: string): Float64Array {
  if (compact === '') return new Float64Array(0);
  return tokenGrams([compact]);
}

/** Internal: the size of the multiset intersection of two ascending trigram lists. */
export function gramOverlap(a: Float64Array, b: Float64Array): number {
  return gramOverlapAtLeast(a, b, 0);
}

/**
 * Internal: {@link gramOverlap}, or −1 as soon as the overlap cannot reach `least` (what is left
 * of the shorter side would not make it up).
 */
export function gramOverlapAtLeast(a: Float64Array, b: Float64Array, least: number): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common += 1;
      i += 1;
      j += 1;
      continue;
    }
    if (x < y) i += 1;
    else j += 1;
    if (common + Math.min(a.length - i, b.length - j) < least) return -1;
  }
  return common < least ? -1 : common;
}
