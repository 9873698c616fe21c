import { describe, expect, it } from 'vitest'
import {
  domstolloven,
  formatCitation,
  forvaltningsloven,
  integreringsforskriften,
  integreringsloven,
  introduksjonsloven,
  utlendingsloven,
} from '@/rules/citations'
import { REASON_CODES } from '@/rules'
import { makeReason } from '@/rules/reasons'

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
    expect(forvaltningsloven('deadline', 1).url).toBe('https://lovdata.no/lov/1967-02-10/%C2%A729')
    expect(forvaltningsloven('late').section).toBe('§ 31')
    expect(forvaltningsloven('documents').section).toBe('§ 18')
    expect(utlendingsloven('28').url).toBe('https://lovdata.no/lov/2008-05-15-35/%C2%A728')
    expect(domstolloven('149').url).toBe('https://lovdata.no/lov/1915-08-13-5/%C2%A7149')
  })

  it('formats in Norwegian', () => {
    expect(formatCitation(integreringsloven('9', 1, 'f'))).toBe('integreringsloven § 9 første ledd bokstav f')
    expect(formatCitation(integreringsloven('3', 3))).toBe('integreringsloven § 3 tredje ledd')
  })

  it('every reason code has citations on Lovdata, before and after the 2026 amendments', () => {
    for (const today of ['2025-06-01', '2026-11-23']) {
      for (const code of REASON_CODES) {
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
})
