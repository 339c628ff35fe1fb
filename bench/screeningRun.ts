/**
 * The screening benchmark (issue 16): a seeded list of 20,000 entries and 100,000 counterparties,
 * 5 % of them perturbed list names (bench/screeningData.ts). Times `buildScreeningList` and
 * `screenParties` (min and median over `--runs`), reports recall at the threshold (derived
 * parties whose source entry is among their matches), precision at that recall (matches that are
 * a party's source entry, among all matches; and flagged parties that are derived, among flagged
 * parties), and the same figures at other thresholds. Beside it, in the same run, a plain
 * brute-force reference — the same normalisation and score, every party against every list name,
 * no index — on a seeded sample of `--sample` derived and `--sample` fresh parties (all pairs at
 * full size would be 100,000 × ~25,000 = 2.5 billion scores): its time per party, extrapolated to
 * 100,000 parties, the ratio to the index, and the matches (pair and score) it finds that the
 * index misses or the other way round — none, as the index's candidate search is complete.
 *
 *   npm run bench:screening               # --runs 3 --sample 100 --threshold 0.85
 */
import { loadavg } from 'node:os';
import { buildScreeningList, type Finding, screenParties } from '../src/risk';
import { scoreText } from '../src/risk/_lib/screening/findings/matchFinding';
import { prepareName } from '../src/risk/_lib/screening/names/prepareName';
import { scoreNames } from '../src/risk/_lib/screening/names/scoreNames';
import { indexOf } from '../src/risk/buildScreeningList';
import { seededRandom } from './_support/gradingData';
import { screeningData } from './screeningData';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const runs = option('--runs', 3);
const sample = option('--sample', 100);
const threshold = option('--threshold', 0.85);
const entriesCount = option('--entries', 20_000);
const partiesCount = option('--parties', 100_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
let lastCpu = 0;
function time<T>(run: () => T): [T, number] {
  gc();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  lastCpu = (used.user + used.system) / 1000;
  return [result, wall];
}

const data = screeningData({ entries: entriesCount, parties: partiesCount });
console.log(
  `screening bench: ${data.entries.length} entries, ${data.parties.length} parties (${data.truth.size} derived), threshold ${threshold}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const builds: number[] = [];
const screens: number[] = [];
const cpus: number[] = [];
let list = buildScreeningList(data.entries);
let findings: Finding[] = [];
for (let run = 0; run < runs; run += 1) {
  const [built, buildMs] = time(() => buildScreeningList(data.entries));
  const buildCpu = lastCpu;
  const [found, screenMs] = time(() =>
    screenParties(data.parties, built, { threshold, blockAt: 0.95 }),
  );
  cpus.push(buildCpu + lastCpu);
  list = built;
  findings = found;
  builds.push(buildMs);
  screens.push(screenMs);
}
const totals = builds.map((b, i) => b + (screens[i] as number));
console.log(
  `index: build ${Math.round(Math.min(...builds))}/${Math.round(median(builds))} ms, screen ${Math.round(Math.min(...screens))}/${Math.round(median(screens))} ms, total ${Math.round(Math.min(...totals))}/${Math.round(median(totals))} ms (min/median of ${runs}); CPU total ${Math.round(Math.min(...cpus))}/${Math.round(median(cpus))} ms; ${list.names} list names, ${findings.length} matches`,
);

function quality(found: readonly Finding[], at: number, parties?: ReadonlySet<string>) {
  const kept = found.filter((f) => Number(f.evidence.score) >= at - 1e-12);
  const matched = new Set(
    kept
      .filter((f) => data.truth.get(f.subject.id) === f.evidence.entryId)
      .map((f) => f.subject.id),
  );
  const derived = [...data.truth.keys()].filter((id) => parties === undefined || parties.has(id));
  const flagged = new Set(kept.map((f) => f.subject.id));
  const flaggedDerived = [...flagged].filter((id) => data.truth.has(id)).length;
  return {
    recall: matched.size / derived.length,
    pairPrecision: kept.length === 0 ? 1 : matched.size / kept.length,
    partyPrecision: flagged.size === 0 ? 1 : flaggedDerived / flagged.size,
    matches: kept.length,
  };
}
const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const line = (label: string, q: ReturnType<typeof quality>) =>
  `${label}: recall ${pct(q.recall)}, precision ${pct(q.pairPrecision)} of matches / ${pct(q.partyPrecision)} of flagged parties (${q.matches} matches)`;
console.log(line(`at ${threshold}`, quality(findings, threshold)));
// The screen finds every pair at or above its threshold, so higher thresholds are read off its
// findings; lower ones need another screen (`--wide`, slower).
const wide = args.includes('--wide')
  ? screenParties(data.parties, list, { threshold: 0.75, blockAt: 0.95 })
  : findings;
for (const at of [0.75, 0.8, 0.82, 0.84, 0.85, 0.86, 0.88, 0.9, 0.92])
  if (at !== threshold && (at > threshold || wide !== findings))
    console.log(line(`  at ${at}`, quality(wide, at)));

// The plain reference: every sampled party against every list name, the same score, no index.
const random = seededRandom(7);
const derivedIds = [...data.truth.keys()];
const freshIds = data.parties.map((p) => p.id).filter((id) => !data.truth.has(id));
const chosen = new Set<string>();
while (chosen.size < Math.min(sample, derivedIds.length))
  chosen.add(derivedIds[Math.floor(random() * derivedIds.length)] as string);
while (chosen.size < Math.min(sample, derivedIds.length) + Math.min(sample, freshIds.length))
  chosen.add(freshIds[Math.floor(random() * freshIds.length)] as string);
const sampled = data.parties.filter((p) => chosen.has(p.id));
const index = indexOf(list);
const [plain, plainMs] = time(() => {
  const out: Array<{ party: string; entry: string; score: number }> = [];
  for (const party of sampled) {
    const prepared = prepareName(party.name, index.rules, []);
    const best = new Map<number, number>();
    for (const name of index.names) {
      const { score } = scoreNames(prepared, name.prepared);
      if (score >= threshold && score > (best.get(name.entry) ?? -1)) best.set(name.entry, score);
    }
    for (const [entry, score] of best)
      out.push({ party: party.id, entry: index.entries[entry]?.id as string, score });
  }
  return out;
});
const plainCpu = lastCpu;
const [indexed, indexedMs] = time(() => screenParties(sampled, list, { threshold, blockAt: 0.95 }));
const found = new Set(
  indexed.map((f) => `${f.subject.id}→${f.evidence.entryId}:${f.evidence.score}`),
);
const plainKeys = new Set(plain.map((m) => `${m.party}→${m.entry}:${scoreText(m.score)}`));
const missed = [...plainKeys].filter((key) => !found.has(key));
const extra = [...found].filter((key) => !plainKeys.has(key));
const plainRecall =
  plain.filter((m) => data.truth.get(m.party) === m.entry).length /
  Math.min(sample, derivedIds.length);
const indexRecall = quality(indexed, threshold, chosen).recall;
const perPartyPlain = plainMs / sampled.length;
const perPartyIndex = (median(screens) as number) / data.parties.length;
console.log(
  `plain all-pairs on ${sampled.length} sampled parties (${Math.min(sample, derivedIds.length)} derived): ${Math.round(plainMs)} ms, ${perPartyPlain.toFixed(2)} ms a party → ${((perPartyPlain * data.parties.length) / 1000).toFixed(0)} s for ${data.parties.length} (extrapolated); index ${(perPartyIndex * 1000).toFixed(1)} µs a party (${Math.round(indexedMs)} ms on the sample): ${Math.round(perPartyPlain / perPartyIndex)}× faster`,
);
const perPartyPlainCpu = plainCpu / sampled.length;
const perPartyIndexCpu = median(cpus) / data.parties.length;
console.log(
  `  CPU: plain ${perPartyPlainCpu.toFixed(2)} ms a party → ${((perPartyPlainCpu * data.parties.length) / 1000).toFixed(0)} s for ${data.parties.length} (extrapolated); index (build + screen) ${(perPartyIndexCpu * 1000).toFixed(1)} µs a party: ${Math.round(perPartyPlainCpu / perPartyIndexCpu)}× less CPU`,
);
console.log(
  `  on the sample: recall plain ${pct(plainRecall)}, index ${pct(indexRecall)}; plain matches ${plain.length}, index ${indexed.length}, found by plain and missed by the index ${missed.length}, found by the index only (or with another score) ${extra.length}`,
);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
