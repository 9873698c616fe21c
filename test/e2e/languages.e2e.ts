/**
 * Every language: full journeys in right-to-left and Ethiopic script at 320 px, language switch
 * mid-way, bilingual mode and print, fonts loaded only where needed, translate="no".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { PERSONAS } from '../unit/flow/personas'
import { LOCALES } from '@/i18n/locales'
import { BASE, answerAll, answerCurrent, expectClean, expectNoAxeViolations, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function expectPageRight(page: Page, lang: string, where: string) {
  const info = LOCALES.find((l) => l.code === lang)!
  expect(await page.evaluate(() => document.documentElement.lang), `lang on ${where}`).toBe(lang)
  expect(await page.evaluate(() => document.documentElement.dir), `dir on ${where}`).toBe(info.dir)
  // Nothing wider than the screen: no sideways scrolling at 320 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, `${where} (${lang})`)
}

const persona = PERSONAS.find((p) => p.name === 'adult refugee with children')!

describe('journeys in other scripts at 320 px', () => {
  for (const lang of ['ar', 'fa', 'ti', 'uk']) {
    it(`${lang}: start to result by clicking`, async () => {
      const w = await openPage(browser, persona.today, 320)
      const { page } = w
      await page.goto(`${BASE}?lang=${lang}`)
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
      await expectPageRight(page, lang, 'start')
      expect(await page.evaluate(() => document.documentElement.getAttribute('translate'))).toBe('no')
      expect(await page.locator('[data-notice="translation"]').isVisible()).toBe(true)
      await page.locator('[data-action="start"]').first().click()
      await answerAll(page, persona.answers, async (key) => {
        await expectPageRight(page, lang, `question ${key}`)
        if (key === 'permit' || key === 'settlementDate') await screenshot(page, `${lang}-question-${key}`)
      })
      await expectPageRight(page, lang, 'check')
      await page.locator('[data-page="check"] button[type="submit"]').click()
      await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(persona.outcome)
      await expectPageRight(page, lang, 'result')
      await screenshot(page, `${lang}-result`)
      expectClean(w)
      await w.context.close()
    })
  }
})

describe('switching language', () => {
  it('mid-way keeps the answers and the page', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}#/question/permit`)
    await answerCurrent(page, persona.answers)
    await answerCurrent(page, persona.answers)
    await page.waitForSelector('form[data-question="birthDate"]')
    const url = page.url()
    await page.locator('#language-picker').selectOption('ar')
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    // The address moves to the Arabic folder (a reload or a shared link keeps the language),
    // and keeps the question.
    expect(page.url()).toBe(url.replace(BASE, `${BASE}ar/`))
    expect(await page.locator('form[data-question="birthDate"]').count()).toBe(1)
    await page.locator('[data-action="back"]').click()
    await page.waitForSelector('form[data-question="permitDate"]')
    expect(await page.locator('input[name="year"]').inputValue()).toBe('2025')
    // The notice's one tap back to Norwegian keeps the place too.
    await page.locator('[data-action="show-norwegian"]').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb')
    expect(await page.locator('form[data-question="permitDate"]').count()).toBe(1)
    expect(page.url()).toBe(`${BASE}#/question/permitDate`)
    expect(await page.evaluate(() => document.documentElement.hasAttribute('translate'))).toBe(false)
    expectClean(w)
    await w.context.close()
  })

  it('the picker lists every language by its own name, on every page', async () => {
    const w = await openPage(browser)
    const { page } = w
    for (const path of ['', '#/question/permit', '#/programme', '#/about', '#/nowhere']) {
      await page.goto(`${BASE}${path}`)
      const names = await page.locator('#language-picker option').allTextContents()
      expect(names).toEqual(LOCALES.map((l) => l.autonym))
    }
    await w.context.close()
  })
})

describe('bilingual mode', () => {
  it('shows the Bokmål under every question, option and hint, and in the printed result', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}?lang=ti#/question/permit`)
    await page.waitForSelector('form[data-question="permit"]')
    const nb = page.locator('.nb-alongside').first()
    expect(await nb.isVisible()).toBe(false)
    await page.locator('[data-action="bilingual"]').check()
    await expect.poll(() => nb.isVisible()).toBe(true)
    const texts = await page.locator('.nb-alongside:visible').allTextContents()
    expect(texts.join(' ')).toContain('Hvilken oppholdstillatelse har du?')
    expect(texts.join(' ')).toContain('Flyktning (asyl)')
    expect(await page.locator('label[for="permit-refugee"] .nb-alongside').getAttribute('lang')).toBe('nb')
    await expectNoAxeViolations(page, 'bilingual question (ti)')
    await screenshot(page, 'ti-bilingual-question-permit')
    // Through to the result: the printed summary is bilingual even with the switch off.
    await answerAll(page, persona.answers)
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await page.waitForSelector('[data-outcome]')
    await screenshot(page, 'ti-bilingual-result')
    await page.locator('[data-action="bilingual"]').uncheck()
    await page.emulateMedia({ media: 'print' })
    const printed = await page.locator('.nb-alongside:visible').allTextContents()
    expect(printed.join(' ')).toContain('Du har trolig rett til introduksjonsprogram')
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    expectClean(w)
    await w.context.close()
  })
})

describe('fonts', () => {
  async function fontRequests(lang: string) {
    const w = await openPage(browser)
    const fonts: string[] = []
    w.page.on('request', (r) => {
      if (r.resourceType() === 'font' || /\.woff2?($|\?)/.test(r.url())) fonts.push(r.url())
    })
    await w.page.goto(`${BASE}?lang=${lang}#/question/permit`)
    await w.page.waitForSelector('form[data-question="permit"]')
    await w.page.waitForTimeout(300)
    await w.page.evaluate(() => document.fonts.ready)
    await w.context.close()
    return fonts
  }

  it('a Latin page downloads no font at all', async () => {
    expect(await fontRequests('nb')).toEqual([])
    expect(await fontRequests('uk')).toEqual([])
  })

  it('Arabic and Tigrinya load their own subset, and only that', async () => {
    const ar = await fontRequests('ar')
    expect(ar.length).toBeGreaterThan(0)
    expect(ar.every((u) => u.includes('noto-sans-arabic'))).toBe(true)
    const ti = await fontRequests('ti')
    expect(ti.length).toBeGreaterThan(0)
    expect(ti.every((u) => u.includes('noto-sans-ethiopic'))).toBe(true)
  })
})
