/**
 * Norwegian public holidays (helligdager and the two statutory holidays 1 and 17 May), computed
 * for any year: Easter by the Gregorian computus, the movable feasts from Easter.
 * No year lists to keep up to date.
 */
import { addDays, formatIso, isoWeekday } from '@/rules/dates'
import type { IsoDate } from '@/rules/dates'

export const HOLIDAY_IDS = [
  'new-years-day', // 1 January, første nyttårsdag
  'maundy-thursday', // skjærtorsdag
  'good-friday', // langfredag
  'easter-sunday', // første påskedag
  'easter-monday', // andre påskedag
  'labour-day', // 1 May (offentlig høytidsdag)
  'constitution-day', // 17 May (offentlig høytidsdag)
  'ascension-day', // Kristi himmelfartsdag
  'whit-sunday', // første pinsedag
  'whit-monday', // andre pinsedag
  'christmas-day', // første juledag
  'boxing-day', // andre juledag
] as const

export type HolidayId = (typeof HOLIDAY_IDS)[number]

export interface Holiday {
  id: HolidayId
  date: IsoDate
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return formatIso(year, month, day)
}

/** The year's holidays in date order (two can fall on one day, e.g. 17 May and Whit Monday 2027). */
export function publicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year)
  const list: Holiday[] = [
    { id: 'new-years-day', date: formatIso(year, 1, 1) },
    { id: 'maundy-thursday', date: addDays(easter, -3) },
    { id: 'good-friday', date: addDays(easter, -2) },
    { id: 'easter-sunday', date: easter },
    { id: 'easter-monday', date: addDays(easter, 1) },
    { id: 'labour-day', date: formatIso(year, 5, 1) },
    { id: 'constitution-day', date: formatIso(year, 5, 17) },
    { id: 'ascension-day', date: addDays(easter, 39) },
    { id: 'whit-sunday', date: addDays(easter, 49) },
    { id: 'whit-monday', date: addDays(easter, 50) },
    { id: 'christmas-day', date: formatIso(year, 12, 25) },
    { id: 'boxing-day', date: formatIso(year, 12, 26) },
  ]
  // Stable sort: same-day holidays keep the HOLIDAY_IDS order.
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0))
}

/** The holidays on `date` ([] on an ordinary day). */
export function holidaysOn(date: IsoDate): HolidayId[] {
  return publicHolidays(Number(date.slice(0, 4)))
    .filter((h) => h.date === date)
    .map((h) => h.id)
}

export type NonWorkingReason = HolidayId | 'saturday' | 'sunday'

/**
 * Why `date` is not a working day (domstolloven § 149: "lørdag, helgedag eller dag som etter
 * lovgivningen er likestilt med helgedag"): its holidays, else 'saturday' / 'sunday'; [] for a
 * working day.
 */
export function nonWorkingReasons(date: IsoDate): NonWorkingReason[] {
  const holidays = holidaysOn(date)
  if (holidays.length > 0) return holidays
  const wd = isoWeekday(date)
  if (wd === 6) return ['saturday']
  if (wd === 7) return ['sunday']
  return []
}
