/** Internal: the series colours of the charts (colour-blind safe, Okabe–Ito), in order. */
export const PALETTE = Object.freeze([
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
]);

/** Internal: the colour of series `index`, repeating after the last. */
export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#000000';
}
