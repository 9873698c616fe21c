/**
 * The locale registry: the one place a language is added. Adding a language = a file in
 * locales/<code>.json plus one entry here. Order is the order in the language picker.
 */
export type Dir = 'ltr' | 'rtl'
export type FontNeed = 'latin' | 'cyrillic' | 'arabic' | 'ethiopic'

export interface LocaleInfo {
  /** BCP 47 code, also the file name in locales/ and the value of ?lang= */
  code: string
  /** The language's name in its own script, as shown in the picker. */
  autonym: string
  /** The English name, for maintainers and the translation status table. */
  englishName: string
  dir: Dir
  font: FontNeed
  /** Whether a qualified translator has reviewed this translation. */
  reviewed: boolean
  /**
   * The locale for dates and numbers (Intl): English readers here expect "10 February 2020".
   * Gregorian calendar and Western digits everywhere, as on the letters from UDI and the kommune.
   */
  intl: string
  /**
   * Tried in turn where this browser has no date data for `intl` (Chromium has none for nn, ps,
   * ckb, ku, so, ti). Where none has data either, dates are written with the month names in
   * the locale's own messages (date.month.*), never in English (src/lib/formatDate.ts).
   */
  intlFallback?: readonly string[]
}

export const LOCALES = [
  { code: 'nb', autonym: 'Norsk bokmål', englishName: 'Norwegian Bokmål', dir: 'ltr', font: 'latin', reviewed: true, intl: 'nb-NO' },
  { code: 'nn', autonym: 'Norsk nynorsk', englishName: 'Norwegian Nynorsk', dir: 'ltr', font: 'latin', reviewed: false, intl: 'nn-NO', intlFallback: ['nb-NO'] },
  { code: 'en', autonym: 'English', englishName: 'English', dir: 'ltr', font: 'latin', reviewed: false, intl: 'en-GB' },
  { code: 'uk', autonym: 'Українська', englishName: 'Ukrainian', dir: 'ltr', font: 'cyrillic', reviewed: false, intl: 'uk' },
  { code: 'ru', autonym: 'Русский', englishName: 'Russian', dir: 'ltr', font: 'cyrillic', reviewed: false, intl: 'ru' },
  // Arabic-script locales: Western digits in dates and sums, as on the letters from UDI and the kommune.
  { code: 'ar', autonym: 'العربية', englishName: 'Arabic', dir: 'rtl', font: 'arabic', reviewed: false, intl: 'ar-u-ca-gregory-nu-latn' },
  { code: 'fa', autonym: 'فارسی', englishName: 'Persian', dir: 'rtl', font: 'arabic', reviewed: false, intl: 'fa-u-ca-gregory-nu-latn' },
  { code: 'prs', autonym: 'دری', englishName: 'Dari', dir: 'rtl', font: 'arabic', reviewed: false, intl: 'fa-AF-u-ca-gregory-nu-latn' },
  { code: 'ps', autonym: 'پښتو', englishName: 'Pashto', dir: 'rtl', font: 'arabic', reviewed: false, intl: 'ps-u-ca-gregory-nu-latn' },
  { code: 'ckb', autonym: 'کوردیی سۆرانی', englishName: 'Central Kurdish (Sorani)', dir: 'rtl', font: 'arabic', reviewed: false, intl: 'ckb-u-ca-gregory-nu-latn' },
  { code: 'kmr', autonym: 'Kurmancî', englishName: 'Northern Kurdish (Kurmanji)', dir: 'ltr', font: 'latin', reviewed: false, intl: 'ku' },
  { code: 'so', autonym: 'Soomaali', englishName: 'Somali', dir: 'ltr', font: 'latin', reviewed: false, intl: 'so' },
  { code: 'ti', autonym: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', font: 'ethiopic', reviewed: false, intl: 'ti' },
] as const satisfies readonly LocaleInfo[]

export type LocaleCode = (typeof LOCALES)[number]['code']

/** Bokmål is the source and the authoritative text. */
export const SOURCE_LOCALE: LocaleCode = 'nb'

export function findLocale(code: unknown): LocaleInfo | undefined {
  if (typeof code !== 'string') return undefined
  const c = code.trim().toLowerCase()
  // "no" and "nb-NO" are common ways to ask for Bokmål.
  const alias: Record<string, string> = { no: 'nb', 'nb-no': 'nb', 'en-gb': 'en', 'en-us': 'en' }
  return LOCALES.find((l) => l.code === (alias[c] ?? c))
}
