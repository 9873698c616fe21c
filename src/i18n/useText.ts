/**
 * t() with the legal numbers and dates filled in: messages say "{twoYears} år", never "2 år",
 * so a change in the law (src/rules/params.ts) never needs a change in any translation.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { LAW_PARAMS, legalTextParams } from '@/rules/programme'
import { LAW_UNITS, type LawName, type LawUnit } from '@/rules/params'
import { useAnswersStore } from '@/stores/answers'
import { formatDate } from '@/lib/formatDate'
import { findLocale } from './locales'
import { pluralRules } from '@/lib/intlCache'
import { i18n } from './index'

const ISO = /^\d{4}-\d{2}-\d{2}$/

/**
 * Legal numbers that come with a unit (LAW_UNITS of the value each parameter is: LAW_PARAMS).
 * Each also goes in as `{<name>Text}`: the number with its unit in the locale's own grammar
 * ("2 år", "2 years", "سنتين", "2 года"), from the plural forms in the locale's messages
 * (unit.<unit>.<zero|one|two|few|many|other>) picked by Intl.PluralRules. Messages use these,
 * so no translation has to write around a number ("weeks: 3").
 */
const unitOf = (param: string): LawUnit | undefined => {
  const name = (LAW_PARAMS as Record<string, LawName>)[param]
  return name === undefined ? undefined : LAW_UNITS[name]
}

export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  try {
    return pluralRules(findLocale(locale)?.intl ?? locale).select(n)
  } catch {
    return n === 1 ? 'one' : 'other'
  }
}

/**
 * The legal numbers and dates as text in `loc`, for `today`: the same for every message and
 * every component, so made once (dozens of components ask on every page). Kept only once the
 * locale's messages are in (the unit words come from them).
 */
const legalTexts = new Map<string, Record<string, string | number>>()

function legalTextsIn(loc: string, today: string): Record<string, string | number> {
  const g = i18n.global
  const loaded = g.availableLocales.includes(loc)
  const id = `${loc}|${today}`
  const known = loaded ? legalTexts.get(id) : undefined
  if (known) return known
  const out: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(legalTextParams(today))) {
    out[k] = typeof v === 'string' && ISO.test(v) ? formatDate(v, loc) : v
    const unit = unitOf(k)
    if (unit && typeof v === 'number') out[`${k}Text`] = unitWords(loc, unit, v)
  }
  if (loaded) legalTexts.set(id, out)
  return out
}

const unitTexts = new Map<string, string>()

/** "{n} years" in the grammar of `loc`, e.g. unit.years.two for 2 in Arabic (kept, as above). */
function unitWords(loc: string, unit: LawUnit, n: number): string {
  const g = i18n.global
  const id = `${loc}|${unit}|${n}`
  const known = unitTexts.get(id)
  if (known !== undefined) return known
  const key = `unit.${unit}.${pluralCategory(loc, n)}`
  const words = g.t(g.te(key, loc) ? key : `unit.${unit}.other`, { n }, { locale: loc })
  if (g.availableLocales.includes(loc)) unitTexts.set(id, words)
  return words
}

export function useText() {
  const { t, te, locale } = useI18n()
  const store = useAnswersStore()

  const unitIn = unitWords
  const legalIn = (loc: string) => legalTextsIn(loc, store.today)
  const legal = computed(() => legalIn(locale.value))

  /** `plural` picks the form in messages with plural forms ("… year | … years"). */
  const text = (key: string, named: Record<string, unknown> = {}, plural?: number): string =>
    plural === undefined ? t(key, { ...legal.value, ...named }) : t(key, { ...legal.value, ...named }, plural)

  /** The same message in another locale: the Bokmål shown alongside. */
  const textIn = (loc: string, key: string, named: Record<string, unknown> = {}, plural?: number): string =>
    t(key, { ...legalIn(loc), ...named }, plural === undefined ? { locale: loc } : { locale: loc, plural })

  /**
   * For text built as plain text (the complaint letter): no HTML-escaping of parameters, since
   * the result is shown with text interpolation and downloaded as a .txt file.
   */
  const plainIn = (loc: string) => (key: string, named: Record<string, unknown> = {}): string => {
    // A message not yet translated reads in Bokmål, never as its key.
    const l = te(key, loc) ? loc : 'nb'
    return t(key, { ...legalIn(l), ...named }, { locale: l })
  }

  /**
   * A message split around one placeholder, for markup in its place (a <time>, a link): the
   * text before and after `{slot}`. The message's own word order stays as translated.
   */
  const around = (key: string, slot: string, named: Record<string, unknown> = {}): [string, string] => {
    const MARK = '\u0000slot\u0000'
    const whole = text(key, { ...named, [slot]: MARK })
    const at = whole.indexOf(MARK)
    return at < 0 ? [whole, ''] : [whole.slice(0, at), whole.slice(at + MARK.length)]
  }

  return { t: text, te, locale, textIn, plainIn, unitIn, around }
}
