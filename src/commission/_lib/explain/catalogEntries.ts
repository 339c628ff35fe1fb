import type { CatalogEntries } from '../../../explain';
import { generatedEntries } from './generatedEntries';
import { LINE_ENTRIES } from './lineEntries';
import { PERIOD_ENTRIES } from './periodEntries';

/** Internal: the commission messages by trace code, in en and zh-CN. */
export const ENTRIES: CatalogEntries = /* @__PURE__ */ (() => ({
  ...generatedEntries(),
  ...LINE_ENTRIES,
  ...PERIOD_ENTRIES,
}))();
