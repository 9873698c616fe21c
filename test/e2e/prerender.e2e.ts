/**
 * The information pages are pre-rendered: they show before any script runs and with JavaScript
 * off, link to each other as static files, and say what needs JavaScript. With JavaScript on,
 * the app starts on top of the right page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE, expectClean, holdScripts, expectNoAxeViolations, launch, openPage } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const PAGES = [
  { file: 'index.html', h1: 'Har du rett til introduksjonsprogram?', title: 'Har du rett til introduksjonsprogram? – Introduksjonsprogram – har du rett?' },
  { file: 'programme.html', h1: 'Hva er introduksjonsprogrammet?', title: 'Hva er introduksjonsprogrammet? – Introduksjonsprogram – har du rett?' },
  { file: 'how-to-complain.html', h1: 'Slik klager du på et vedtak', title: 'Slik klager du på et vedtak – Introduksjonsprogram – har du rett?' },
  { file: 'about.html', h1: 'Om veiviseren', title: 'Om veiviseren – Introduksjonsprogram – har du rett?' },
]

describe('with JavaScript off', () => {
  it('each information page reads in full, and says that the questions need JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    for (const p of PAGES) {
      await page.goto(`${BASE}${p.file}`)
      expect(await page.locator('main h1').innerText()).toBe(p.h1)
      expect(await page.title()).toBe(p.title)
      // Controls that need scripts are hidden (noscript.css); the reason is shown instead.
      expect(await page.locator('[data-action="start"], [data-action="clear"], #language-picker').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0)
      if (p.file !== 'about.html') {
        await expect.poll(() => page.locator('main').innerText()).toContain('Spørsmålene trenger JavaScript')
        expect(await page.locator('main').innerText()).toContain('flyktningtjenesten i kommunen din')
      }
    }
    expect(requests.filter((r) => r.endsWith('.js')), 'no script is even downloaded').toEqual([])

    // The pages link to each other as files, so a reader can move between them.
    await page.goto(`${BASE}index.html`)
    await page.locator('main a[href="./programme.html"]').first().click()
    await page.waitForURL(/programme\.html$/)
    expect(await page.locator('main h1').innerText()).toBe('Hva er introduksjonsprogrammet?')
    await page.locator('main a[href="./how-to-complain.html"]').first().click()
    await page.waitForURL(/how-to-complain\.html$/)
    // The list of counties and their Statsforvalter office works without scripts.
    await page.locator('.county-list summary').click()
    expect(await page.locator('.county-list').innerText()).toContain('Vestland: Statsforvalteren i Vestland')
    await context.close()
  })
})

describe('before any script runs', () => {
  it('the start page shows its text from the HTML alone, and the app takes over without a console error', async () => {
    const w = await openPage(browser)
    const { page } = w
    // Hold back every module script: what shows now is the pre-rendered HTML.
    const release = await holdScripts(page)
    await page.goto(BASE, { waitUntil: 'domcontentloaded' })
    await page.waitForSelector('main h1')
    expect(await page.locator('main h1').innerText()).toBe('Har du rett til introduksjonsprogram?')
    expect(await page.locator('[data-action="start"]').isVisible()).toBe(true)
    expect(await page.evaluate(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))).toBe(false)
    // A keyboard user who follows the skip link now still gets the start page when the app starts.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => location.hash === '#main')
    await expectNoAxeViolations(page, 'pre-rendered start page')
    release()
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))
    expect(await page.locator('main h1').innerText()).toBe('Har du rett til introduksjonsprogram?')
    expect(await page.locator('[data-page="start"]').count()).toBe(1)
    await page.locator('[data-action="start"]').click()
    await page.waitForSelector('form[data-question]')
    expectClean(w)
    await w.context.close()
  })

  it('a deep link never shows the wrong pre-rendered page; programme.html starts the app on the programme page', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.route('**/assets/*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 300))
      await route.continue()
    })
    await page.goto(`${BASE}#/question/permit`, { waitUntil: 'domcontentloaded' })
    // The pre-rendered start page is there, but hidden until the app draws the question.
    expect(await page.evaluate(() => document.documentElement.dataset.prerender)).toBe('stale')
    expect(await page.locator('main h1').isVisible()).toBe(false)
    // The header is the same on every page: it shows at once rather than a blank screen.
    expect(await page.locator('.site-header__name').isVisible()).toBe(true)
    await page.waitForSelector('form[data-question="permit"]')
    expect(await page.evaluate(() => document.documentElement.dataset.prerender)).toBeUndefined()

    // Another language than the page's: nothing of the Bokmål page shows, not even the header.
    await page.goto(`${BASE}?lang=fa`, { waitUntil: 'domcontentloaded' })
    expect(await page.evaluate(() => document.documentElement.dataset.prerender)).toBe('stale-language')
    expect(await page.locator('.site-header__name').isVisible()).toBe(false)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fa')
    expect(await page.locator('.site-header__name').isVisible()).toBe(true)

    await page.goto(`${BASE}programme.html`)
    await page.waitForFunction(() => location.hash === '#/programme')
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))
    expect(await page.locator('[data-page="programme"]').isVisible()).toBe(true)
    await page.locator('[data-action="start"]').click()
    await page.waitForSelector('form[data-question="permit"]')
    expectClean(w)
    await w.context.close()
  })
})
