/**
 * Internal: a run of digits with a separator between each group of three, counted from the
 * right (`1234567` → `1,234,567`). Linear in the number of digits, unlike the lookahead regex
 * `/\B(?=(\d{3})+(?!\d))/g`, which rescans the rest of the string at every position.
 */
export function groupDigits(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  if (digits.length <= 3) return digits;
  const groups: string[] = [digits.slice(0, head)];
  for (let at = head; at < digits.length; at += 3) groups.push(digits.slice(at, at + 3));
  return groups.join(separator);
}
