/**
 * Values that bypass any type: NaN, infinities, −0, floats, huge and tiny magnitudes, non-values.
 * Each area's hostile-input test adds the strings and shapes of its own domain.
 */
export const BYPASSING_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1.5,
  2 ** 60,
  1e308,
  5e-324,
  null,
  undefined,
  true,
  '',
  'NaN',
  12n,
];
