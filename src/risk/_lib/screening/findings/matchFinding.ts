import { renderStep } from '../../../../explain';
import type { Finding, RiskSubject } from '../../../Finding';
import { riskCatalog } from '../../../riskCatalog';
import type { IndexedName, ScreeningIndex } from '../index/ScreeningIndex';
import type { ScreeningSettings } from '../index/screeningOptions';
import type { PreparedName } from '../names/prepareName';
import type { NameScore } from '../names/scoreNames';

/** A score written with 4 decimals, cut (not rounded) so it never reads above its value. */
export function scoreText(score: number): string {
  return score.toFixed(10).slice(0, -6);
}

/** Internal: the `screening.denied-party.match` finding of one party against one list name. */
export function matchFinding(
  party: { readonly id: string; readonly name: string; readonly kind: RiskSubject['kind'] },
  prepared: PreparedName,
  name: IndexedName,
  scored: NameScore,
  index: ScreeningIndex,
  settings: ScreeningSettings,
): Finding {
  const entry = index.entries[name.entry];
  if (entry === undefined) throw new Error('unreachable: a name of an unknown entry');
  const score = scoreText(scored.score);
  const evidence: Record<string, string | boolean> = {
    party: party.name,
    partyNormalised: prepared.text,
    entryId: entry.id,
    entryName: name.name,
    entryNormalised: name.prepared.text,
    alias: name.name !== entry.name,
    entryType: entry.type,
    source: entry.source,
    score,
    tokenScore: scoreText(scored.tokens),
    threshold: settings.thresholdText,
    blockAt: settings.blockAtText,
  };
  if (scored.spelling !== undefined) evidence.spellingScore = scoreText(scored.spelling);
  if (entry.program !== undefined) evidence.program = entry.program;
  if (entry.country !== undefined) evidence.entryCountry = entry.country;
  const code = 'screening.denied-party.match';
  const params = {
    party: party.name,
    entryName: name.name,
    entryId: entry.id,
    source: entry.source,
    score,
    threshold: settings.thresholdText,
  };
  return {
    code,
    severity: scored.score >= settings.blockAt ? 'block' : 'warning',
    subject: { kind: party.kind, id: party.id },
    evidence,
    message: renderStep({ code, params }, { locale: settings.locale, catalog: riskCatalog }),
  };
}
