/**
 * Each language has its own pre-rendered pages (<base>/<code>/, rules-api.md §2 and issue 14):
 * the page arrives in that language, right to left where it should be, with its font asked for
 * at once, readable with JavaScript off, and the app starts on it in the same language. The
 * language picker, a reload and the embed snippet use these addresses; ?lang= keeps working.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { LOCALES } from '@/i18n/locales'
import { BASE, expectClean, holdScripts, expectNoAxeViolations, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const messages = (code: string) => JSON.parse(readFileSync(`locales/${code}.json`, 'utf8')) as Record<string, Record<string, string>>
const FILES = { 'index.html': 'start.title', 'programme.html': 'programme.title', 'how-to-complain.html': 'complaintRoute.title', 'about.html': 'about.title' } as const
const lookup = (code: string, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages(code)) as string

describe('with JavaScript off', () => {
  it('every locale folder has its four pages in its language, with lang, dir and alternates', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const locale of LOCALES) {
      for (const [file, key] of Object.entries(FILES)) {
        const response = await page.goto(`${BASE}${locale.code}/${file}`)
        expect(response?.status(), `${locale.code}/${file}`).toBe(200)
        expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale.code, locale.dir])
        expect(await page.locator('main h1').innerText(), `${locale.code}/${file}`).toBe(lookup(locale.code, key))
        const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
          links.map((l) => [l.getAttribute('hreflang'), (l as HTMLLinkElement).href]),
        )
        expect(alternates).toHaveLength(LOCALES.length + 1)
        expect(alternates).toContainEqual(['x-default', `${BASE}${file}`])
        expect(alternates).toContainEqual(['ar', `${BASE}ar/${file}`])
      }
    }
    await context.close()
  })

  it('Arabic: the font is asked for with the page, and the language links lead to the other folders', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const fonts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname)
    })
    await page.goto(`${BASE}ar/`)
    expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(1)
    await expect.poll(() => fonts).toEqual([expect.stringMatching(/^\/assets\/noto-sans-arabic-400-[\w-]+\.woff2$/)])
    // Without scripts the picker and the switches cannot work: hidden; links to each language
    // stand in for the picker.
    expect(await page.locator('#language-picker').isVisible()).toBe(false)
    expect(
      await page.locator('[data-action="bilingual"], [data-action="show-norwegian"]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
    ).toBe(0)
    await page.locator('.language-links summary').click()
    await screenshot(page, 'locale-ar-no-js-language-links')
    await page.locator('.language-links a[hreflang="ti"]').click()
    await page.waitForURL(`${BASE}ti/index.html`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ti')
    expect(await page.locator('main h1').innerText()).toBe(lookup('ti', 'start.title'))
    await page.locator('.language-links summary').click()
    await page.locator('.language-links a[hreflang="nb"]').click()
    await page.waitForURL(`${BASE}index.html`)
    expect(await page.locator('main h1').innerText()).toBe(lookup('nb', 'start.title'))
    await context.close()
  })
})

describe('with JavaScript on', () => {
  it('/ar/ starts the app in Arabic without showing Bokmål first, and a reload keeps it', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}ar/`)
    // The pre-rendered page is the right one: boot.js does not mark it stale.
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-prerender'))).toBeNull()
    await page.waitForSelector('#language-picker:visible')
    expect(await page.locator('#language-picker').inputValue()).toBe('ar')
    await expectNoAxeViolations(page, 'ar/ start page')
    await page.locator('[data-action="start"]').click()
    await page.waitForSelector('form[data-question]')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
    expect(page.url()).toMatch(new RegExp(`^${BASE}ar/#/question/`))
    await page.reload()
    await page.waitForSelector('form[data-question]')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar')
    expectClean(w)
    await w.context.close()
  })

  it('the picker moves the address to the language’s folder; Bokmål goes back to the root; ?lang= still works', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}programme.html`)
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))
    await page.locator('#language-picker').selectOption('ti')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ti')
    expect(new URL(page.url()).pathname).toBe('/ti/programme.html')
    // The new address is a real page in that language (a reload, a bookmark, a shared link).
    await page.reload()
    await page.waitForSelector('#language-picker:visible')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ti')
    expect(await page.locator('main h1').innerText()).toBe(lookup('ti', 'programme.title'))
    await page.locator('#language-picker').selectOption('nb')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb')
    expect(new URL(page.url()).pathname).toBe('/programme.html')
    // The older way: ?lang= on the root.
    await page.goto(`${BASE}?lang=fa`)
    await page.waitForSelector('#language-picker:visible')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fa')
    expect(await page.locator('main h1').innerText()).toBe(lookup('fa', 'start.title'))
    expectClean(w)
    await w.context.close()
  })

  it('a language picked before the app has started is not lost: the page of that language opens', async () => {
    const w = await openPage(browser)
    const { page } = w
    // Hold back every module script: the pre-rendered page is all there is.
    const release = await holdScripts(page)
    await page.goto(`${BASE}how-to-complain.html`, { waitUntil: 'domcontentloaded' })
    await page.locator('#language-picker').selectOption('ckb')
    await page.waitForURL(`${BASE}ckb/how-to-complain.html`)
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ckb', 'rtl'])
    expect(await page.locator('main h1').innerText()).toBe(lookup('ckb', 'complaintRoute.title'))
    release()
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))
    expect(await page.locator('#language-picker').inputValue()).toBe('ckb')
    expectClean(w)
    await w.context.close()
  })
})
