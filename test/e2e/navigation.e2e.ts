/** Reload, back, change, deep links, bad storage, unknown routes, ?lang: the guide never loses answers or shows a blank page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { BASE, answerAll, answerCurrent, expectClean, expectNoAxeViolations, launch, openPage, screenshot } from './support'

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
