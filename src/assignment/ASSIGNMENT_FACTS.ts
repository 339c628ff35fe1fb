import type { FactTypes } from '../rules';

/**
 * The customer facts assignment rules may read (DOMAIN §8), by name and type:
 * `customer.grade`, `customer.country`, `customer.region`, `customer.industry`,
 * `customer.language`, `customer.risk` (strings) and `customer.value` (money, in the policy's
 * currency). A fact the customer does not carry is missing, so every comparison on it is false.
 *
 * @example
 * ```ts
 * [CUSTOMER_FACTS['customer.grade'], CUSTOMER_FACTS['customer.value']];
 * //=> ['string', 'money']
 * ```
 */
export const CUSTOMER_FACTS: FactTypes = Object.freeze({
  'customer.grade': 'string',
  'customer.country': 'string',
  'customer.region': 'string',
  'customer.industry': 'string',
  'customer.language': 'string',
  'customer.risk': 'string',
  'customer.value': 'money',
});

/**
 * The manager facts assignment rules may read, by name and type: `manager.id`, `manager.team`
 * (strings), `manager.seniorityYears` (whole years from the hire date to `asOf`),
 * `manager.kpiScore`, `manager.load` (customers owned before the run), and
 * `manager.speaksCustomerLanguage` (the customer's language is among the manager's languages —
 * the one fact about the pair).
 *
 * @example
 * ```ts
 * MANAGER_FACTS['manager.seniorityYears'];
 * //=> 'number'
 * ```
 */
export const MANAGER_FACTS: FactTypes = Object.freeze({
  'manager.id': 'string',
  'manager.team': 'string',
  'manager.seniorityYears': 'number',
  'manager.kpiScore': 'number',
  'manager.load': 'number',
  'manager.speaksCustomerLanguage': 'boolean',
});
