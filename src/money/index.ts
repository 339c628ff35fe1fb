export { type AllocateOptions, allocate, safeAllocate } from './allocate';
export {
  abs,
  add,
  divide,
  multiply,
  negate,
  ratio,
  safeAdd,
  safeDivide,
  safeMultiply,
  safeRatio,
  safeSubtract,
  safeSum,
  subtract,
  sum,
} from './arithmetic';
export {
  compare,
  equals,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  safeCompare,
  safeEquals,
  safeMax,
  safeMin,
} from './compare';
export {
  CURRENCY_CODES,
  CurrencyCode,
  isCurrencyCode,
  minorUnits,
  safeMinorUnits,
} from './currencies';
export {
  Decimal,
  type DecimalInput,
  DecimalString,
  decimalToString,
  safeDecimalToString,
  safeToDecimal,
  toDecimal,
} from './decimal';
export { type FormatMoneyOptions, formatMoney, safeFormatMoney } from './format';
export * from './fx';
export { MoneyJson, parseMoney, safeParseMoney, toMoneyJson } from './json';
export {
  assertSameCurrency,
  isMoney,
  type Money,
  money,
  safeAssertSameCurrency,
  safeMoney,
  safeZero,
  zero,
} from './Money';
export {
  RoundingMode,
  RoundingPolicy,
  type RoundingPolicyInput,
  round,
  roundDecimal,
  safeRound,
  safeRoundDecimal,
} from './round';
