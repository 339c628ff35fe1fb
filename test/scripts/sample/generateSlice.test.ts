import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExportTrader } from '../../../scripts/sample/exportTrader';
import { SAMPLE_SEED } from '../../../scripts/sample/generateSample';
import { FIXTURE_DIR, sliceFiles, ZOHO_DIR } from '../../../scripts/sample/generateSlice';
import { SLICE_MANAGERS, sliceCompany } from '../../../scripts/sample/sliceSample';

/**
 * The slice of the export trader the CLI tests read (`test/cli/fixture/`) and the Zoho CRM
 * example made from it (`examples/zoho-crm/`): committed as generated, small, and whole (every
 * document of a picked customer is there, and owned by a picked manager).
 */
const trader = buildExportTrader(SAMPLE_SEED);
const files = sliceFiles(SAMPLE_SEED, trader);
const slice = sliceCompany(trader);

describe('the slice of the sample', () => {
  it('the committed files equal a fresh generation (run `npm run sample:generate`)', () => {
    const stale = [...files].filter(([path, content]) => readFileSync(path, 'utf8') !== content);
    expect(stale.map(([path]) => path)).toEqual([]);
    for (const dir of [FIXTURE_DIR, ZOHO_DIR]) {
      const committed = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => /\.(json|csv)$/.test(file))
        .map((file) => `${dir}/${file}`);
      expect(committed.sort()).toEqual(
        [...files.keys()].filter((p) => p.startsWith(`${dir}/`)).sort(),
      );
    }
  });

  it('holds 20 customers of 2 managers, with all their documents and only theirs', () => {
    const c = slice.collections;
    const customers = new Set(c.customers?.map((x) => x.id));
    expect(customers.size).toBe(20);
    expect(c.accountManagers?.map((m) => m.id)).toEqual([...SLICE_MANAGERS]);
    const full = trader.collections;
    for (const kind of ['orders', 'invoices', 'payments', 'deliveries'] as const) {
      const all = (full[kind] ?? []) as ReadonlyArray<{ customerId: string; ownerId?: string }>;
      const mine = all.filter((doc) => customers.has(doc.customerId));
      expect((c[kind] ?? []).length, kind).toBe(mine.length);
      for (const doc of mine)
        if (doc.ownerId !== undefined) expect(SLICE_MANAGERS).toContain(doc.ownerId);
    }
  });

  it('is small (under 300 kB in all)', () => {
    let bytes = 0;
    for (const content of files.values()) bytes += Buffer.byteLength(content);
    expect(bytes).toBeLessThan(300 * 1024);
  });
});
