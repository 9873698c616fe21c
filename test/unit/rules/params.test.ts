import { describe, expect, it } from 'vitest'
import { DATED, PARAMS, RULES_CHECKED_ON, ageMaxOn, gInForce, jobRuleOn } from '@/rules/params'
import { parseIsoDate } from '@/rules/dates'

interface AnyParam {
  value: unknown
  source: { name: string; url: string }
  checkedOn: string
  validFrom?: string
  validUntil?: string
}

const entries = Object.entries(PARAMS) as [string, AnyParam][]

describe('params', () => {
  it.each(entries)('%s has a source with an https URL and a checkedOn date', (_name, p) => {
    expect(p.source.name.length).toBeGreaterThan(0)
    expect(p.source.url).toMatch(/^https:\/\/\S+$/)
    expect(parseIsoDate(p.checkedOn)).toBe(p.checkedOn)
    expect(p.checkedOn).toBe(RULES_CHECKED_ON)
    if (p.validFrom !== undefined) expect(parseIsoDate(p.validFrom)).toBe(p.validFrom)
    if (p.validUntil !== undefined) expect(parseIsoDate(p.validUntil)).toBe(p.validUntil)
    if (p.validFrom !== undefined && p.validUntil !== undefined) expect(p.validUntil > p.validFrom).toBe(true)
  })

  it('every G entry has a source, a from date and a later validUntil, in order without gaps', () => {
    const list = PARAMS.G.value
    list.forEach((g, i) => {
      expect(g.source.url).toMatch(/^https:\/\//)
      expect(parseIsoDate(g.from)).toBe(g.from)
      expect(g.validUntil > g.from).toBe(true)
      const next = list[i + 1]
      if (next) expect(next.from).toBe(g.validUntil)
    })
  })

  it('holds the legal numbers of the brief', () => {
    expect(PARAMS.AGE_MIN.value).toBe(18)
    expect(ageMaxOn('2026-12-06')).toBe(55)
    expect(PARAMS.AGE_MAX_ADOPTED.value).toBe(60)
    expect(PARAMS.INTEGRERINGSLOVEN_START.value).toBe('2021-01-01')
    expect(PARAMS.TWO_YEARS.value).toBe(2)
    expect(PARAMS.FIVE_YEARS.value).toBe(5)
    expect(PARAMS.CH6A_PERMIT_FROM.value).toBe('2022-03-11')
    expect(DATED.CHAPTER_6A.map((e) => [e.from, e.until])).toEqual([['2022-06-15', '2026-07-01']])
    expect(DATED.JOB_HOURS.map((e) => [e.from, e.value])).toEqual([['2026-01-01', 30]])
    expect([jobRuleOn('2025-12-31'), jobRuleOn('2026-01-01')]).toEqual([false, true])
    expect(PARAMS.START_DEADLINE_MONTHS.value).toBe(3)
    expect(PARAMS.STIPEND_G_MULTIPLE.value).toBe(2)
    expect(PARAMS.COMPLAINT_WEEKS.value).toBe(3)
    expect(PARAMS.FVL_ACTIVE.value).toBe('1967')
    expect(PARAMS.FVL_SECTIONS.value['1967'].deadline).toBe('29')
    expect(PARAMS.FVL_SECTIONS.value['2025'].deadline).toBe('63')
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
