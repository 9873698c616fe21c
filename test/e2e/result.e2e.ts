/**
 * The personal result (issue: the person's own dates, next steps, honest unknowns), walked by
 * clicking in the production build: the key dates as contract hooks in Bokmål and Arabic, the
 * date in the reader's own words in Tigrinya, and a cannot-tell whose open point links straight
 * back to its question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { BASE, answerAll, answerCurrent, expectClean, expectNoAxeViolations, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const TODAY = '2026-12-06'
/** Settled by agreement on 1 September 2025, looked at on 6 December 2026 (the persona). */
const SETTLED_REFUGEE = {
  permit: 'refugee',
  permitDate: '2025-06-20',
  birthDate: '1990-05-01',
  startedProgramme: 'no',
  declinedOrLeft: 'no',
  settled: 'yes',
  settlementDate: '2025-09-01',
  imdiAgreement: 'yes',
  firstKommune: 'yes',
  job30Hours: 'no',
  childrenUnder18: 'yes',
}

async function walkToResult(page: Page, lang: string, answers: Record<string, string | null>) {
  await page.goto(`${BASE}?lang=${lang}`)
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
  await page.locator('[data-action="start"]').first().click()
  await answerAll(page, answers)
  await page.locator('[data-page="check"] button[type="submit"]').click()
  await page.waitForSelector('[data-outcome]')
}

/** Each <time data-key-date> on the page: kind → [datetime, shown text, visible]. */
const keyDates = (page: Page) =>
  page.locator('time[data-key-date]').evaluateAll((ts) =>
    Object.fromEntries(
      ts.map((t) => {
        const r = t.getBoundingClientRect()
        return [t.getAttribute('data-key-date'), [t.getAttribute('datetime'), t.textContent?.trim(), r.width > 0 && r.height > 0]]
      }),
    ),
  )

describe('the result names the person’s own dates', () => {
  for (const lang of ['nb', 'ar'] as const) {
    it(`start deadline passed, 2-year limit ahead, next steps (${lang})`, async () => {
      const w = await openPage(browser, TODAY)
      const { page } = w
      await walkToResult(page, lang, SETTLED_REFUGEE)
      expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('right-and-duty')
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'ar' ? 'rtl' : 'ltr')
      const dates = await keyDates(page)
      expect(dates['start-deadline']?.[0]).toBe('2025-12-01')
      expect(dates['two-year-limit']?.[0]).toBe('2027-09-01')
      expect(dates['start-deadline']?.[2]).toBe(true)
      expect(dates['two-year-limit']?.[2]).toBe(true)
      // in the reader's own words: "1. desember 2025", "1 ديسمبر 2025"
      expect(dates['start-deadline']?.[1]).toBe(lang === 'nb' ? '1. desember 2025' : '1 ديسمبر 2025')
      await expect.poll(() => page.locator('[data-next-step]').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-next-step')))).toEqual([
        'start-passed',
        'decide-before',
        'first-kommune-only',
      ])
      // where a decision was made, straight on to the complaint helper
      expect(await page.locator('[data-next-step="start-passed"] a[href="#/complaint"]').count()).toBe(1)
      await expectNoAxeViolations(page, `result ${lang}`)
      await screenshot(page, `result-key-dates-${lang}`)
      expectClean(w)
      await w.context.close()
    })
  }

  it('Tigrinya: the dates in Tigrinya words, never "December 1, 2025"', async () => {
    const w = await openPage(browser, TODAY)
    const { page } = w
    await walkToResult(page, 'ti', SETTLED_REFUGEE)
    const dates = await keyDates(page)
    expect(dates['start-deadline']?.[0]).toBe('2025-12-01')
    const shown = String(dates['start-deadline']?.[1])
    expect(shown).toMatch(/[\u1200-\u137F]/) // Ethiopic letters
    expect(shown).toContain('2025')
    expect(shown).not.toMatch(/[A-Za-z]/)
    await screenshot(page, 'result-key-dates-ti')
    expectClean(w)
    await w.context.close()
  })

  it('cannot-tell: the open point says what each answer gives, and links back to its question', async () => {
    const w = await openPage(browser, TODAY)
    const { page } = w
    const family = {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2019-05-01',
      familyApplicationDate: null,
      permitDate: '2024-10-01',
      birthDate: '1990-05-01',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'yes',
      settlementDate: '2025-06-01',
      firstKommune: 'yes',
      job30Hours: 'no',
      childrenUnder18: 'no',
    }
    await walkToResult(page, 'nb', family)
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('cannot-tell')
    const point = page.locator('[data-if-answered="familyApplicationDate"]')
    await expect.poll(() => point.innerText()).toContain('Hvis datoen er før 1. mai 2024: du har trolig rett til programmet.')
    expect(await point.innerText()).toContain('Hvis datoen er 1. mai 2024 eller senere: du har ikke rett, men kommunen kan gi deg programmet.')
    expect((await keyDates(page))['family-five-years']?.[0]).toBe('2024-05-01')
    await expectNoAxeViolations(page, 'cannot-tell result')
    await screenshot(page, 'result-open-point-nb')
    // straight back to the question, then back to the check page and a decided result
    await point.locator('a[data-answer-again]').click()
    await page.waitForSelector('form[data-question="familyApplicationDate"]')
    await answerCurrent(page, { familyApplicationDate: '2024-04-30' })
    await page.waitForSelector('[data-page="check"]')
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('right-and-duty')
    expectClean(w)
    await w.context.close()
  })
})
