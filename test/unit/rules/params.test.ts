import { describe, expect, it } from 'vitest'
import { LAW, RULES_CHECKED_ON, entryFor, fvlOn, gInForce, jobRuleOn, lawOn, type DatedEntry } from '@/rules/params'
import { parseIsoDate } from '@/rules/dates'

const lists = Object.entries(LAW) as [string, DatedEntry<unknown>[]][]

describe('the law as dated data', () => {
  it.each(lists)('%s: every entry has a day, a source on the web, and says whether it was checked there', (_name, entries) => {
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) {
      expect(parseIsoDate(e.from)).toBe(e.from)
      expect(e.source.name.length).toBeGreaterThan(0)
      expect(e.source.url).toMatch(/^https:\/\/\S+$/)
      if (e.checkedOn === null) {
        // Not checked against the source itself: the note must say what it rests on instead.
        expect(e.note?.length ?? 0).toBeGreaterThan(20)
      } else {
        expect(parseIsoDate(e.checkedOn)).toBe(e.checkedOn)
        expect(e.checkedOn <= RULES_CHECKED_ON).toBe(true)
      }
      for (const d of [e.until, e.reviewBy]) {
        if (d === undefined) continue
        expect(parseIsoDate(d)).toBe(d)
        expect(d > e.from).toBe(true)
      }
    }
  })

  it.each(lists)('%s: entries in date order, none starting before the one before it ends', (_name, entries) => {
    entries.forEach((e, i) => {
      const prev = entries[i - 1]
      if (!prev) return
      expect(e.from > prev.from).toBe(true)
      if (prev.until) expect(e.from >= prev.until).toBe(true)
    })
  })

  it('not every entry claims a check: those resting on guidance say so', () => {
    const unchecked = lists.flatMap(([name, entries]) => entries.filter((e) => e.checkedOn === null).map((e) => `${name} ${e.from}`))
    expect(unchecked).toEqual(expect.arrayContaining(['TWO_YEARS 2021-01-01', 'G 2026-05-01', 'CHAPTER_6A 2022-06-15', 'STIPEND_SHARES 2021-01-01']))
  })

  it('each G is followed by the next on the day it was due', () => {
    LAW.G.forEach((g, i) => {
      const next = LAW.G[i + 1]
      if (next) expect(next.from).toBe(g.reviewBy)
    })
  })

  it('holds the legal numbers of the brief, as of 6 December 2026', () => {
    const day = '2026-12-06'
    expect(lawOn('AGE_MIN', day)).toBe(18)
    expect(lawOn('AGE_MAX', day)).toBe(55)
    expect(lawOn('AGE_MAX_ADOPTED', day)).toBe(60)
    expect(lawOn('AGE_MAX_ADOPTED', '2025-06-01')).toBe(60) // while the bill was before the Storting too (the research's cases)
    expect(LAW.INTEGRERINGSLOVEN[0]!.from).toBe('2021-01-01')
    expect(lawOn('TWO_YEARS', day)).toBe(2)
    expect(lawOn('FIVE_YEARS', day)).toBe(5)
    expect(lawOn('CH6A_PERMIT_FROM', day)).toBe('2022-03-11')
    expect(LAW.CHAPTER_6A.map((e) => [e.from, e.until])).toEqual([['2022-06-15', '2026-07-01']])
    expect(LAW.JOB_HOURS.map((e) => [e.from, e.value])).toEqual([['2026-01-01', 30]])
    expect([jobRuleOn('2025-12-31'), jobRuleOn('2026-01-01')]).toEqual([false, true])
    expect(lawOn('START_DEADLINE_MONTHS', day)).toBe(3)
    expect(lawOn('STIPEND_G_MULTIPLE', day)).toBe(2)
    expect(lawOn('COMPLAINT_WEEKS', day)).toBe(3)
    expect(fvlOn(day).act).toBe('1967')
    expect(fvlOn(day).sections.deadline).toBe('29')
    expect(lawOn('FVL_SECTIONS', day)['2025'].deadline).toBe('63')
    expect(entryFor('DURATIONS', day).value.qualifyForWork).toEqual({ months: 24, extensionMonths: 0 })
  })

  it('gInForce picks the G of the day', () => {
    expect(gInForce('2025-06-01')).toEqual({ value: 130160, from: '2025-05-01', validUntil: '2026-05-01' })
    expect(gInForce('2026-04-30').value).toBe(130160)
    expect(gInForce('2026-05-01')).toEqual({ value: 136549, from: '2026-05-01', validUntil: '2027-05-01' })
    expect(gInForce('2026-11-23').value).toBe(136549)
    expect(gInForce('2028-01-01').value).toBe(136549) // past the last known: the last one
    expect(gInForce('2024-01-01').value).toBe(130160) // before the first known: the first one
  })
})
