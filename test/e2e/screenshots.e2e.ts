/**
 * Full-page screenshots of every page at phone width, in Bokmål and English, for people to look
 * at (npm run screenshots → test-results/screenshots/). Skipped in ordinary runs.
 */
import { afterAll, beforeAll, describe, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { PERSONAS } from '../unit/flow/personas'
import { BASE, answerAll, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  if (process.env.SCREENSHOTS) browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe.skipIf(!process.env.SCREENSHOTS)('screenshots at 390 px', () => {
  for (const lang of ['nb', 'en']) {
    it(`every page in ${lang}`, async () => {
      const persona = PERSONAS.find((p) => p.name === 'family immigrant of a refugee (no IMDi question)')!
      const { page, context } = await openPage(browser, persona.today)
      await page.goto(`${BASE}?lang=${lang}`)
      await screenshot(page, `${lang}-01-start`)
      await page.locator('[data-action="start"]').first().click()
      await answerAll(page, persona.answers, (key, i) => screenshot(page, `${lang}-q${String(i + 1).padStart(2, '0')}-${key}`))
      await screenshot(page, `${lang}-30-check`)
      await page.locator('[data-page="check"] button[type="submit"]').click()
      await page.waitForSelector('[data-outcome]')
      await screenshot(page, `${lang}-31-result-${persona.outcome}`)
      for (const path of ['programme', 'about', 'nowhere']) {
        await page.goto(`${BASE}?lang=${lang}#/${path}`)
        await page.waitForTimeout(300)
        await screenshot(page, `${lang}-40-${path}`)
      }
      await context.close()
    })

    it(`every outcome's result page in ${lang}`, async () => {
      const seen = new Set<string>()
      for (const p of PERSONAS) {
        if (seen.has(p.outcome)) continue
        seen.add(p.outcome)
        const { page, context } = await openPage(browser, p.today)
        await page.goto(`${BASE}?lang=${lang}#/question/permit`)
        await answerAll(page, p.answers)
        await page.locator('[data-page="check"] button[type="submit"]').click()
        await page.waitForSelector('[data-outcome]')
        await screenshot(page, `${lang}-50-outcome-${p.outcome}`)
        await context.close()
      }
    })
  }
})
