import { describe, expect, it } from 'vitest'
import {
  domstolloven,
  formatCitation,
  forvaltningsloven,
  ilRule,
  integreringsforskriften,
  integreringsloven,
  introduksjonsloven,
  utlendingsloven,
} from '@/rules/citations'
import { REASON_CODES, type ReasonCode } from '@/rules'
import { makeReason } from '@/rules/reasons'
import { LAW } from '@/rules/params'

describe('citations', () => {
  it('builds Lovdata addresses', () => {
    expect(integreringsloven('8', 1, 'a')).toEqual({
      law: 'integreringsloven',
      section: '§ 8',
      paragraph: 'første ledd',
      letter: 'a',
      url: 'https://lovdata.no/lov/2020-11-06-127/%C2%A78',
    })
    expect(integreringsloven('14 a').url).toBe('https://lovdata.no/lov/2020-11-06-127/%C2%A714a')
    expect(integreringsforskriften('72', 2).url).toBe('https://lovdata.no/forskrift/2020-11-20-1584/%C2%A772')
    expect(introduksjonsloven('2').url).toBe('https://lovdata.no/lov/2003-07-04-80')
    expect(forvaltningsloven('deadline', '2026-12-06', 1).url).toBe('https://lovdata.no/lov/1967-02-10/%C2%A729')
    expect(forvaltningsloven('late', '2026-12-06').section).toBe('§ 31')
    expect(forvaltningsloven('documents', '2026-12-06').section).toBe('§ 18')
    expect(utlendingsloven('28').url).toBe('https://lovdata.no/lov/2008-05-15-35/%C2%A728')
    expect(domstolloven('149').url).toBe('https://lovdata.no/lov/1915-08-13-5/%C2%A7149')
  })

  it('formats in Norwegian', () => {
    expect(formatCitation(integreringsloven('9', 1, 'f'))).toBe('integreringsloven § 9 første ledd bokstav f')
    expect(formatCitation(integreringsloven('3', 3))).toBe('integreringsloven § 3 tredje ledd')
  })

  /** Reasons the engine gives only while their rule is in force (the rest: any day). */
  const ONLY: Partial<Record<ReasonCode, [from: string, until: string]>> = {
    'job-30-hours-no-right': ['2026-01-01', '9999-12-31'],
    'no-job-30-hours': ['2026-01-01', '9999-12-31'],
    'job-near-full-time-may-refuse': ['2022-06-15', '2026-01-01'],
    'missing-job-30-hours': ['2022-06-15', '9999-12-31'],
    'collective-protection-temporary-rules': ['2022-06-15', '9999-12-31'],
    'temporary-rules-expired': ['2022-06-15', '9999-12-31'],
  }

  it('every reason code has citations on Lovdata, on each day its rule is in force, and none outside it', () => {
    for (const today of ['2021-06-01', '2025-06-01', '2025-12-31', '2026-01-01', '2026-11-23']) {
      for (const code of REASON_CODES) {
        const span = ONLY[code]
        if (span && !(span[0] <= today && today < span[1])) {
          expect(() => makeReason(code, today), `${code} on ${today}`).toThrow(/has no rule/)
          continue
        }
        const r = makeReason(code, today)
        expect(r.citations.length, code).toBeGreaterThan(0)
        for (const c of r.citations) {
          expect(c.url).toMatch(/^https:\/\/lovdata\.no\//)
          expect(c.section).toMatch(/^§ \S/)
        }
      }
    }
  })

  it('dates the paragraph numbers that moved on 1 January 2026', () => {
    expect(makeReason('permit-eea-nordic', '2025-12-31').citations[0]?.paragraph).toBe('fjerde ledd')
    expect(makeReason('permit-eea-nordic', '2026-01-01').citations[0]?.paragraph).toBe('femte ledd')
    expect(makeReason('parent-guidance', '2025-12-31').citations[0]?.section).toBe('§ 14')
    expect(makeReason('parent-guidance', '2026-01-01').citations[0]?.section).toBe('§ 14 a')
  })

  it('dates the start deadline\'s paragraph (20 June 2025) and chapter 6A\'s sections (2022, 2026)', () => {
    expect(formatCitation(makeReason('start-within-three-months', '2025-06-19').citations[0]!)).toBe('integreringsloven § 12')
    expect(formatCitation(makeReason('start-within-three-months', '2025-06-20').citations[0]!)).toBe('integreringsloven § 12 andre ledd')
    const sixA = (day: string) => makeReason('collective-protection-temporary-rules', day).citations.map((c) => c.section)
    expect(sixA('2025-12-31')).toEqual(['§ 9', '§ 37 e'])
    expect(sixA('2026-01-01')).toEqual(['§ 9', '§ 37 c', '§ 37 e'])
    expect(makeReason('missing-job-30-hours', '2025-12-31').citations[0]?.section).toBe('§ 37 c')
    expect(formatCitation(makeReason('missing-job-30-hours', '2026-01-01').citations[0]!)).toBe('integreringsloven § 8 fjerde ledd')
  })

  it('switching forvaltningslov is one dated entry: its numbers follow', () => {
    const entry = { from: '2027-01-01', value: '2025' as const, source: { name: 'test', url: 'https://lovdata.no/' }, checkedOn: null }
    LAW.FVL_ACT.push(entry)
    try {
      expect(forvaltningsloven('deadline', '2026-12-31', 1).section).toBe('§ 29')
      expect(forvaltningsloven('deadline', '2027-01-01', 1)).toMatchObject({ section: '§ 63', url: 'https://lovdata.no/lov/2025-06-20-81/%C2%A763' })
      expect(ilRule('appeal', '2027-01-01').section).toBe('§ 47')
    } finally {
      LAW.FVL_ACT.pop()
    }
  })

  it('citing a rule on a day it is not in force is an error, not a wrong citation', () => {
    expect(() => ilRule('jobRule', '2025-12-31')).toThrow(/no rule "jobRule" on 2025-12-31/)
    expect(ilRule('jobRule', '2026-01-01').paragraph).toBe('fjerde ledd')
  })
})
