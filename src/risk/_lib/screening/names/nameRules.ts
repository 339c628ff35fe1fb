import { CrmRulesError, type ErrorPath, INPUT_LIMITS } from '../../../../errors';
import { compileLegalForms, defaultLegalForms, type LegalForms } from './legalForms';
import { LEGAL_FORM_WORDS } from './legalFormWords';

/** Options of name normalisation (see `normaliseName`). */
export interface NormaliseNameOptions {
  /**
   * Applied to the raw name before anything else, e.g. a Cyrillic or pinyin transliterator; it
   * must return a string. Normalisation stays idempotent when the transliterator leaves its own
   * output (after normalisation) unchanged.
   */
  readonly transliterate?: (text: string) => string;
  /** More legal-form words to remove, written as in names (`'Kft.'`, `'合作社'`). */
  readonly legalForms?: readonly string[];
  /** `false` to use only `legalForms`, without the default table (default `true`). */
  readonly defaultLegalForms?: boolean;
}

/** Internal: normalisation options checked and compiled. */
export interface NameRules {
  readonly transliterate: ((text: string) => string) | undefined;
  readonly forms: LegalForms;
}

const cache = new WeakMap<readonly string[], { withDefaults?: LegalForms; alone?: LegalForms }>();
let plain: NameRules | undefined;

/** Internal: the default rules (no transliterator, the default legal forms). */
export function defaultNameRules(): NameRules {
  plain ??= { transliterate: undefined, forms: defaultLegalForms() };
  return plain;
}

/** Internal: checks and compiles {@link NormaliseNameOptions}; the compiled table is cached. */
export function nameRules(options: NormaliseNameOptions | undefined, path: ErrorPath): NameRules {
  if (options === undefined) return defaultNameRules();
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new CrmRulesError('INVALID_INPUT', 'expected normalisation options', {
      path,
      value: options,
    });
  const { transliterate, legalForms, defaultLegalForms: withDefaults = true } = options;
  if (transliterate !== undefined && typeof transliterate !== 'function')
    throw new CrmRulesError('INVALID_INPUT', 'transliterate must be a function (text) => string', {
      path: [...path, 'transliterate'],
      value: transliterate,
    });
  if (typeof withDefaults !== 'boolean')
    throw new CrmRulesError('INVALID_INPUT', 'defaultLegalForms must be a boolean', {
      path: [...path, 'defaultLegalForms'],
      value: withDefaults,
    });
  return { transliterate, forms: compiledForms(legalForms, withDefaults, [...path, 'legalForms']) };
}

function compiledForms(
  words: readonly string[] | undefined,
  withDefaults: boolean,
  path: ErrorPath,
): LegalForms {
  if (words === undefined) return withDefaults ? defaultLegalForms() : compileLegalForms([]);
  if (!Array.isArray(words))
    throw new CrmRulesError('INVALID_INPUT', 'legalForms must be an array of strings', {
      path,
      value: words,
    });
  if (words.length > INPUT_LIMITS.maxTableRows)
    throw new CrmRulesError(
      'LIMIT_EXCEEDED',
      `more than ${INPUT_LIMITS.maxTableRows} legal forms (maxTableRows)`,
      {
        path,
        value: words.length,
      },
    );
  const entry = cache.get(words) ?? {};
  const known = withDefaults ? entry.withDefaults : entry.alone;
  if (known !== undefined) return known;
  words.forEach((word, index) => {
    if (typeof word !== 'string' || word.length > 200)
      throw new CrmRulesError(
        'INVALID_INPUT',
        'a legal form is a string of at most 200 characters',
        {
          path: [...path, index],
          value: word,
        },
      );
  });
  const forms = compileLegalForms(withDefaults ? [...LEGAL_FORM_WORDS, ...words] : words);
  cache.set(words, withDefaults ? { ...entry, withDefaults: forms } : { ...entry, alone: forms });
  return forms;
}
