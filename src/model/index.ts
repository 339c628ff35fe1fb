export { AccountManager } from './AccountManager';
export { Complaint, ComplaintSeverity } from './Complaint';
export {
  Contract,
  ContractClause,
  DisputeResolution,
  Incoterm,
  TransportMode,
} from './Contract';
export { CreditNote, CreditNoteLine, CreditNoteReason } from './CreditNote';
export { Customer } from './Customer';
export { COUNTRY_CODES, CountryCode, isCountryCode } from './country';
export { type Dataset, parseDataset, safeParseDataset } from './Dataset';
export { Delivery, DeliveryLine } from './Delivery';
export {
  ENTITY_KINDS,
  ENTITY_SCHEMAS,
  type Entity,
  type EntityKind,
  isEntityKind,
  parseEntity,
  safeParseEntity,
} from './entities';
export { Invoice, InvoiceLine } from './Invoice';
export { Discount, Order, OrderLine, OrderStatus } from './Order';
export {
  type LineDiscount,
  orderLineDiscount,
  safeOrderLineDiscount,
} from './orderLineDiscount';
export { orderLineNet, orderNet, safeOrderLineNet, safeOrderNet } from './orderNet';
export { Payment, PaymentAllocation } from './Payment';
export { PaymentMethod, PaymentTerms } from './PaymentTerms';
export { HsCode, Product, ProductCategory } from './Product';
export {
  EntityId,
  isPortableText,
  Label,
  NonNegativeDecimal,
  PositiveDecimal,
} from './primitives';
export { SurveyResponse } from './SurveyResponse';
export { Target } from './Target';
export { Team } from './Team';
export { TrainingRecord } from './TrainingRecord';
