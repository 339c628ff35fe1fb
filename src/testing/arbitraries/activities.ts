import { ComplaintSeverity, type Entity, Incoterm, PaymentMethod } from '../../model';
import { addDays } from '../../period/IsoDate';
import fc from '../_lib/fastCheck';
import type { ArbitraryPools } from './pools';
import { formatUnits, isoDateArbitrary } from './primitives';
import { compact, optional, pick } from './shared';

/** Internal: arbitraries of surveys, complaints, trainings, contracts and targets. */
export function activityArbitraries(p: Required<ArbitraryPools>) {
  const date = isoDateArbitrary({ from: p.from, to: p.to });
  return {
    surveyResponses: fc
      .record({
        id: pick(p.surveyIds),
        customerId: pick(p.customerIds),
        ownerId: optional(pick(p.managerIds)),
        date,
        scores: fc.oneof(
          fc.record({ csat: fc.integer({ min: 1, max: 5 }) }),
          fc.record({ nps: fc.integer({ min: 0, max: 10 }) }),
          fc.record({ csat: fc.integer({ min: 1, max: 5 }), nps: fc.integer({ min: 0, max: 10 }) }),
        ),
      })
      .map(({ scores, ...rest }) => compact({ ...rest, ...scores }) as Entity<'surveyResponses'>),
    complaints: fc
      .record({
        id: pick(p.complaintIds),
        customerId: pick(p.customerIds),
        ownerId: optional(pick(p.managerIds)),
        date,
        severity: pick(ComplaintSeverity.options),
        resolvedIn: optional(fc.integer({ min: 0, max: 30 })),
      })
      .map(
        ({ resolvedIn, ...rest }) =>
          compact({
            ...rest,
            resolvedDate: resolvedIn === undefined ? undefined : addDays(rest.date, resolvedIn),
          }) as Entity<'complaints'>,
      ),
    trainingRecords: fc.record({
      id: pick(p.trainingIds),
      managerId: pick(p.managerIds),
      courseId: pick(p.courseIds),
      date,
      hours: fc.integer({ min: 0, max: 80 }).map((halves) => formatUnits(halves * 5, 1)),
      completed: fc.boolean(),
    }),
    contracts: fc
      .record({
        id: pick(p.contractIds),
        customerId: pick(p.customerIds),
        startDate: date,
        length: optional(fc.integer({ min: 0, max: 720 })),
        incoterm: pick(Incoterm.options),
        governingLaw: fc.constantFrom('CN', 'England and Wales', 'DE'),
        court: fc.boolean(),
        currency: pick(p.currencies),
        paymentTerms: fc.record({
          method: pick(PaymentMethod.options),
          days: fc.integer({ min: 0, max: 180 }),
        }),
      })
      .map(
        ({ length, court, ...rest }) =>
          compact({
            ...rest,
            endDate: length === undefined ? undefined : addDays(rest.startDate, length),
            disputeResolution: court
              ? { kind: 'court' as const, seat: 'Shanghai' }
              : {
                  kind: 'arbitration' as const,
                  seat: 'Singapore',
                  institution: 'SIAC',
                  arbitrators: 3,
                },
          }) as Entity<'contracts'>,
      ),
    targets: fc.record({
      id: pick(p.targetIds),
      subjectKind: fc.constantFrom<'manager' | 'team'>('manager', 'team'),
      subjectId: fc.oneof(pick(p.managerIds), pick(p.teamIds)),
      metric: pick(p.metrics),
      period: pick(p.periods),
      value: fc.oneof(
        fc
          .tuple(fc.integer({ min: 1, max: 100_000_000 }), pick(p.currencies))
          .map(([value, currency]) => ({ amount: formatUnits(value, 2), currency })),
        fc.integer({ min: 0, max: 500 }).map(String),
      ),
      effectiveFrom: date,
    }),
  };
}
