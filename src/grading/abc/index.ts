export { AbcOptions, type AbcOptionsInput } from './AbcOptions';
export { type AbcCustomer, type AbcResult, abcClasses, safeAbcClasses } from './abcClasses';
