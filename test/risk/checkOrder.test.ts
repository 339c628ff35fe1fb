import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCatalog, mergeCatalogs, renderTrace } from '../../src/explain';
import { Decimal } from '../../src/money';
import { createFxTable } from '../../src/money/fx';
import {
  buildExposureIndex,
  checkOrder,
  exposureOf,
  Finding,
  riskCatalog,
  safeCheckOrder,
} from '../../src/risk';
import { AS_OF, families, invoice, merge, order, POLICY } from './_support/facts';

const options = { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY };
const customers = [
  {
    id: 'C-1',
    name: 'Acme',
    country: 'DE',
    ownerId: 'M-1',
    creditLimit: { amount: '1000.00', currency: 'USD' },
  },
];

describe('checkOrder', () => {
  const index = buildExposureIndex(
    { customers, invoices: [invoice('I-1', 'C-1', '700.00')] },
    options,
  );
  const newOrder = (unitPrice: string, extra: Record<string, unknown> = {}) =>
    order('O-9', 'C-1', [{ quantity: '1', unitPrice }], extra) as never;

  it('blocks above the limit, warns from warnAtPercent, passes below, with exact evidence', () => {
    const blocked = checkOrder(newOrder('300.01'), index);
    expect(blocked).toMatchObject({
      code: 'credit.limit.exceeded',
      severity: 'block',
      subject: { kind: 'order', id: 'O-9' },
      evidence: {
        exposure: '1000.01',
        limit: '1000.00',
        excess: '0.01',
        available: '-0.01',
        utilisationPercent: '100.00',
      },
    });
    expect(Finding.parse(blocked)).toEqual(blocked);
    expect(checkOrder(newOrder('300.00'), index)).toMatchObject({
      code: 'credit.limit.warning',
      severity: 'warning',
      evidence: { exposure: '1000.00', excess: '0.00', available: '0.00' },
    });
    expect(checkOrder(newOrder('100.00'), index).severity).toBe('warning');
    expect(checkOrder(newOrder('99.99'), index)).toMatchObject({
      code: 'credit.limit.ok',
      severity: 'info',
      evidence: { utilisationPercent: '80.00' },
    });
    expect(checkOrder(newOrder('99.99'), index).evidence.exposure).toBe('799.99');
  });

  it('explains itself in English and Chinese', () => {
    const finding = checkOrder(newOrder('400.00'), index);
    expect(finding.message).toBe(
      'exposure 1,100.00 USD is above 100% of the credit limit 1,000.00 USD (over the limit by 100.00 USD)',
    );
    const catalog = mergeCatalogs(coreCatalog, riskCatalog);
    const zh = renderTrace(finding.trace ?? [], { locale: 'zh-CN', catalog });
    expect(zh.at(-1)).toBe(
      '额度使用率 1,100.00 USD ÷ 1,000.00 USD = 110.00%（80% 起预警，超过 100% 拦截）',
    );
  });

  it('values a foreign order at the index rate and traces the rate', () => {
    const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.2', date: '2026-06-30' }]);
    const withFx = buildExposureIndex({ customers }, { ...options, fx });
    const finding = checkOrder(newOrder('500.00', { currency: 'EUR' }), withFx);
    expect(finding.evidence.order).toBe('600.00');
    expect(finding.trace?.[0]).toEqual({
      code: 'risk.credit.fx',
      params: { currency: 'EUR', base: 'USD', rate: '1.2', date: '2026-06-30' },
    });
    expect(safeCheckOrder(newOrder('1', { currency: 'JPY' }), withFx)).toMatchObject({
      success: false,
      error: { code: 'MISSING_FX_RATE', path: ['order', 'currency'] },
    });
  });

  it('leaves orders shipping after the horizon out of the dynamic check', () => {
    const policy = { ...POLICY, check: 'dynamic', horizonDays: 30 } as const;
    const dynamic = buildExposureIndex(
      {
        customers,
        orders: [
          order('O-1', 'C-1', [{ quantity: '1', unitPrice: '600.00' }], {
            promisedDate: '2026-09-01',
          }),
          order('O-2', 'C-1', [{ quantity: '1', unitPrice: '200.00' }], {
            promisedDate: '2026-07-15',
          }),
        ],
      },
      { ...options, policy },
    );
    expect(exposureOf(dynamic, 'C-1')).toMatchObject({
      staticExposure: '800.00',
      dynamicExposure: '200.00',
      exposure: '200.00',
    });
    const late = checkOrder(newOrder('900.00', { promisedDate: '2026-08-01' }), dynamic);
    expect(late).toMatchObject({ severity: 'info', evidence: { exposure: '200.00' } });
    const soon = checkOrder(newOrder('900.00', { promisedDate: '2026-07-30' }), dynamic);
    expect(soon).toMatchObject({ severity: 'block', evidence: { exposure: '1100.00' } });
    expect(soon.trace?.map((step) => step.code)).toContain('risk.credit.horizon');
  });

  it('replaces an order the index already counts', () => {
    const counted = buildExposureIndex(
      { customers, orders: [order('O-9', 'C-1', [{ quantity: '1', unitPrice: '900.00' }])] },
      options,
    );
    expect(checkOrder(newOrder('100.00'), counted).evidence.exposure).toBe('100.00');
  });

  it('refuses a customer with no limit and no default, and a bad order', () => {
    const { defaultLimit: _, ...policy } = POLICY;
    const bare = buildExposureIndex({}, { ...options, policy });
    expect(safeCheckOrder(newOrder('1'), bare)).toMatchObject({
      success: false,
      error: { code: 'MISSING_CREDIT_LIMIT', path: ['order', 'customerId'] },
    });
    expect(
      safeCheckOrder(
        { ...order('O-9', 'C-1', [{ quantity: '1', unitPrice: '1' }]), lines: [] } as never,
        index,
      ),
    ).toMatchObject({
      success: false,
      error: { path: ['order', 'lines'] },
    });
  });

  it('answers from the index in well under a millisecond', () => {
    const many = buildExposureIndex(
      {
        invoices: Array.from({ length: 4000 }, (_, i) =>
          invoice(`I-${i}`, `C-${i % 2000}`, '100.00'),
        ),
      },
      options,
    );
    const orders = Array.from({ length: 2000 }, (_, i) =>
      order(`O-${i}`, `C-${(i * 7) % 2000}`, [{ quantity: '2', unitPrice: '12.50' }]),
    );
    for (const o of orders.slice(0, 200)) checkOrder(o as never, many);
    const start = performance.now();
    for (const o of orders) checkOrder(o as never, many);
    const perCall = (performance.now() - start) / orders.length;
    expect(perCall).toBeLessThan(1);
  });

  describe('properties', () => {
    const price = fc.integer({ min: 1, max: 2_000_000 }).map((n) => (n / 100).toFixed(2));

    it('agrees with an index rebuilt from scratch with the order among the facts, whatever the input order', () => {
      fc.assert(
        fc.property(families(5), price, fc.constantFrom('C-1', 'C-2', 'C-4'), (fams, p, cid) => {
          const docs = merge(fams);
          const fresh = order('O-new', cid, [{ quantity: '3', unitPrice: p }]);
          const finding = checkOrder(fresh as never, buildExposureIndex(docs, options));
          const rebuilt = buildExposureIndex(
            { ...docs, orders: [...(docs.orders ?? []), fresh] },
            options,
          );
          expect(finding.evidence.exposure).toBe(exposureOf(rebuilt, cid).exposure);
          // the same documents in reverse order give the same finding
          const reversed = Object.fromEntries(
            Object.entries(docs).map(([name, list]) => [name, [...list].reverse()]),
          );
          expect(checkOrder(fresh as never, buildExposureIndex(reversed, options))).toEqual(
            finding,
          );
        }),
        { numRuns: 40 },
      );
    });

    it('never passes when its own threshold is violated', () => {
      fc.assert(
        fc.property(
          families(4),
          price,
          fc.integer({ min: 0, max: 150 }),
          fc.integer({ min: 0, max: 150 }),
          (fams, p, a, b) => {
            const policy = {
              ...POLICY,
              warnAtPercent: String(Math.min(a, b)),
              blockAtPercent: String(Math.max(a, b)),
            };
            const finding = checkOrder(
              order('O-new', 'C-1', [{ quantity: '1', unitPrice: p }]) as never,
              buildExposureIndex(merge(fams), { ...options, policy }),
            );
            const exposure = new Decimal(finding.evidence.exposure as string).times(100);
            const limit = new Decimal(finding.evidence.limit as string);
            if (exposure.gt(limit.times(policy.blockAtPercent)))
              expect(finding.severity).toBe('block');
            else if (exposure.gte(limit.times(policy.warnAtPercent)))
              expect(finding.severity).toBe('warning');
            else expect(finding.severity).toBe('info');
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
