/**
 * "Rules as of a day" (rules-api.md §2, issue 15): `?asof=YYYY-MM-DD` in the address (before or
 * after the #) makes the guide judge as on that day — for lawyers and kommune staff who check a
 * coming or a past change. Kept for the tab, so moving between pages keeps it, until "back to
 * today". Never set by the guide itself.
 */
import { parseIsoDate } from '@/rules/dates'
import { readSession, removeSession, writeSession } from './storage'
import { localToday } from './today'
import { editHashParams, hashParams } from './hashQuery'

const KEY = 'intro-guide:asof'
/** The days the guide can judge: from the act of 2021 (and the old act before it) to far ahead. */
const FIRST = '2000-01-01'
const LAST = '2100-12-31'

/** A valid day in range, or null. */
export function validAsOf(value: string | null | undefined): string | null {
  const day = value ? parseIsoDate(value) : null
  return day && day >= FIRST && day <= LAST ? day : null
}

/** ?asof= from the address (search, then the #route's query). */
export function asOfInAddress(location: Pick<Location, 'search' | 'hash'>): string | null {
  return validAsOf(new URLSearchParams(location.search).get('asof') ?? hashParams(location.hash).get('asof'))
}

let chosen: string | null | undefined

/** The day the rules are applied as of, when not today (read once: the address, then the tab). */
export function asOfDay(): string | null {
  if (chosen === undefined) {
    if (typeof window === 'undefined') return (chosen = null)
    const fromAddress = asOfInAddress(window.location)
    if (fromAddress) writeSession(KEY, fromAddress)
    chosen = fromAddress ?? validAsOf(readSession(KEY))
  }
  return chosen
}

/** The day the guide judges on: the ?asof= day, or today on this device. */
export function guideToday(now: Date = new Date()): string {
  return asOfDay() ?? localToday(now)
}

/** The guide judging as on `day`: the address with ?asof=, at the start page (#/). */
export function addressWithAsOf(href: string, day: string): string {
  const url = new URL(href)
  url.searchParams.set('asof', day)
  url.hash = '#/'
  return url.href
}

/** The same address without ?asof= (in the search or the #route's query). */
export function addressWithoutAsOf(href: string): string {
  const url = new URL(href)
  url.searchParams.delete('asof')
  url.hash = editHashParams(url.hash, (params) => (params.delete('asof'), true))
  return url.href
}

/** Back to today: forget the day, and load the address without it. */
export function backToToday(): void {
  removeSession(KEY)
  chosen = null
  // A new load, so every page judges as today; replaceState first, since an address that
  // differs only after the # (or not at all) would not load again.
  window.history.replaceState(window.history.state, '', addressWithoutAsOf(window.location.href))
  window.location.reload()
}

/** For tests: read the address and the tab again. */
export function resetAsOf(): void {
  chosen = undefined
}
