export { coreCatalog } from './coreCatalog';
export {
  type CatalogEntries,
  defineCatalog,
  type MessageCatalog,
  type MessageTemplates,
  safeDefineCatalog,
} from './defineCatalog';
export { errorCatalog } from './errorCatalog';
export { findUnrenderable, safeFindUnrenderable, type Unrenderable } from './findUnrenderable';
export { formatError, safeFormatError } from './formatError';
export {
  type FormatDecimalOptions,
  formatDecimalText,
  formatMoneyText,
  formatPercentText,
} from './formatText';
export { LOCALES, Locale } from './Locale';
export { type Labels, LocalizedLabel } from './LocalizedLabel';
export { mergeCatalogs, safeMergeCatalogs } from './mergeCatalogs';
export {
  type Placeholder,
  type PlaceholderFormat,
  parseTemplate,
  safeParseTemplate,
  type TemplatePart,
  templateParams,
} from './parseTemplate';
export type { RenderProblemReason } from './renderParts';
export {
  type RenderOptions,
  type RenderTraceOptions,
  renderStep,
  renderTrace,
  safeRenderStep,
  safeRenderTrace,
} from './renderStep';
export { isTraceCode, TraceCode, TraceParam, TraceStep } from './TraceStep';
