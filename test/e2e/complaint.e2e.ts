/**
 * The complaint helper: from a result page to a finished letter by clicking, in Bokmål and
 * Arabic; axe on every step; the deadline hook; print shows only the letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { complaintDeadline } from '@/rules'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { BASE, expectClean, expectNoAxeViolations, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function onResultPage(page: Page, lang: string) {
  await page.goto(`${BASE}?lang=${lang}`)
  // The eligibility answers as the questionnaire would have stored them.
  await page.evaluate((answers) => sessionStorage.setItem('intro-guide:answers:v1', JSON.stringify({ answers, unknownDates: [] })), REFUGEE_WITH_RIGHT)
  // A different query string makes this a real page load (a hash change alone would not
  // reload, and the app would not read the stored answers afresh).
  await page.goto(`${BASE}?lang=${lang}&reload=1#/result`)
  await page.waitForSelector('[data-outcome]')
}

const step = (page: Page) => page.locator('[data-page="complaint"]').getAttribute('data-step')
async function submit(page: Page, from: string) {
  await page.locator('form[data-question] button[type="submit"]').click()
  await page.waitForFunction((s) => document.querySelector('[data-page="complaint"]')?.getAttribute('data-step') !== s, from)
}

const cases = [
  {
    lang: 'nb',
    received: ['10', '11', '2026'],
    kommune: 'Bergen kommune',
    wanted: 'Jeg vil ha full introduksjonsstønad.',
    reasons: 'Jeg bor ikke med foreldrene mine lenger.\nJeg flyttet i september.',
    name: 'Amina Yusuf',
  },
  {
    lang: 'ar',
    received: ['1', '10', '2026'], // past the deadline on 23 November 2026: a late complaint
    kommune: 'Drammen kommune',
    wanted: 'أريد أن أحصل على الإعانة الكاملة.',
    reasons: 'لا أسكن مع والديّ. <b>ليس</b> {name} @ |',
    name: 'أمينة يوسف',
  },
]

describe('complaint helper', () => {
  for (const c of cases) {
    it(`from a result page to a finished letter by clicking (${c.lang})`, async () => {
      const w = await openPage(browser)
      const { page } = w
      await onResultPage(page, c.lang)
      await page.locator('[data-action="complaint"]').click()
      await page.waitForSelector('form[data-question="decision"]')
      await expectNoAxeViolations(page, `complaint decision (${c.lang})`)

      // A decision that cannot be appealed is explained, and the helper stays put.
      await page.locator('label[for="decision-holiday"]').click()
      await page.locator('form[data-question] button[type="submit"]').click()
      await expect.poll(() => page.locator('[data-explanation="holiday"]').isVisible()).toBe(true)
      expect(await step(page)).toBe('decision')
      await expectNoAxeViolations(page, `not appealable (${c.lang})`)

      await page.locator('label[for="decision-stipend"]').click()
      await submit(page, 'decision')
      await page.locator('input[name="day"]').fill(c.received[0]!)
      await page.locator('input[name="month"]').fill(c.received[1]!)
      await page.locator('input[name="year"]').fill(c.received[2]!)
      await expectNoAxeViolations(page, `complaint notice (${c.lang})`)
      await submit(page, 'notice')

      const iso = `${c.received[2]}-${c.received[1]!.padStart(2, '0')}-${c.received[0]!.padStart(2, '0')}`
      const expected = complaintDeadline(iso).deadline
      expect(await page.locator('[data-deadline]').getAttribute('data-deadline')).toBe(expected)
      await page.locator('input[name="kommuneName"]').fill(c.kommune)
      await expectNoAxeViolations(page, `complaint kommune (${c.lang})`)
      await submit(page, 'kommune')

      // An empty field is refused with a message tied to it, keeping the other field.
      await page.locator('textarea[name="wantedChange"]').fill(c.wanted)
      await page.locator('form[data-question] button[type="submit"]').click()
      await expect.poll(() => page.locator('textarea[name="reasons"]').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('textarea[name="wantedChange"]').inputValue()).toBe(c.wanted)
      await page.locator('textarea[name="reasons"]').fill(c.reasons)
      await expectNoAxeViolations(page, `complaint change (${c.lang})`)
      await submit(page, 'change')

      await page.locator('input[name="fullName"]').fill(c.name)
      await page.locator('label[for="interpreter-yes"]').click()
      await expectNoAxeViolations(page, `complaint name (${c.lang})`)
      await submit(page, 'name')

      const letter = page.locator('[data-letter]')
      const text = (await letter.textContent()) ?? ''
      for (const words of [c.kommune, c.wanted, c.reasons, c.name]) expect(text).toContain(words)
      expect(text).toContain('Statsforvalteren')
      expect(text).toContain('Jeg ber om tolk')
      expect(text.includes('Klagen kommer etter fristen')).toBe(c.lang === 'ar')
      expect(await letter.locator('b').count()).toBe(0) // the user's text is text, never HTML
      expect(await letter.getAttribute('lang')).toBe('nb')
      if (c.lang !== 'nb') expect(await page.locator('[data-letter-translation]').isVisible()).toBe(true)
      await page.locator('#county').selectOption('33')
      await expect.poll(() => page.locator('[data-office]').textContent()).toContain('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus')
      await expectNoAxeViolations(page, `complaint letter (${c.lang})`)
      await screenshot(page, `complaint-letter-${c.lang}`)

      // Print shows the letter alone.
      await page.emulateMedia({ media: 'print' })
      const outside = await page.evaluate(() => {
        const letterEl = document.querySelector('[data-letter]')!
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        const visible: string[] = []
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement
          if (!el || letterEl.contains(el) || !n.textContent?.trim()) continue
          const r = el.getBoundingClientRect()
          // Screen-reader-only text is clipped to 1 px: not on paper.
          if (r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden') visible.push(n.textContent.trim())
        }
        return visible
      })
      expect(outside).toEqual([])
      expect(await letter.isVisible()).toBe(true)
      if (c.lang === 'nb') await page.pdf({ path: 'test-results/complaint-letter.pdf' }).catch(() => undefined)
      await page.emulateMedia({ media: 'screen' })

      // A reload keeps the letter; "clear my answers" empties the complaint too.
      await page.reload()
      await page.waitForSelector('[data-letter]')
      expect(await page.locator('[data-letter]').textContent()).toBe(text)
      await page.locator('[data-action="clear"]').click()
      await page.waitForSelector('.clear-answers__status')
      expect(await page.evaluate(() => [sessionStorage.getItem('intro-guide:answers:v1'), sessionStorage.getItem('intro-guide:complaint:v1')])).toEqual([null, null])
      await page.goto(`${BASE}#/complaint/letter`)
      await page.waitForSelector('form[data-question="decision"]')
      expectClean(w)
      await w.context.close()
    })
  }
})
