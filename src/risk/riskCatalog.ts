import { defineCatalog, type MessageCatalog } from '../explain';
import { documentChecksEntries } from './_lib/catalog/documentChecksEntries';
import { exposureChecksEntries } from './_lib/catalog/exposureChecksEntries';
import { joinEntries } from './_lib/catalog/joinEntries';
import { runEntries } from './_lib/catalog/runEntries';
import { tradeEntries } from './_lib/catalog/tradeEntries';
import { SCREENING_MESSAGES } from './_lib/screening/findings/screeningMessages';

/**
 * The one message catalog of `crm-rules/risk`, in `en` and `zh-CN`: every finding code of every
 * risk check (`credit.*`, `receivables.*`, `concentration.*`, `terms.*`, `pricing.*`,
 * `contract.*`, `fx.*`, `churn.*`, `screening.*`, `trade.*`, each reading the finding's
 * `evidence`) and every trace code (`risk.*`, including the `risk.policy.layers` step of
 * `runRiskChecks`). Render a finding with `renderStep({ code: finding.code, params:
 * finding.evidence }, { locale, catalog: riskCatalog })` and its trace with `renderTrace`; no
 * other catalog is needed.
 *
 * @example
 * ```ts
 * [riskCatalog.messages.get('credit.limit.exceeded')?.en, riskCatalog.messages.get('churn.no-orders')?.['zh-CN']];
 * //=> ['exposure {exposure:money:currency} is above {blockAtPercent}% of the credit limit {limit:money:currency} (over the limit by {excess:money:currency})', '重点客户（等级 {grade}）没有任何订单记录']
 * ```
 */
export const riskCatalog: MessageCatalog = /* @__PURE__ */ defineCatalog(
  /* @__PURE__ */ joinEntries(
    exposureChecksEntries,
    documentChecksEntries,
    SCREENING_MESSAGES,
    tradeEntries,
    runEntries,
  ),
);
