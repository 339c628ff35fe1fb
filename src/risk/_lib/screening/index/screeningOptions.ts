import { CrmRulesError } from '../../../../errors';
import { LOCALES, type Locale } from '../../../../explain';

/** Options of `screenParties`; a parsed `ScreeningPolicy` fits (its other fields are ignored). */
export interface ScreenPartiesOptions {
  /** The score from which a match is reported, 0–1, as a number or decimal text (default 0.85). */
  readonly threshold?: number | string | undefined;
  /** The score from which a match blocks instead of warning (default 0.95, at least `threshold`). */
  readonly blockAt?: number | string | undefined;
  /** The language of the findings' messages (default `en`). */
  readonly locale?: Locale | undefined;
}

/** Internal: checked screening options. */
export interface ScreeningSettings {
  readonly threshold: number;
  readonly blockAt: number;
  readonly thresholdText: string;
  readonly blockAtText: string;
  readonly locale: Locale;
}

/** Internal: checks {@link ScreenPartiesOptions}. */
export function screeningSettings(options: ScreenPartiesOptions | undefined): ScreeningSettings {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw new CrmRulesError('INVALID_INPUT', 'expected screening options', {
      path: ['options'],
      value: options,
    });
  const threshold = score(options?.threshold, 0.85, 'threshold');
  const blockAt = score(options?.blockAt, 0.95, 'blockAt');
  if (blockAt < threshold)
    throw new CrmRulesError('INVALID_INPUT', 'blockAt must not be below the threshold', {
      path: ['options', 'blockAt'],
      value: options?.blockAt,
    });
  const locale = options?.locale ?? 'en';
  if (!(LOCALES as readonly unknown[]).includes(locale))
    throw new CrmRulesError('INVALID_INPUT', `expected a locale: ${LOCALES.join(', ')}`, {
      path: ['options', 'locale'],
      value: locale,
    });
  return {
    threshold,
    blockAt,
    thresholdText: String(threshold),
    blockAtText: String(blockAt),
    locale,
  };
}

function score(value: unknown, fallback: number, key: string): number {
  if (value === undefined) return fallback;
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^(0(\.\d+)?|1(\.0+)?)$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!(number >= 0 && number <= 1))
    throw new CrmRulesError('INVALID_INPUT', `${key} is a score from 0 to 1`, {
      path: ['options', key],
      value,
    });
  return number;
}
