import { originCode } from '../events/originCodes';
import type { Credit } from './creditEvents';

// The kinds' codes in the column engine (`creditPlan`), so both engines order credits alike.
const KIND_RANK = { owner: 0, split: 1, 'roll-up': 2, full: 3 } as const satisfies Record<
  Credit['kind'],
  number
>;

/** Internal: orders credits by date, document kind (`originCode`), document, line, then credit kind, level and source payee. */
export function compareCredits(a: Credit, b: Credit): number {
  const x = a.event;
  const y = b.event;
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  const kind = originCode(x) - originCode(y);
  if (kind !== 0) return kind;
  if (x.docId !== y.docId) return x.docId < y.docId ? -1 : 1;
  if (x.lineId !== y.lineId) return x.lineId < y.lineId ? -1 : 1;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (a.level !== b.level) return a.level - b.level;
  const f = a.from ?? '';
  const g = b.from ?? '';
  return f < g ? -1 : f > g ? 1 : 0;
}
