/**
 * Calendar arithmetic on ISO date strings, by plain integer arithmetic: no `Date`, so no time
 * zone or daylight-saving surprises, and the same answer on every machine.
 *
 * Dates are proleptic Gregorian. A "day number" counts days from 1970-01-01 (day 0).
 */

/** 'YYYY-MM-DD' */
export type IsoDate = string

/** Outside this range a date is taken as a typing error. */
export const YEAR_MIN = 1900
export const YEAR_MAX = 2100

export type Precision = 'day' | 'month' | 'year'

/** What a (partial) date can be: every day from `earliest` to `latest`, both included. */
export interface DateInterval {
  earliest: IsoDate
  latest: IsoDate
  precision: Precision
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

export function formatIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

const FULL_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_RE = /^(\d{4})-(\d{2})$/
const YEAR_RE = /^(\d{4})$/

function yearOk(y: number): boolean {
  return y >= YEAR_MIN && y <= YEAR_MAX
}

/** Splits a valid ISO date into numbers (the caller guarantees validity). */
function parts(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]
}

/** A strict 'YYYY-MM-DD' within the year range and the calendar, or undefined. */
export function parseIsoDate(value: unknown): IsoDate | undefined {
  if (typeof value !== 'string') return undefined
  const m = FULL_RE.exec(value)
  if (!m) return undefined
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (!yearOk(y) || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined
  return value
}

export interface ParseOptions {
  /** Accept 'YYYY' (the contract allows it for the birth date only). Default true. */
  allowYearOnly?: boolean
}

/**
 * Strict parsing of 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' into the interval of days it can mean.
 * Anything else (other types, other shapes, month 13, 2023-02-30, years outside 1900–2100)
 * gives undefined.
 */
export function parsePartialDate(value: unknown, options: ParseOptions = {}): DateInterval | undefined {
  if (typeof value !== 'string') return undefined
  const full = parseIsoDate(value)
  if (full) return { earliest: full, latest: full, precision: 'day' }
  const mm = MONTH_RE.exec(value)
  if (mm) {
    const y = Number(mm[1])
    const mo = Number(mm[2])
    if (!yearOk(y) || mo < 1 || mo > 12) return undefined
    return { earliest: formatIso(y, mo, 1), latest: formatIso(y, mo, daysInMonth(y, mo)), precision: 'month' }
  }
  const ym = YEAR_RE.exec(value)
  if (ym && options.allowYearOnly !== false) {
    const y = Number(ym[1])
    if (!yearOk(y)) return undefined
    return { earliest: formatIso(y, 1, 1), latest: formatIso(y, 12, 31), precision: 'year' }
  }
  return undefined
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(iso: IsoDate): number {
  const [y0, m, d] = parts(iso)
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return formatIso(y, m, d)
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days)
}

/**
 * The same day `years` later (or earlier). 29 February in a year without one becomes
 * 28 February: the rule of domstolloven § 148 second paragraph ("har måneden ikke nogen saadan
 * dag, ender fristen paa maanedens sidste dag"), used for every year count here, ages included
 * (docs/law/age.md: someone born on 29 February turns 18 on 28 February of a common year).
 */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(iso)
  const ny = y + years
  return formatIso(ny, m, Math.min(d, daysInMonth(ny, m)))
}

/** Same rule as addYears for a day past the end of the target month. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso)
  const total = y * 12 + (m - 1) + months
  const ny = Math.floor(total / 12)
  const nm = total - ny * 12 + 1
  return formatIso(ny, nm, Math.min(d, daysInMonth(ny, nm)))
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(iso: IsoDate): number {
  const n = toDayNumber(iso)
  return (((n + 3) % 7) + 7) % 7 + 1
}

/**
 * Age in whole years on the day `on`; the birthday itself counts as reached
 * (born 2005-03-15: 18 on 2023-03-15, 17 on 2023-03-14). Negative if `on` is before the birth.
 */
export function ageOn(birth: IsoDate, on: IsoDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4))
  return addYears(birth, years) <= on ? years : years - 1
}

/** The smallest and largest age a person born in `birth` can have on a day in `on`. */
export function ageRange(birth: DateInterval, on: DateInterval): { min: number; max: number } {
  return { min: ageOn(birth.latest, on.earliest), max: ageOn(birth.earliest, on.latest) }
}

function toInterval(value: string | DateInterval): DateInterval | undefined {
  return typeof value === 'string' ? parsePartialDate(value) : value
}

/**
 * Three-valued: is the (partial) date before `iso`? true or false when every day the partial
 * date can mean gives the same answer, undefined when it depends on the unknown day or month
 * (or the date does not parse).
 */
export function isBefore(partial: string | DateInterval, iso: IsoDate): boolean | undefined {
  const i = toInterval(partial)
  if (!i) return undefined
  if (i.latest < iso) return true
  if (i.earliest >= iso) return false
  return undefined
}

/** Three-valued: is the (partial) date on or after `iso`? */
export function isOnOrAfter(partial: string | DateInterval, iso: IsoDate): boolean | undefined {
  const b = isBefore(partial, iso)
  return b === undefined ? undefined : !b
}

/** Three-valued: is the whole-years age on the day `on` at least `years`? */
export function isAgeAtLeast(birth: string | DateInterval, on: IsoDate, years: number): boolean | undefined {
  const b = toInterval(birth)
  if (!b) return undefined
  const { min, max } = ageRange(b, { earliest: on, latest: on, precision: 'day' })
  if (min >= years) return true
  if (max < years) return false
  return undefined
}
