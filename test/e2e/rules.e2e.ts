/**
 * The reviewers' page and rules as of a day (rules-api.md §2 and §5; issue 15): the changes in
 * the law from the parameter data, each with a link that judges as of that day; the flow drawn
 * from the code; ?asof= judged on every page, with the notice and the way back to today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { adultRefugee } from '../unit/flow/personas'
import { BASE, expectClean, expectNoAxeViolations, launch, openPage, screenshot, storeAnswers } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const CONTRACT_DAYS = ['2021-01-01', '2022-06-15', '2025-06-20', '2026-01-01', '2026-05-01', '2026-07-01']

// A refugee settled by agreement on 1 June 2025 with a 30-hour job: the job rule of 1 January
// 2026 decides.
const ANSWERS = { ...adultRefugee, job30Hours: 'yes', childrenUnder18: 'no' }

describe('the reviewers’ page', () => {
  for (const lang of ['nb', 'ar'] as const) {
    it(`lists every dated change and draws the flow (${lang})`, async () => {
      const w = await openPage(browser)
      const { page } = w
      await page.goto(`${BASE}?lang=${lang}#/rules`)
      await page.waitForSelector('[data-page="rules-review"]')
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
      const days = await page.locator('time[data-law-change]').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))
      for (const day of CONTRACT_DAYS) expect(days, day).toContain(day)
      // The picture is there, loaded, with a text alternative, and the same as text.
      const img = page.locator('[data-flow-diagram] img')
      expect(await img.getAttribute('alt')).toBeTruthy()
      await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(300)
      await page.locator('.flow-text summary').click()
      expect(await page.locator('.flow-text li').first().innerText()).toMatch(/^permit → /)
      await expectNoAxeViolations(page, `rules page (${lang})`)
      await screenshot(page, `rules-review-${lang}`)
      expectClean(w)
      await w.context.close()
    })
  }
})

describe('the values in force on a day', () => {
  const value = (page: import('playwright-core').Page, name: string) => page.locator(`[data-law-in-force] [data-law-value="${name}"]`)

  it('lists each value of the day with its unit in the reader\'s grammar, and follows ?asof=', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/rules`)
    await page.waitForSelector('[data-law-in-force]')
    // Today (the test clock: 23 November 2026): the job rule and the 2026 G are in force.
    expect(await value(page, 'AGE_MAX').innerText()).toContain('55 år')
    expect(await value(page, 'JOB_HOURS').innerText()).toContain('30 timer')
    expect(await value(page, 'G').innerText()).toMatch(/136\s549/)
    expect(await value(page, 'COMPLAINT_WEEKS').innerText()).toContain('3 uker')
    // Russian: 55 takes the genitive plural ("55 лет"), 30 hours "30 часов".
    await page.goto(`${BASE}?lang=ru#/rules`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ru')
    await expect.poll(() => value(page, 'AGE_MAX').innerText()).toContain('55 лет')
    expect(await value(page, 'JOB_HOURS').innerText()).toContain('30 часов')
    // As of the last day of 2025: no job rule yet, the 2025 G.
    await page.goto(`${BASE}?asof=2025-12-31#/rules`)
    await page.waitForSelector('[data-asof="2025-12-31"]')
    await page.waitForSelector('[data-law-in-force]')
    expect(await value(page, 'JOB_HOURS').count()).toBe(0)
    expect(await value(page, 'G').innerText()).toMatch(/130\s160/)
    expectClean(w)
    await w.context.close()
  })
})

describe('rules as of a day', () => {
  it('judges as on that day on every page, says so, and goes back to today', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/about`)
    await page.waitForSelector('[data-page="about"]')
    await storeAnswers(page, ANSWERS)
    // Today (the test clock: 23 November 2026) the job takes the right away.
    await page.goto(`${BASE}?seeded#/result`)
    await page.waitForSelector('[data-outcome]')
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('not-in-target-group')
    expect(await page.locator('[data-asof]').count()).toBe(0)

    // From the reviewers' page: the day before the job rule.
    await page.goto(`${BASE}#/rules`)
    await page.locator('input#asof-day').fill('2025-12-31')
    await page.locator('.any-day button[type="submit"]').click()
    await page.waitForSelector('[data-asof="2025-12-31"]')
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2025-12-31')
    // Today's result had no use for childrenUnder18 and let it go; put the answers back as given.
    await storeAnswers(page, ANSWERS)
    await page.goto(`${BASE}?asof=2025-12-31&again#/result`)
    await page.waitForSelector('[data-outcome]')
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('right-and-duty')
    expect(await page.locator('[data-asof="2025-12-31"]').isVisible()).toBe(true)
    // Another page of the tab (no asof in its address): still as of that day, still said.
    await page.goto(`${BASE}#/programme`)
    await page.waitForSelector('[data-page="programme"]')
    expect(await page.locator('[data-asof="2025-12-31"]').isVisible()).toBe(true)
    await screenshot(page, 'asof-notice-nb')

    // Back to today.
    await page.locator('[data-action="asof-today"]').click()
    await page.waitForSelector('[data-page="programme"]')
    await expect.poll(() => page.locator('[data-asof]').count()).toBe(0)
    expect(page.url()).not.toContain('asof')
    // (The 2025 result had no use for the job answer and let it go: the answers as given again.)
    await storeAnswers(page, ANSWERS)
    await page.goto(`${BASE}?again#/result`)
    await page.waitForSelector('[data-outcome]')
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('not-in-target-group')
    expectClean(w)
    await w.context.close()
  })

  it('a day that is no day is ignored', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}?asof=2026-02-30#/programme`)
    await page.waitForSelector('[data-page="programme"]')
    expect(await page.locator('[data-asof]').count()).toBe(0)
    expectClean(w)
    await w.context.close()
  })
})
