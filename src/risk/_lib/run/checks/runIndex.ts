import type { ExposureIndex } from '../../../ExposureIndex';
import type { ExposureOptions } from '../../../RiskFacts';
import { finishIndex } from '../../exposure/finishIndex';
import { isIterable, readStreams, startBuilder } from '../../exposure/startBuilder';
import type { RunContext } from '../context/RunContext';
import { datedSection } from '../policy/sectionSchemas';

/**
 * Internal: the one exposure index of a run, built with the base credit section (its limits and
 * what counts as exposure; layers only move the thresholds). Without a credit section, a policy
 * with a zero default limit and no insured limit (no rate looked up for one), so aging, the
 * insured-limit check and the summaries still read the receivables.
 */
export function runIndex(context: RunContext): ExposureIndex {
  const { policy, facts, asOf, baseCurrency, fx } = context;
  const credit = policy.checks.credit;
  const creditPolicy =
    credit === undefined
      ? {
          effectiveFrom: policy.effectiveFrom,
          defaultLimit: { amount: '0', currency: baseCurrency },
          warnAtPercent: '100',
          blockAtPercent: '100',
          insuredLimitAdds: false,
        }
      : datedSection(policy, credit);
  // The customers and orders were parsed with the facts: the index takes them as they are (as
  // `buildExposureIndex` would read the same records), in its order of streams — customers, the
  // receivables documents, orders, deliveries — and reads the other documents.
  const streams = ['invoices', 'payments', 'creditNotes', 'deliveries'];
  const documents = Object.fromEntries(streams.map((name) => [name, facts.raw[name] ?? []]));
  const { builder, streams: read } = startBuilder(
    documents,
    {
      asOf,
      baseCurrency,
      ...(fx === undefined ? {} : { fx }),
      policy: creditPolicy as ExposureOptions['policy'],
    },
    isIterable,
  );
  facts.customerList.forEach((customer, i) => {
    builder.addParsedCustomer(customer, i);
  });
  readStreams(
    builder,
    read.filter(([name]) => name !== 'deliveries'),
  );
  facts.orders.forEach((order, i) => {
    builder.addParsedOrder(order, i);
  });
  readStreams(
    builder,
    read.filter(([name]) => name === 'deliveries'),
  );
  return finishIndex(builder);
}
