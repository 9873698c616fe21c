/**
 * Dates and sums in the shown locale. Intl where the browser has data for the locale (or one of
 * its fallbacks in the registry); otherwise the locale's own month names and date pattern from
 * its messages (date.monthName.1 … 12, date.format, date.formatMonth), so a Tigrinya reader never
 * sees "July 1, 2026". Without those messages either: day.month.year in digits.
 */
import { findLocale } from '@/i18n/locales'
import { i18n } from '@/i18n'
import { dateTimeFormat, numberFormat } from './intlCache'

const supported = new Map<string, boolean>()

/** Whether this browser has date data for `tag` (not a silent fallback to its default locale). */
export function hasDateData(tag: string): boolean {
  let ok = supported.get(tag)
  if (ok === undefined) {
    try {
      ok = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0
    } catch {
      ok = false
    }
    supported.set(tag, ok)
  }
  return ok
}

/** The Intl locale to use for `locale`, or undefined when the browser has no data for it. */
export function intlFor(locale: string, has: (tag: string) => boolean = hasDateData): string | undefined {
  const info = findLocale(locale)
  const tags = info ? [info.intl, ...(info.intlFallback ?? [])] : [locale]
  return tags.find(has)
}

function fromMessages(locale: string, y: string, mo?: string, d?: string): string {
  const g = i18n.global
  const msg = (key: string, named: Record<string, unknown> = {}) => (g.te(key, locale) ? g.t(key, named, { locale }) : undefined)
  const month = mo ? msg(`date.monthName.${Number(mo)}`) : undefined
  if (mo && month === undefined) return d ? `${Number(d)}.${Number(mo)}.${y}` : `${Number(mo)}.${y}`
  if (!mo) return y
  const out = d ? msg('date.format', { day: Number(d), month, year: y }) : msg('date.formatMonth', { month, year: y })
  return out ?? `${d ? `${Number(d)}. ` : ''}${month} ${y}`
}

/** Formats a contract date ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY') in words for the shown locale. */
export function formatDate(value: string, locale: string, has: (tag: string) => boolean = hasDateData): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!m) return value
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined]
  const tag = intlFor(locale, has)
  if (!tag) return fromMessages(locale, y, mo, d)
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1))
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : mo
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' }
  try {
    return dateTimeFormat(tag, options).format(date)
  } catch {
    return fromMessages(locale, y, mo, d)
  }
}

/** Whole kroner with the locale's grouping, e.g. "273 098". */
export function formatKroner(amount: number, locale: string): string {
  try {
    return numberFormat(intlFor(locale) ?? 'nb-NO', { maximumFractionDigits: 0 }).format(Math.round(amount))
  } catch {
    return String(Math.round(amount))
  }
}
