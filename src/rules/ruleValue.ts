import { dayNumberOf } from '../_lib/civil';
import {
  type Decimal,
  type DecimalInput,
  isCurrencyCode,
  isMoney,
  type Money,
  type MoneyJson,
  money,
  toDecimal,
  toMoneyJson,
} from '../money';
import type { FactType } from './FactType';
import type { RuleValue } from './ParsedCondition';

/** What a value of each type must look like, for error messages. */
export const EXPECTED: Readonly<Record<FactType, string>> = {
  number: 'a number as a decimal string or safe integer (floats, NaN and Infinity are refused)',
  string: 'a string',
  boolean: 'a boolean',
  date: 'a calendar date as YYYY-MM-DD',
  money: 'money as { amount: "123.45", currency: "USD" }',
};

/**
 * Internal: converts a raw value to its {@link RuleValue} for a fact type, or `undefined` when
 * it does not fit the type. Shared by rule values and fact values.
 */
export function toRuleValue(type: FactType, raw: unknown): RuleValue | undefined {
  switch (type) {
    case 'string':
    case 'boolean':
      return typeof raw === type ? (raw as string | boolean) : undefined;
    case 'date':
      return typeof raw === 'string' && dayNumberOf(raw) !== undefined ? raw : undefined;
    case 'number':
      return toNumber(raw);
    case 'money':
      return toMoney(raw);
  }
}

function toNumber(raw: unknown): Decimal | undefined {
  const kind = typeof raw;
  if (kind !== 'string' && kind !== 'number' && kind !== 'bigint' && kind !== 'object')
    return undefined;
  try {
    return toDecimal(raw as DecimalInput);
  } catch {
    return undefined;
  }
}

function toMoney(raw: unknown): Money | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  if (isMoney(raw)) return raw.amount.isFinite() && isCurrencyCode(raw.currency) ? raw : undefined;
  if (!Object.hasOwn(raw, 'amount') || !Object.hasOwn(raw, 'currency')) return undefined;
  const { amount, currency } = raw as { amount: unknown; currency: unknown };
  if (typeof amount !== 'string' || !isCurrencyCode(currency)) return undefined;
  try {
    return money(amount, currency);
  } catch {
    return undefined;
  }
}

/** Internal: orders two values of one type (money of one currency): negative, zero, positive. */
export function compareRuleValues(type: FactType, left: RuleValue, right: RuleValue): number {
  switch (type) {
    case 'number':
      return (left as Decimal).cmp(right as Decimal);
    case 'money':
      return (left as Money).amount.cmp((right as Money).amount);
    default:
      // Strings and dates by code units (a date as YYYY-MM-DD orders by day); false before true.
      return left === right ? 0 : (left as string) < (right as string) ? -1 : 1;
  }
}

/**
 * Internal: a string equal for equal values of one type (for `in` lookups). A number's (or
 * money's amount's) decimal.js text: it writes −0 as `0` and drops trailing zeros, so equal
 * values give equal text.
 */
export function ruleValueKey(type: FactType, value: RuleValue): string {
  return String(type === 'money' ? (value as Money).amount : value);
}

/** A rule or fact value in JSON form: decimal strings for numbers, `{ amount, currency }` for money. */
export type RuleValueJson = string | boolean | MoneyJson;

/** Internal: the JSON form of a value of a fact type. */
export function ruleValueToJson(type: FactType, value: RuleValue): RuleValueJson {
  if (type === 'number') return (value as Decimal).toFixed();
  if (type === 'money') return toMoneyJson(value as Money);
  return value as string | boolean;
}
