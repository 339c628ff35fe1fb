import { attempt, CrmRulesError, INPUT_LIMITS, parseWith, type SafeResult } from '../errors';
import { sortFindings } from './_lib/screening/findings/findingOrder';
import { matchFinding } from './_lib/screening/findings/matchFinding';
import {
  candidateScratch,
  findCandidates,
  spellingAdmits,
} from './_lib/screening/index/findCandidates';
import {
  type ScreenPartiesOptions,
  screeningSettings,
} from './_lib/screening/index/screeningOptions';
import { prepareName } from './_lib/screening/names/prepareName';
import { type NameScore, scoreNames } from './_lib/screening/names/scoreNames';
import { indexOf, type ScreeningList } from './buildScreeningList';
import type { Finding } from './Finding';
import { ScreeningParty } from './ScreeningEntry';

export type { ScreenPartiesOptions } from './_lib/screening/index/screeningOptions';

/**
 * Screens counterparties against a denied-party list built by {@link buildScreeningList}. Each
 * party's name is normalised as the list's names were; the list's index proposes candidates
 * (names of a fitting length sharing enough of their rarest trigrams with the party — never
 * every entry, yet every name that can score at least `threshold`, so the result is that of
 * scoring every pair); each candidate is scored with {@link matchScore}'s formula; and every entry whose best name scores
 * at least `threshold` gives one `screening.denied-party.match` finding: `block` from `blockAt`
 * on, else `warning`. The evidence holds the party's and the entry's names as written and
 * normalised, the entry id, type, source, program and country, whether an alias matched, the
 * score (cut, not rounded, to 4 decimals), its token measure and — when it was computed and
 * reached the threshold — its spelling measure, and the thresholds. Findings come ordered by severity, subject,
 * then score (highest first) and entry id, whatever the order of the parties or of the list.
 *
 * @param parties - the parties to screen (see {@link ScreeningParty})
 * @param list - a list from {@link buildScreeningList}
 * @param options - `threshold` (default 0.85), `blockAt` (default 0.95), `locale` of the messages;
 * a parsed `ScreeningPolicy` can be passed as it is
 * @returns the findings, one per party and matching entry
 * @throws CrmRulesError `INVALID_INPUT` at `['parties', i, field]` for a malformed party, at
 * `['list']` for a list not built by `buildScreeningList`, at `['options', key]` for a bad
 * option; `LIMIT_EXCEEDED` at `['parties']` for too many parties
 * @example
 * ```ts
 * const list = buildScreeningList([
 *   { id: 'SDN-1', name: 'Zarvex Petroleum Trading LLC', source: 'OFAC SDN', type: 'organisation' },
 * ]);
 * const [finding] = screenParties([{ id: 'C-9', name: 'ZARVEX Petrolium Trading Co., Ltd.' }], list);
 * [finding?.severity, finding?.evidence.entryId, finding?.evidence.score];
 * //=> ['block', 'SDN-1', '0.9545']
 * finding?.message;
 * //=> 'ZARVEX Petrolium Trading Co., Ltd. matches Zarvex Petroleum Trading LLC (SDN-1) on the OFAC SDN list with score 0.9545 (threshold 0.85)'
 * ```
 */
export function screenParties(
  parties: readonly ScreeningParty[],
  list: ScreeningList,
  options?: ScreenPartiesOptions,
): Finding[] {
  const settings = screeningSettings(options);
  const index = indexOf(list);
  if (!Array.isArray(parties))
    throw new CrmRulesError('INVALID_INPUT', 'expected an array of parties', {
      path: ['parties'],
      value: parties,
    });
  if (parties.length > INPUT_LIMITS.maxScreeningEntries)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `more than ${INPUT_LIMITS.maxScreeningEntries} parties (maxScreeningEntries)`,
      { path: ['parties'], value: parties.length },
    );
  const parsed = parties.map((p, i) => parseWith(ScreeningParty, p, { path: ['parties', i] }));
  const scratch = candidateScratch(index);
  const findings: Finding[] = [];
  parsed.forEach((party, i) => {
    const prepared = prepareName(party.name, index.rules, ['parties', i, 'name']);
    let best: Map<number, { name: number; scored: NameScore }> | undefined;
    for (const name of findCandidates(prepared, index, settings.threshold, scratch)) {
      const indexed = index.names[name];
      if (indexed === undefined) continue;
      const scored = scoreNames(
        prepared,
        indexed.prepared,
        settings.threshold,
        spellingAdmits(scratch, name),
      );
      if (scored.score < settings.threshold) continue;
      best ??= new Map();
      const known = best.get(indexed.entry);
      if (known === undefined || scored.score > known.scored.score)
        best.set(indexed.entry, { name, scored });
    }
    if (best !== undefined)
      for (const { name, scored } of best.values())
        findings.push(
          matchFinding(party, prepared, index.names[name] as never, scored, index, settings),
        );
  });
  return sortFindings(findings, ['party', 'score', 'entryId']);
}

/**
 * Like {@link screenParties}, but returns `{ success, data | error }` instead of throwing; it
 * never throws.
 *
 * @example
 * ```ts
 * safeScreenParties([], {} as ScreeningList).error?.path;
 * //=> ['list']
 * ```
 */
export function safeScreenParties(
  parties: readonly ScreeningParty[],
  list: ScreeningList,
  options?: ScreenPartiesOptions,
): SafeResult<Finding[]> {
  return attempt(() => screenParties(parties, list, options));
}
