/**
 * Security and offline: served with the strict Content-Security-Policy of public/_headers as a
 * real HTTP header (the preview server applies the file), the whole guide runs without a single
 * violation; no cookies, nothing in localStorage; after one visit it works with the network off,
 * and its caches hold the guide's own files only, never an answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { answerAll, BASE, expectClean, expectNoAxeViolations, launch, openPage, writeComplaint } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])

describe('strict Content-Security-Policy', () => {
  it('is sent as a header, and no page of the guide violates it', async () => {
    const head = await fetch(BASE)
    const csp = head.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(head.headers.get('referrer-policy')).toBe('no-referrer')
    expect(head.headers.get('permissions-policy')).toContain('camera=()')

    const w = await openPage(browser, '2026-11-23', 390, 'allow')
    const { page } = w
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const list = ((window as unknown as { __csp?: string[] }).__csp ??= [])
        list.push(`${e.violatedDirective} ${e.blockedURI}`)
      })
    })
    const pages: string[] = []
    const check = async (where: string) => {
      pages.push(where)
      expect(await violations(page), `CSP violations on ${where}`).toEqual([])
    }
    for (const hash of ['#/', '#/programme', '#/how-to-complain', '#/about', '#/for-kommuner', '#/no/such/page']) {
      await page.goto(`${BASE}?n=${hash.length}${hash}`)
      await page.waitForSelector('main h1')
      await check(hash)
    }
    // The page for web editors shows the guide itself in a preview iframe.
    await page.goto(`${BASE}?n=x#/for-kommuner`)
    await page.locator('#embed-name').fill('Bergen kommune')
    await page.locator('form[data-form="embed"] button[type="submit"]').click()
    await page.waitForSelector('iframe')
    await page.frameLocator('iframe').locator('main h1').waitFor()
    await check('for-kommuner with its preview')
    // The preview iframe holds the guide itself (its pages are checked on their own); axe would
    // count its header/main/footer as duplicates of this page's landmarks across the frame.
    await expectNoAxeViolations(page, 'for-kommuner with the snippet', ['iframe'])
    await page.goto(`${BASE}?lang=ar#/question/permit`)
    await answerAll(page, REFUGEE_WITH_RIGHT, async (key) => check(`question ${key} (ar, with its font)`))
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await page.waitForSelector('[data-page="result"]')
    await check('result')
    await page.locator('[data-action="complaint"]').click()
    await writeComplaint(page, { kommune: 'Bergen kommune' })
    await check('complaint letter')
    await page.goto(`${BASE}programme.html`)
    await page.waitForSelector('[data-page="programme"]')
    await check('programme.html')

    expect(await w.context.cookies(), 'cookies').toEqual([])
    expect(await page.evaluate(() => [document.cookie, localStorage.length])).toEqual(['', 0])
    expectClean(w)
    await w.context.close()
  })
})

describe('offline', () => {
  it('after one visit: reload with the network off, answer everything; languages shown before work, others say so', async () => {
    const w = await openPage(browser, '2026-11-23', 390, 'allow')
    const { page, context } = w
    await page.goto(BASE)
    await page.waitForSelector('[data-page="start"]')
    // The service worker has installed (precached the guide) and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
    // It can be added to the home screen: a manifest with its icons (linked once the app runs).
    await page.waitForSelector('link[rel="manifest"]', { state: 'attached' })
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')!.getAttribute('href')!
      const m = (await (await fetch(href)).json()) as { name: string; display: string; start_url: string; icons: { src: string }[] }
      const icons = await Promise.all(m.icons.map(async (i) => (await fetch(new URL(i.src, new URL(href, location.href)))).status))
      return { name: m.name, display: m.display, start: m.start_url, icons }
    })
    expect(manifest).toEqual({ name: 'Introduksjonsprogram – har du rett?', display: 'standalone', start: './index.html', icons: [200, 200, 200, 200] })

    // Arabic shown once online: kept on the device with its font.
    await page.locator('#language-picker').selectOption('ar')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar')
    await page.locator('#language-picker').selectOption('nb')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb')

    await context.setOffline(true)
    await page.reload()
    await page.waitForSelector('[data-page="start"]')
    await page.locator('[data-action="start"]').click()
    await answerAll(page, REFUGEE_WITH_RIGHT)
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await page.waitForSelector('[data-page="result"]')
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('right-and-duty')

    // A language never shown is not on the device: the guide says so, and asks for nothing.
    await page.locator('#language-picker').selectOption('ti')
    await expect.poll(() => page.locator('[data-language-problem]').textContent()).toContain('ikke lagret på denne enheten')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb')
    expect(await page.locator('#language-picker').inputValue()).toBe('nb')
    // Arabic, shown before, works offline, with its own font.
    await page.locator('#language-picker').selectOption('ar')
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await expect.poll(() => page.evaluate(async () => (await document.fonts.load('16px "Guide Noto Sans Arabic"', 'ع')).length)).toBe(1)

    // The Arabic pages open offline in Arabic (the app draws them), and never show Bokmål
    // first; Bokmål's folder opens too.
    const arabic = await page.goto(`${BASE}ar/`)
    // The precached page, told it is the Arabic one (boot.js then hides its Bokmål text).
    expect(await arabic?.text()).toMatch(/<head><base href="[^"]+"><meta name="intro-guide:locale" content="ar">/)
    await page.waitForSelector('[data-page="start"]:visible')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
    expect(await page.locator('#language-picker').inputValue()).toBe('ar')
    await page.goto(`${BASE}nb/programme.html`)
    await page.waitForSelector('[data-page="programme"]')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb')
    // …and the app runs there: the answers given above are still here, so it goes on to the check.
    await page.locator('[data-action="start"]').click()
    await page.waitForSelector('[data-page="check"]')

    // Not one console error offline: no font or language is asked for that is not there.
    expect(w.consoleErrors).toEqual([])

    // A page that is not there, in a folder: the not-found page, styled, with working links.
    for (const missing of ['assets/nope.js', 'nope/deeper/page.html']) {
      const response = await page.goto(`${BASE}${missing}`)
      expect(response?.status(), missing).toBe(404)
      await page.waitForSelector('[data-page="not-found"]')
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
      const home = await page.locator('[data-page="not-found"] a').first().getAttribute('href')
      expect(new URL(home!, page.url()).href.startsWith(BASE)).toBe(true)
    }

    // What the service worker keeps: the guide's own files, no answers, no user text.
    const cached = await page.evaluate(async () => {
      const out: string[] = []
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) out.push(req.url)
      return out
    })
    expect(cached.length).toBeGreaterThan(20)
    for (const url of cached) {
      const u = new URL(url)
      expect(u.origin + '/').toBe(BASE)
      expect([...u.searchParams.keys()].filter((k) => k !== '__WB_REVISION__'), url).toEqual([])
      // Nothing of the answers (the permit, the birth date as given or in parts). Not the bare
      // "1990": content hashes are digits too ("…5519902…" in a revision once matched it).
      u.searchParams.delete('__WB_REVISION__')
      expect(u.href).not.toMatch(/refugee|1990-05-01|1990-05|Amina/i)
    }
    await context.setOffline(false)
    // Only the two pages asked for that are not there (a 404 is reported as such).
    expect(w.consoleErrors).toEqual(Array(2).fill('Failed to load resource: the server responded with a status of 404 ()'))
    expect(w.foreignRequests).toEqual([])
    await context.close()
  })
})
