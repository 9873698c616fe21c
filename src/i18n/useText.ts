/**
 * t() with the legal numbers and dates filled in: messages say "{twoYears} år", never "2 år",
 * so a change in the law (src/rules/params.ts) never needs a change in any translation.
 */
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { legalTextParams } from '@/rules/programme'
import { useAnswersStore } from '@/stores/answers'
import { formatDate } from '@/lib/formatDate'

const ISO = /^\d{4}-\d{2}-\d{2}$/

export function useText() {
  const { t, te, locale } = useI18n()
  const store = useAnswersStore()

  const legalIn = (loc: string) => {
    const out: Record<string, string | number> = {}
    for (const [k, v] of Object.entries(legalTextParams(store.today))) {
      out[k] = typeof v === 'string' && ISO.test(v) ? formatDate(v, loc) : v
    }
    return out
  }
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
  const plainIn = (loc: string) => (key: string, named: Record<string, unknown> = {}): string =>
    t(key, { ...legalIn(loc), ...named }, { locale: loc, escapeParameter: false })

  return { t: text, te, locale, textIn, plainIn }
}
