/**
 * Which language the user wrote their complaint in, guessed from the script and a few common
 * words, so the letter can say so in Norwegian and ask the kommune to have it translated. The
 * user sees the guess and can change it (ChangeStep). Pure.
 */

/** The languages the letter can name (locale codes of the guide, plus 'other'). */
export const TEXT_LANGUAGES = ['nb', 'nn', 'en', 'uk', 'ru', 'ar', 'fa', 'prs', 'ps', 'ckb', 'kmr', 'so', 'ti', 'other'] as const
export type TextLanguage = (typeof TEXT_LANGUAGES)[number]

/** Norwegian in either written form: no translation needed. */
export const isNorwegian = (l: TextLanguage | undefined): boolean => l === 'nb' || l === 'nn'

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F]/
const CYRILLIC = /[\u0400-\u04FF]/
const ETHIOPIC = /[\u1200-\u139F\u2D80-\u2DDF]/
const PASHTO = /[ټډړږښګڼۍې]/
const SORANI = /[ڕڵۆێ]/
const PERSIAN = /[پچژگ]/
const UKRAINIAN = /[іїєґІЇЄҐ]/
const RUSSIAN = /[ыэъЫЭЪ]/
const NORWEGIAN_WORDS = /\b(og|jeg|ikke|det|er|på|til|med|som|har|vil|kan|meg|min|mitt|mine|fordi|kommunen|ønsker)\b/gi

/**
 * The likely language of `text`, given the language the guide is shown in. Where the script
 * leaves it open, the shown language is the best guess; Latin text with Norwegian words (or
 * æ, ø, å) is Norwegian.
 */
export function guessLanguage(text: string, shown: string): TextLanguage {
  const t = text.trim()
  const shownLanguage = (TEXT_LANGUAGES as readonly string[]).includes(shown) ? (shown as TextLanguage) : 'other'
  if (t === '') return isNorwegian(shownLanguage) ? shownLanguage : 'nb'
  if (ETHIOPIC.test(t)) return 'ti'
  if (CYRILLIC.test(t)) {
    if (UKRAINIAN.test(t)) return 'uk'
    if (RUSSIAN.test(t)) return 'ru'
    return shownLanguage === 'uk' || shownLanguage === 'ru' ? shownLanguage : 'uk'
  }
  if (ARABIC_SCRIPT.test(t)) {
    if (PASHTO.test(t)) return 'ps'
    if (SORANI.test(t)) return 'ckb'
    const arabicScript = ['ar', 'fa', 'prs', 'ps', 'ckb'] as const
    if ((arabicScript as readonly string[]).includes(shownLanguage)) {
      // Persian letters rule out Arabic.
      return PERSIAN.test(t) && shownLanguage === 'ar' ? 'fa' : shownLanguage
    }
    return PERSIAN.test(t) ? 'fa' : 'ar'
  }
  const words = t.match(NORWEGIAN_WORDS)?.length ?? 0
  if (/[æøåÆØÅ]/.test(t) || words >= 2) return shownLanguage === 'nn' ? 'nn' : 'nb'
  if (shownLanguage === 'en' || shownLanguage === 'so' || shownLanguage === 'kmr') return shownLanguage
  return isNorwegian(shownLanguage) ? shownLanguage : 'other'
}
