/** Internal: a pixel coordinate to two decimals, so the markup is short and the same on every run. */
export function pixel(value: number): number {
  return Math.round(value * 100) / 100;
}
