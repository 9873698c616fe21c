/**
 * Turns what the user typed in the day / month / year fields into a contract date
 * ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'), or an error code that the view translates.
 * Pure: `today` is passed in. No legal rules here, only calendar sense.
 */
import type { DatePrecision } from './questions'

export interface DateParts {
  day: string
  month: string
  year: string
}

export const DATE_ERRORS = [
  'required', // nothing typed
  'year-missing',
  'year-format', // not four digits
  'year-too-early',
  'month-missing', // month needed for this question
  'month-invalid',
  'day-without-month',
  'day-invalid', // not a day of that month
  'not-a-number',
  'in-future',
] as const
export type DateError = (typeof DATE_ERRORS)[number]

export type DateResult = { ok: true; value: string } | { ok: false; error: DateError; field: keyof DateParts }

const EARLIEST_YEAR = 1900

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Accepts Western digits, and also Arabic-Indic / Persian digits typed on a phone keyboard. */
export function normaliseDigits(s: string): string {
  return s
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
}

export function parseDateParts(parts: DateParts, precision: DatePrecision, today: string): DateResult {
  const day = normaliseDigits(parts.day)
  const month = normaliseDigits(parts.month)
  const year = normaliseDigits(parts.year)

  if (!day && !month && !year) return { ok: false, error: 'required', field: precision === 'year' ? 'year' : 'month' }
  for (const [field, v] of [['day', day], ['month', month], ['year', year]] as const) {
    if (v && !/^\d+$/.test(v)) return { ok: false, error: 'not-a-number', field }
  }
  if (!year) return { ok: false, error: 'year-missing', field: 'year' }
  if (!/^\d{4}$/.test(year)) return { ok: false, error: 'year-format', field: 'year' }
  const y = Number(year)
  if (y < EARLIEST_YEAR) return { ok: false, error: 'year-too-early', field: 'year' }
  if (!month) {
    if (day) return { ok: false, error: 'day-without-month', field: 'month' }
    if (precision !== 'year') return { ok: false, error: 'month-missing', field: 'month' }
  }
  const m = month ? Number(month) : undefined
  if (m !== undefined && (m < 1 || m > 12)) return { ok: false, error: 'month-invalid', field: 'month' }
  const d = day ? Number(day) : undefined
  if (d !== undefined && m !== undefined && (d < 1 || d > daysInMonth(y, m))) {
    return { ok: false, error: 'day-invalid', field: 'day' }
  }

  const value = m === undefined ? `${y}` : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`
  // Compare the earliest day the answer can mean with today: a date wholly in the future is a typo.
  const earliest = m === undefined ? `${y}-01-01` : d === undefined ? `${y}-${pad(m)}-01` : value
  if (earliest > today) return { ok: false, error: 'in-future', field: 'year' }
  return { ok: true, value }
}

/** The parts to prefill the fields with from a stored contract date. */
export function toDateParts(value: string | undefined): DateParts {
  const m = typeof value === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value) : null
  if (!m) return { day: '', month: '', year: '' }
  return { year: m[1] ?? '', month: m[2] ? String(Number(m[2])) : '', day: m[3] ? String(Number(m[3])) : '' }
}
