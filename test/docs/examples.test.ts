import * as fastCheck from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import {
  type DocExample,
  markdownExamples,
  tsdocExamples,
  typeErrors,
} from '../_support/docExamples';
import { examplePglite } from '../_support/examplePglite';
import { SUBPATHS } from '../_support/publicApi';
import { checkProblems, runExample } from '../_support/runExample';
import { hasSharedData } from '../_support/sharedData';
import { cdnowSummaries, cdnowWithSpend } from '../grading/lifetime/_support/cdnow';
import { donationPatterns } from '../grading/lifetime/_support/donations';

/**
 * Every code example of the documentation runs, and says what it gives: each ```ts block of the
 * public API's TSDoc, of README.md and of docs/**.md. The convention for `//=>` lines is in
 * test/_support/runExample.ts; a TSDoc example has its subpath's exports in scope (the root's
 * too), a markdown block imports what it uses from `crm-rules/…` as a user would.
 */
const specifier = (subpath: string) => `crm-rules${subpath.slice(1)}`;
const modules: Record<string, Record<string, unknown>> = Object.fromEntries(
  await Promise.all(
    SUBPATHS.map(async ([subpath]) => [
      specifier(subpath),
      (await import(/* @vite-ignore */ specifier(subpath))) as Record<string, unknown>,
    ]),
  ),
);

/** What a guide's block may import besides the package: a `describe`/`test` that only register. */
const stubs = {
  zod,
  'fast-check': fastCheck,
  vitest: { describe: (_: string, body: () => void) => body(), test: () => undefined },
  '@electric-sql/pglite': examplePglite,
};

/**
 * Public data sets an example may name without defining them (it says in a comment what they
 * are): read from ../shared/data; the examples that use them skip when it is absent.
 */
const SAMPLES = /\b(cdnow(Summaries|WithSpend)|donationPatterns)\b/;
const samples = (): Record<string, unknown> =>
  hasSharedData
    ? {
        cdnowSummaries: cdnowSummaries(),
        cdnowWithSpend: cdnowWithSpend(),
        donationPatterns: donationPatterns(),
      }
    : {};

async function check({ code, subpath }: DocExample): Promise<string[]> {
  const scope =
    subpath === undefined
      ? {}
      : {
          ...modules['crm-rules'],
          ...modules[specifier(subpath)],
          ...(SAMPLES.test(code) ? samples() : {}),
        };
  const checks = await runExample(code, scope, { ...modules, ...stubs });
  return checks.flatMap(checkProblems);
}

const tsdoc = tsdocExamples();
const guides = markdownExamples();

describe('documentation examples', () => {
  it('finds the examples', () => {
    expect(tsdoc.length).toBeGreaterThan(350);
    expect(guides.length).toBeGreaterThan(0);
  });

  const needsSamples = (example: DocExample) => SAMPLES.test(example.code);
  it.each(
    tsdoc.filter((e) => !needsSamples(e)).map((example) => [example.where, example] as const),
  )('TSDoc %s', async (_, example) => {
    expect(await check(example)).toEqual([]);
  });

  it
    .skipIf(!hasSharedData)
    .each(tsdoc.filter(needsSamples).map((example) => [example.where, example] as const))(
    'TSDoc %s (public data set)',
    async (_, example) => {
      expect(await check(example)).toEqual([]);
    },
  );

  it("the README and guide blocks type-check as a user's strict code", { timeout: 60_000 }, () => {
    expect(typeErrors(guides)).toEqual([]);
  });

  it.each(guides.map((example) => [example.where, example] as const))(
    'guide %s',
    async (_, example) => {
      expect(await check(example)).toEqual([]);
    },
  );
});
