import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/_lib/decimal';
import {
  defineCatalog,
  formatDecimalText,
  formatMoneyText,
  formatPercentText,
  renderStep,
} from '../../src/explain';

describe('formatDecimalText', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['-1234567.891', '-1,234,567.891'],
    ['1234.50', '1,234.50'],
    ['+12345', '12,345'],
    [1000000, '1,000,000'],
  ])('%o → %s', (input, expected) => {
    expect(formatDecimalText(input)).toBe(expected);
  });

  it('can skip grouping or use another separator', () => {
    expect(formatDecimalText('1234567.5', { group: false })).toBe('1234567.5');
    expect(formatDecimalText('1234567.5', { separator: ' ' })).toBe('1 234 567.5');
  });

  it.each(['1e3', '1,000', '', 'abc', '.5', 0.5, Number.NaN])(
    '%o is not a decimal → undefined',
    (input) => {
      expect(formatDecimalText(input)).toBeUndefined();
    },
  );
});

describe('formatPercentText', () => {
  it.each([
    ['0.04', '4%'],
    ['0.0725', '7.25%'],
    ['0.125', '12.5%'],
    ['1', '100%'],
    ['1.5', '150%'],
    ['-0.05', '-5%'],
    ['0', '0%'],
    ['0.000001', '0.0001%'],
    // 0.07 * 100 is 7.000000000000001 in binary floats; exact here
    ['0.07', '7%'],
    ['0.29', '29%'],
    [2, '200%'],
  ])('%o → %s', (rate, expected) => {
    expect(formatPercentText(rate)).toBe(expected);
  });

  it('refuses floats and non-decimals', () => {
    expect(formatPercentText(0.04)).toBeUndefined();
    expect(formatPercentText('4%')).toBeUndefined();
  });
});

describe('formatMoneyText', () => {
  it('groups the amount as written and names the currency after it', () => {
    expect(formatMoneyText('1234.50', 'USD')).toBe('1,234.50 USD');
    expect(formatMoneyText('-1000000', 'JPY')).toBe('-1,000,000 JPY');
    expect(formatMoneyText('12.345', 'KWD')).toBe('12.345 KWD');
    expect(formatMoneyText('x', 'USD')).toBeUndefined();
  });
});

describe('properties', () => {
  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.nat(6))
    .map(([units, scale]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return units < 0n ? `-${text}` : text;
    });

  it('grouping only inserts separators', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        expect(formatDecimalText(text)?.replaceAll(',', '')).toBe(text);
      }),
    );
  });

  it('a percentage is the rate with the point moved two places (checked with bigints)', () => {
    fc.assert(
      fc.property(decimal, (text) => {
        const shown = formatPercentText(text) as string;
        expect(shown.endsWith('%')).toBe(true);
        const [whole, fraction = ''] = shown.slice(0, -1).split('.');
        const [rw, rf = ''] = text.split('.');
        // value × 100 as integers at scale max(len(rf), 2)
        const scale = Math.max(rf.length, fraction.length + 2);
        const lhs = BigInt(`${rw}${rf.padEnd(scale, '0')}`);
        const rhs = BigInt(`${whole}${fraction.padEnd(scale - 2, '0')}`);
        expect(lhs).toBe(rhs);
      }),
    );
  });
});

describe('formatting hostile lengths (issue 13)', () => {
  /** The formatting before issue 13: a lookahead regex that rescans the digits at every position. */
  const referenceDecimal = (text: string, separator = ','): string => {
    const sign = text.startsWith('-') ? '-' : '';
    const [whole = '0', fraction] = text.replace(/^[+-]/, '').split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
  };
  const referencePercent = (text: string): string => {
    const percent = new Decimal(text).times(100);
    return `${percent.toFixed(percent.decimalPlaces())}%`;
  };

  it('groups a 100,000-digit number in well under a second', () => {
    const digits = '9'.repeat(100_000);
    const started = performance.now();
    const text = formatDecimalText(`-${digits}.5`);
    const percent = formatPercentText(`${digits}.5`);
    const money = formatMoneyText(digits, 'USD');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(text?.length).toBe(1 + 100_000 + 33_333 + 2);
    expect(text?.startsWith('-9,999,999')).toBe(true);
    expect(percent).toBe(`${digits}50%`);
    expect(money?.endsWith('999 USD')).toBe(true);
  });

  it('renders a message with a 100,000-digit parameter in well under a second', () => {
    const started = performance.now();
    const catalog = defineCatalog({
      'kpi.amount': { en: 'Amount {amount:number}', 'zh-CN': '金额 {amount:number}' },
    });
    const step = { code: 'kpi.amount', params: { amount: '1'.repeat(100_000) } };
    const text = renderStep(step, { locale: 'en', catalog });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(text.startsWith('Amount 1,111,111')).toBe(true);
  });

  describe('properties', () => {
    const decimal = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^\d{1,30}$/),
        fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
      )
      .map(
        ([sign, whole, fraction]) =>
          `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`,
      );

    it('groups digits exactly as the old regex did', () => {
      fc.assert(
        fc.property(decimal, fc.constantFrom(',', ' ', '.', ''), (text, separator) => {
          expect(formatDecimalText(text, { separator })).toBe(referenceDecimal(text, separator));
        }),
      );
    });

    it('writes percentages exactly as the old decimal arithmetic did (up to 40 digits)', () => {
      fc.assert(
        fc.property(decimal, (text) => {
          expect(formatPercentText(text)).toBe(referencePercent(text));
        }),
      );
    });
  });
});
