export { coreCatalog } from './coreCatalog';
export {
  type CatalogEntries,
  defineCatalog,
  type MessageCatalog,
  type MessageTemplates,
} from './defineCatalog';
export { findUnrenderable, type Unrenderable } from './findUnrenderable';
export {
  type FormatDecimalOptions,
  formatDecimalText,
  formatMoneyText,
  formatPercentText,
} from './formatText';
export { LOCALES, Locale } from './Locale';
export { mergeCatalogs } from './mergeCatalogs';
export {
  type Placeholder,
  type PlaceholderFormat,
  parseTemplate,
  type TemplatePart,
  templateParams,
} from './parseTemplate';
export type { RenderProblemReason } from './renderParts';
export { type RenderOptions, type RenderTraceOptions, renderStep, renderTrace } from './renderStep';
export { isTraceCode, TraceCode, TraceParam, TraceStep } from './TraceStep';
