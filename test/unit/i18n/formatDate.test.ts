/**
 * Dates in the reader's words: Intl where the browser has data for the locale, else the
 * locale's own month names (Chromium has no date data for Tigrinya, Pashto, Sorani, Kurmanji,
 * Somali or Nynorsk, and would write "July 1, 2026").
 */
import { describe, expect, it } from 'vitest'
import { formatDate, intlFor } from '@/lib/formatDate'
import { i18n, loadMessages } from '@/i18n'

const noData = () => false

describe('formatDate', () => {
  it('uses Intl with the Gregorian calendar and Western digits', () => {
    expect(formatDate('2026-07-01', 'nb')).toBe('1. juli 2026')
    expect(formatDate('2026-07-01', 'en')).toBe('1 July 2026')
    // Persian: Gregorian months (as on UDI's letters), not the Solar Hijri calendar
    expect(formatDate('2026-07-01', 'fa')).toBe('1 ژوئیهٔ 2026')
    expect(formatDate('2026-07', 'nb')).toBe('juli 2026')
  })

  it('Nynorsk falls back to Bokmål dates where the browser has no Nynorsk data', () => {
    expect(intlFor('nn', (tag) => tag === 'nb-NO')).toBe('nb-NO')
  })

  it('without Intl data: the month names and pattern of the locale’s own messages', async () => {
    await loadMessages('nb')
    await loadMessages('en')
    expect(formatDate('2026-07-01', 'nb', noData)).toBe('1. juli 2026')
    expect(formatDate('2026-07-01', 'en', noData)).toBe('1 July 2026')
    expect(formatDate('2026-12', 'en', noData)).toBe('December 2026')
    expect(formatDate('2026', 'en', noData)).toBe('2026')
  })

  it('every locale has twelve month names and a pattern, so no reader gets English', async () => {
    const { LOCALES } = await import('@/i18n/locales')
    for (const l of LOCALES) {
      await loadMessages(l.code)
      for (let m = 1; m <= 12; m++) expect(i18n.global.te(`date.monthName.${m}`, l.code), `${l.code} month ${m}`).toBe(true)
      const shown = formatDate('2026-07-01', l.code, noData)
      expect(shown, l.code).toContain('2026')
      if (l.code !== 'en') expect(shown, l.code).not.toContain('July')
    }
  })

  it('without the messages either: digits, never a raw key', () => {
    expect(formatDate('2026-07-01', 'xx', noData)).toBe('1.7.2026')
  })
})
