let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/**
 * Internal: the Jaro–Winkler similarity of two strings (UTF-16 units), in [0, 1]: the Jaro
 * similarity `(m/|a| + m/|b| + (m − t)/m) ÷ 3` (m characters in common within a window of
 * ⌊max(|a|, |b|) ÷ 2⌋ − 1, t half the transpositions among them), raised by Winkler's prefix
 * bonus `ℓ × 0.1 × (1 − jaro)` for a common prefix of ℓ ≤ 4 characters when jaro > 0.7. The
 * pair is put in code-unit order first, so `jaroWinkler(a, b) === jaroWinkler(b, a)` exactly.
 */
export function jaroWinkler(x: string, y: string): number {
  if (x === y) return 1;
  const [a, b] = x < y ? [x, y] : [y, x];
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(la * 2);
  if (flagsB.length < lb) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let m = 0;
  for (let i = 0; i < la; i += 1) {
    const code = a.charCodeAt(i);
    const to = Math.min(lb - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j += 1) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === code) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        m += 1;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let halfTranspositions = 0;
  for (let i = 0, j = 0; i < la; i += 1) {
    if (flagsA[i] === 0) continue;
    while (flagsB[j] === 0) j += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions += 1;
    j += 1;
  }
  const t = halfTranspositions >> 1;
  const jaro = (m / la + m / lb + (m - t) / m) / 3;
  if (jaro <= 0.7) return jaro;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}
