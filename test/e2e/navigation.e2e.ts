/** Reload, back, change, deep links, bad storage, unknown routes, ?lang: the guide never loses answers or shows a blank page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { BASE, answerAll, answerCurrent, expectClean, expectNoAxeViolations, launch, openPage, screenshot, writeComplaint } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const refugee = { ...REFUGEE_WITH_RIGHT, childrenUnder18: 'no' }

const currentQuestion = (page: import('playwright-core').Page) =>
  page.locator('form[data-question]').getAttribute('data-question')

describe('navigation', () => {
  it('a reload mid-way keeps the answers and the page', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(BASE)
    await page.locator('[data-action="start"]').click()
    for (let i = 0; i < 3; i++) await answerCurrent(page, refugee)
    await expect.poll(() => currentQuestion(page)).toBe('startedProgramme')
    await page.reload()
    await expect.poll(() => currentQuestion(page)).toBe('startedProgramme')
    await page.locator('[data-action="back"]').click()
    await expect.poll(() => currentQuestion(page)).toBe('birthDate')
    expect(await page.locator('input[name="year"]').inputValue()).toBe('1990')
    expect(await page.evaluate(() => localStorage.length)).toBe(0)
    expect(page.url()).not.toContain('1990')
    expectClean(w)
    await w.context.close()
  })

  it('browser back and forward move between questions with the answers kept', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/question/permit`)
    await answerCurrent(page, refugee)
    await answerCurrent(page, refugee)
    await expect.poll(() => currentQuestion(page)).toBe('birthDate')
    await page.goBack()
    await expect.poll(() => currentQuestion(page)).toBe('permitDate')
    expect(await page.locator('input[name="month"]').inputValue()).toBe('3')
    await page.goBack()
    await expect.poll(() => currentQuestion(page)).toBe('permit')
    expect(await page.locator('input[value="refugee"]').isChecked()).toBe(true)
    await page.goForward()
    await expect.poll(() => currentQuestion(page)).toBe('permitDate')
    expectClean(w)
    await w.context.close()
  })

  it('a deep link to a later question goes to the first unanswered one', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/question/childrenUnder18`)
    await expect.poll(() => currentQuestion(page)).toBe('permit')
    await page.goto(`${BASE}#/result`)
    await expect.poll(() => currentQuestion(page)).toBe('permit')
    expectClean(w)
    await w.context.close()
  })

  it('Change on the check page asks the new follow-up questions, then returns to the check page', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/question/permit`)
    await answerAll(page, refugee)
    await screenshot(page, 'check-nb')
    // Change the permit to family immigration: the family questions must now be asked.
    await page.locator('[data-answer="permit"] a').click()
    // The router guard loads the store before it moves on: wait for the question, not the old page.
    await page.waitForSelector('form[data-question="permit"]')
    const family = { ...refugee, permit: 'family-immigration', referencePermit: 'refugee', referenceSettlementDate: '2020-02', familyApplicationDate: '2024-05' }
    const asked = await answerAll(page, family)
    // Only the new follow-up questions were asked; the answers already given were kept.
    expect(asked).toEqual(['permit', 'referencePermit', 'referenceSettlementDate', 'familyApplicationDate'])
    await page.waitForSelector('[data-page="check"]')
    expect(await page.locator('[data-answer="imdiAgreement"]').count()).toBe(0) // no longer relevant: dropped
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('right-and-duty')
    expectClean(w)
    await w.context.close()
  })

  it('a validation error is shown in the user\'s language and loses nothing', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}?lang=en#/question/permit`)
    await answerCurrent(page, refugee)
    await page.locator('input[name="day"]').fill('31')
    await page.locator('input[name="month"]').fill('2')
    await page.locator('input[name="year"]').fill('2025')
    await page.locator('button[type="submit"]').click()
    const summary = page.locator('[data-error-summary]')
    await expect.poll(() => summary.isVisible()).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true)
    expect(await page.locator('input[name="day"]').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('input[name="year"]').inputValue()).toBe('2025')
    await expectNoAxeViolations(page, 'question with an error')
    await screenshot(page, 'question-error-en')
    expectClean(w)
    await w.context.close()
  })

  it('tampered storage gives a calm message, never a blank page', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(BASE)
    await page.evaluate(() =>
      sessionStorage.setItem('intro-guide:answers:v1', JSON.stringify({ answers: { permit: 'refugee', birthDate: '<img src=x onerror=alert(1)>' } })),
    )
    await page.reload()
    await expect.poll(() => page.locator('[data-notice="storage"]').isVisible()).toBe(true)
    expect(await page.locator('h1').count()).toBe(1)
    await page.evaluate(() => sessionStorage.setItem('intro-guide:answers:v1', '{broken'))
    await page.reload()
    await expect.poll(() => page.locator('[data-notice="storage"]').isVisible()).toBe(true)
    expectClean(w)
    await w.context.close()
  })

  it('an unknown route shows a clear page; ?lang=en picks English; clear empties everything', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/no/such/page`)
    await expect.poll(() => page.locator('[data-page="not-found"]').isVisible()).toBe(true)
    await expectNoAxeViolations(page, 'not found')
    await page.goto(`${BASE}?lang=en#/question/permit`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await answerCurrent(page, refugee)
    await page.locator('[data-action="clear"]').click()
    await expect.poll(() => page.locator('[data-page="start"]').isVisible()).toBe(true)
    expect(await page.evaluate(() => sessionStorage.getItem('intro-guide:answers:v1'))).toBeNull()
    // The language picker switches and keeps the page.
    await page.locator('#language-picker').selectOption('nb')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb')
    expectClean(w)
    await w.context.close()
  })

  it('the programme page reads without answering anything', async () => {
    for (const lang of ['nb', 'en']) {
      const w = await openPage(browser)
      const { page } = w
      await page.goto(`${BASE}?lang=${lang}#/programme`)
      await expect.poll(() => page.locator('[data-page="programme"]').isVisible()).toBe(true)
      await expectNoAxeViolations(page, `programme (${lang})`)
      await page.goto(`${BASE}?lang=${lang}#/about`)
      await expect.poll(() => page.locator('[data-page="about"]').isVisible()).toBe(true)
      await expectNoAxeViolations(page, `about (${lang})`)
      expectClean(w)
      await w.context.close()
    }
  })
})

describe('history and languages (security review, December 2026)', () => {
  /** Presses Back until the page outside the guide is reached; the addresses seen on the way. */
  async function backOut(page: import('playwright-core').Page, outside: string, max = 30): Promise<string[]> {
    const seen: string[] = []
    /** The page has settled: outside the guide, or showing the page its address names. */
    const settled = () =>
      page.waitForFunction(() => {
        if (!location.hash.startsWith('#/')) return document.readyState === 'complete'
        const route = location.hash.replace(/\?.*$/, '')
        const q = /^#\/question\/(\w+)/.exec(route)
        if (q) return Boolean(document.querySelector(`form[data-question="${q[1]}"]`))
        return Boolean(document.querySelector(`[data-page="${route === '#/' ? 'start' : route.slice(2).split('/')[0]}"]`))
      })
    for (let i = 0; i < max && page.url() !== outside; i++) {
      // The browser's Back, as a person presses it: wait for it to happen (a redirected entry may
      // show the same address as the last one), then until the page has settled.
      await page
        .evaluate(
          () =>
            new Promise<void>((resolve) => {
              addEventListener('popstate', () => resolve(), { once: true })
              history.back()
            }),
        )
        .catch(() => undefined) // left the page: a new one loads
      await page.waitForLoadState()
      for (let tries = 0; ; tries++) {
        try {
          await settled()
          break
        } catch (e) {
          if (tries > 5) throw e // a navigation replaced the page while we looked: look again
        }
      }
      seen.push(page.url())
    }
    return seen
  }

  it('Back after "clear my answers" moves back through history and out of the guide', async () => {
    const w = await openPage(browser)
    const { page } = w
    const outside = `${BASE}robots.txt`
    await page.goto(outside)
    await page.goto(BASE)
    await page.locator('[data-action="start"]').click()
    const asked = await answerAll(page, refugee)
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await page.waitForSelector('[data-outcome]')
    await page.locator('[data-action="clear"]').click()
    await page.waitForSelector('.clear-answers__status')
    const seen = await backOut(page, outside)
    expect(page.url(), `Back leaves the guide (went through ${seen.join(', ')})`).toBe(outside)
    // One press per page visited at most (start, the questions, check, result, start again).
    expect(seen.length).toBeLessThanOrEqual(asked.length + 4)
    await w.context.close()
  })

  it('Back after changing the permit to an EEA citizen, and after clearing from the letter, also leaves the guide', async () => {
    const w = await openPage(browser)
    const { page } = w
    const outside = `${BASE}robots.txt`
    await page.goto(outside)
    await page.goto(BASE)
    await page.locator('[data-action="start"]').click()
    await answerAll(page, refugee)
    await page.locator('[data-answer="permit"] a').click()
    await answerCurrent(page, { permit: 'eea-nordic' })
    await page.waitForSelector('[data-page="check"]')
    let seen = await backOut(page, outside)
    expect(page.url(), seen.join(', ')).toBe(outside)

    await page.goto(BASE)
    await page.locator('[data-action="complaint"]').click()
    await writeComplaint(page, { kommune: 'Bergen kommune' })
    await page.locator('[data-action="clear"]').click()
    await page.waitForSelector('.clear-answers__status')
    seen = await backOut(page, outside)
    expect(page.url(), seen.join(', ')).toBe(outside)
    await w.context.close()
  })

  it('the last language picked wins, even when an earlier one loads late (picker and ?lang=)', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(BASE)
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))
    // Hold Tigrinya's messages until English is shown.
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    await page.route(/\/assets\/ti-[\w-]+\.js$/, async (route) => {
      await held
      await route.continue()
    })
    const tiDone = page.waitForEvent('requestfinished', (r) => /\/assets\/ti-[\w-]+\.js$/.test(r.url()))
    await page.locator('#language-picker').selectOption('ti')
    await page.locator('#language-picker').selectOption('en')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    release()
    await tiDone
    // Tigrinya arrived after English was picked: English stays.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('#language-picker').inputValue()).toBe('en')
    expect(await page.locator('main h1').innerText()).toBe('Do you have a right to the introduction programme?')

    // The same through the address: ?lang=ti, then ?lang=uk while Tigrinya is still on its way.
    await page.unroute(/\/assets\/ti-[\w-]+\.js$/)
    let release2!: () => void
    const held2 = new Promise<void>((r) => (release2 = r))
    await page.route(/\/assets\/ti-[\w-]+\.js$/, async (route) => {
      await held2
      await route.continue()
    })
    await page.evaluate(() => (location.hash = '#/programme?lang=ti'))
    await page.evaluate(() => (location.hash = '#/about?lang=uk'))
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('uk')
    release2()
    await page.waitForSelector('[data-page="about"]')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('uk')
    expectClean(w)
    await w.context.close()
  })

  it('a kommune link with ?lang=nb: the language the user picks is kept on reload', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}?lang=nb#/programme`)
    await page.waitForSelector('[data-page="programme"]')
    await page.locator('#language-picker').selectOption('en')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')
    await page.reload()
    await page.waitForSelector('[data-page="programme"]')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    expectClean(w)
    await w.context.close()
  })
})

describe('clear my answers, on a shared device', () => {
  it('clears the guide’s other tabs too (a tab opened from the guide starts with a copy of the answers)', async () => {
    const w = await openPage(browser)
    const { page, context } = w
    await page.goto(BASE)
    await page.locator('[data-action="start"]').click()
    for (let i = 0; i < 3; i++) await answerCurrent(page, refugee)
    const [other] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => void window.open(location.href))])
    await other!.waitForSelector('form[data-question]')
    const stored = (p: import('playwright-core').Page) => p.evaluate(() => sessionStorage.getItem('intro-guide:answers:v1'))
    expect(await stored(other!)).not.toBeNull()
    await page.locator('[data-action="clear"]').click()
    await page.waitForSelector('.clear-answers__status')
    expect(await page.locator('.clear-answers__status').innerText()).toContain('også i andre faner')
    await expect.poll(() => stored(other!)).toBeNull()
    await other!.waitForSelector('[data-page="start"]')
    expectClean(w)
    await context.close()
  })
})
