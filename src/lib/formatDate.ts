import { findLocale } from '@/i18n/locales'

/** The Intl locale for a shown locale code ('en' → 'en-GB'). */
const intl = (locale: string) => findLocale(locale)?.intl ?? locale

/** Formats a contract date ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY') in words for the shown locale. */
export function formatDate(value: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value)
  if (!m) return value
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1))
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : mo
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' }
  try {
    return new Intl.DateTimeFormat(intl(locale), options).format(date)
  } catch {
    return value
  }
}

/** Whole kroner with the locale's grouping, e.g. "273 098". */
export function formatKroner(amount: number, locale: string): string {
  try {
    return new Intl.NumberFormat(intl(locale), { maximumFractionDigits: 0 }).format(Math.round(amount))
  } catch {
    return String(Math.round(amount))
  }
}
