import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, round, toMoneyJson } from '../../src/money';
import { createFxTable } from '../../src/money/fx';
import {
  buildExposureIndex,
  checkOrder,
  fxOpenPosition,
  renderFinding,
  safeRenderFinding,
} from '../../src/risk';
import { AS_OF, invoice, order, POLICY } from './_support/facts';

// An FX-converted exposure has more places than the currency shows: 333.33 EUR × 1.23456 =
// 411.5105... USD. The evidence keeps them; what a reader sees is at the minor unit.
const fx = createFxTable([{ base: 'EUR', quote: 'USD', rate: '1.23456', date: '2026-06-30' }]);
const customers = [
  {
    id: 'C-1',
    name: 'Acme',
    country: 'DE',
    ownerId: 'M-1',
    creditLimit: { amount: '1000.00', currency: 'USD' },
  },
];
const index = buildExposureIndex(
  { customers, invoices: [invoice('I-1', 'C-1', '700.00')] },
  { asOf: AS_OF, baseCurrency: 'USD', policy: POLICY, fx },
);
const euroOrder = order('O-9', 'C-1', [{ quantity: '1', unitPrice: '333.33' }], {
  currency: 'EUR',
}) as never;

describe('renderFinding', () => {
  const finding = checkOrder(euroOrder, index);

  it('keeps the evidence exact and shows money at the minor unit, half-up', () => {
    expect(finding.evidence).toMatchObject({
      order: '411.5158848',
      exposure: '1111.5158848',
      excess: '111.5158848',
    });
    expect(finding.message).toBe(
      'exposure 1,111.52 USD is above 100% of the credit limit 1,000.00 USD (over the limit by 111.52 USD)',
    );
  });

  it('renders the message and trace in en and zh-CN, and states the rounding', () => {
    const en = renderFinding(finding, { locale: 'en' });
    expect(en.message).toBe(finding.message);
    expect(en.rounded).toBe(true);
    expect(en.trace).toContain(
      'static exposure: receivables 700.00 USD + unbilled orders 0.00 USD + unbilled deliveries 0.00 USD + this order 411.52 USD = 1,111.52 USD',
    );
    expect(en.trace.at(-1)).toBe(
      "amounts shown rounded half-up (halves away from zero) to the currency's minor unit; the evidence keeps every digit",
    );
    const zh = renderFinding(finding, { locale: 'zh-CN' });
    expect(zh.message).toBe(
      '信用敞口 1,111.52 USD 超过信用额度 1,000.00 USD 的 100%（超出额度 111.52 USD）',
    );
    expect(zh.trace.at(-2)).toBe(
      '额度使用率 1,111.52 USD ÷ 1,000.00 USD = 111.15%（80% 起预警，超过 100% 拦截）',
    );
    expect(zh.trace.at(-1)).toBe('金额按四舍五入保留到货币的最小单位显示；证据保留全部位数');
  });

  it('states no rounding when nothing was rounded', () => {
    const plain = checkOrder(
      order('O-8', 'C-1', [{ quantity: '1', unitPrice: '100.00' }]) as never,
      index,
    );
    const en = renderFinding(plain, { locale: 'en' });
    expect(en.rounded).toBe(false);
    expect(en.message).toBe(plain.message);
    expect(en.trace).toHaveLength(plain.trace?.length ?? 0);
  });

  it('rounds FX-valued amounts in the FX position findings', () => {
    const [open] = fxOpenPosition(
      [{ id: 'R-1', kind: 'receivable', amount: { amount: '1000.01', currency: 'EUR' } }],
      {
        baseCurrency: 'USD',
        fx,
        asOf: AS_OF,
        policy: {
          effectiveFrom: '2026-01-01',
          maxOpenPosition: { amount: '100', currency: 'USD' },
        },
      },
    ).findings;
    expect(open?.evidence.baseValue).toBe('1234.5723456');
    expect(open?.message).toBe(
      'net open position 1,000.01 EUR = 1,234.57 USD exceeds the limit 100.00 USD',
    );
  });

  it('shows a code the catalog lacks by the finding’s own message; refuses bad input', () => {
    const foreign = { ...finding, code: 'custom.check', message: 'custom' };
    expect(renderFinding(foreign, { locale: 'zh-CN' }).message).toBe('custom');
    expect(safeRenderFinding(null as never, { locale: 'en' })).toMatchObject({
      success: false,
      error: { code: 'INVALID_INPUT', path: ['finding'] },
    });
    expect(safeRenderFinding(finding, { locale: 'fr' as never })).toMatchObject({
      success: false,
      error: { path: ['options', 'locale'] },
    });
  });

  describe('properties', () => {
    it('shows every amount as the library rounds it for display', () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat(6), (units, extra) => {
          const amount = `${units / 10n ** BigInt(extra + 2)}.${(units % 10n ** BigInt(extra + 2)).toString().padStart(extra + 2, '0')}`;
          const shown = toMoneyJson(round(money(amount, 'USD'))).amount;
          const rendered = renderFinding(
            { ...finding, evidence: { ...finding.evidence, exposure: amount } },
            { locale: 'en' },
          ).message;
          const [whole, fraction] = shown.split('.');
          const grouped = `${BigInt(whole as string).toLocaleString('en-US')}.${fraction}`;
          expect(rendered.startsWith(`exposure ${grouped} USD `)).toBe(true);
        }),
        { numRuns: 50 },
      );
    });
  });
});
