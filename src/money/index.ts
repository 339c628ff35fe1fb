export { type AllocateOptions, allocate } from './allocate';
export { abs, add, divide, multiply, negate, ratio, subtract, sum } from './arithmetic';
export { compare, equals, isNegative, isPositive, isZero, max, min } from './compare';
export { CURRENCY_CODES, CurrencyCode, isCurrencyCode, minorUnits } from './currencies';
export { Decimal, type DecimalInput, DecimalString, decimalToString, toDecimal } from './decimal';
export { type FormatMoneyOptions, formatMoney } from './format';
export * from './fx';
export { MoneyJson, parseMoney, safeParseMoney, toMoneyJson } from './json';
export { assertSameCurrency, isMoney, type Money, money, zero } from './Money';
export {
  RoundingMode,
  RoundingPolicy,
  type RoundingPolicyInput,
  round,
  roundDecimal,
} from './round';
