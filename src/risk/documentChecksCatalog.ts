import { defineCatalog, type MessageCatalog } from '../explain';
import { documentChecksEntries } from './_lib/catalog/documentChecksEntries';

/**
 * Messages for the findings of the document checks (`terms.*`, `pricing.*`, `contract.*`,
 * `fx.*`, `churn.*`) in `en` and `zh-CN`, each reading the finding's evidence. Render a finding
 * in Chinese with `renderStep({ code: finding.code, params: finding.evidence }, { locale: 'zh-CN',
 * catalog: documentChecksCatalog })`.
 *
 * @example
 * ```ts
 * documentChecksCatalog.messages.get('churn.no-orders')?.['zh-CN'];
 * //=> '重点客户（等级 {grade}）没有任何订单记录'
 * ```
 */
export const documentChecksCatalog: MessageCatalog =
  /* @__PURE__ */ defineCatalog(documentChecksEntries);
