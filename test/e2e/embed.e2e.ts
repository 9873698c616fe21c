/**
 * A kommune's page on another origin embeds the guide with the snippet: the iframe sizes itself
 * to the content, the kommune's details appear where the guide says "ask your kommune" and in
 * the complaint, and height messages from anywhere else, or of any other shape, are ignored.
 * Bad kommune parameters are dropped and shown nowhere.
 */
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Frame, Page } from 'playwright-core'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { answerAll, BASE, expectClean, launch, openPage, screenshot, writeComplaint } from './support'

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? Number(new URL(BASE).port) + 2)
const HOST = `http://127.0.0.1:${HOST_PORT}/`

// What a kommune web editor pastes, as the page for kommune web editors generates it.
const SNIPPET = `<script src="${BASE}embed.js" data-lang="nb" data-kommune="Bergen kommune" data-kommune-url="https://www.bergen.kommune.no/flyktning" data-kommune-phone="+47 55 56 55 56" data-kommune-email="flyktning@bergen.kommune.no" data-county="46" async></script>`

const HOST_PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Flyktningtjenesten – Bergen kommune</title>
<style>body{margin:0;font-family:sans-serif}header{background:#3d3d3d;color:#fff;padding:12px 16px}main{padding:16px}</style></head>
<body><header><strong>Bergen kommune</strong></header>
<main><h1>Introduksjonsprogram</h1><p>Svar på noen spørsmål og finn ut om du har rett til introduksjonsprogram.</p>
${SNIPPET}
<p id="after">Kontakt oss på telefon 55 56 55 56.</p>
</main></body></html>`

let browser: Browser
let host: Server
beforeAll(async () => {
  browser = await launch()
  host = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(204).end() // the browser's /favicon.ico
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(HOST_PAGE)
  })
  await new Promise<void>((r) => host.listen(HOST_PORT, '127.0.0.1', r))
})
afterAll(async () => {
  await browser?.close()
  await new Promise((r) => host?.close(r))
})

async function guideFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[title]')
  const frame = (await handle.contentFrame())!
  await frame.waitForSelector('main h1')
  return frame
}

/** The iframe's height on the host page, and the guide's own content height inside it. */
async function heights(page: Page, frame: Frame) {
  const box = (await page.locator('.intro-guide-embed iframe').boundingBox())!.height
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
  return { box, content }
}

/** Waits until the iframe fits the content and has stopped changing, and returns its height. */
async function settledHeight(page: Page, frame: Frame): Promise<number> {
  let last = -1
  for (let i = 0; i < 50; i++) {
    const h = await heights(page, frame)
    if (Math.abs(h.box - h.content) <= 1 && h.box === last) return h.box
    last = h.box
    await page.waitForTimeout(150)
  }
  throw new Error('the iframe height did not settle on the content height')
}

const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '')

describe('embedded on a kommune page (another origin)', () => {
  it('sizes to its content, shows the kommune, ignores foreign or malformed messages', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'))
    const outside: string[] = []
    const errors: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(BASE) && !r.url().startsWith(HOST) && !r.url().startsWith('data:')) outside.push(r.url())
    })
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(HOST)
    const frame = await guideFrame(page)
    expect(await page.locator('.intro-guide-embed iframe').getAttribute('title')).toBe('Introduksjonsprogram – har du rett?')
    // The snippet's details reach the guide as URL parameters of the same names.
    const src = new URL((await page.locator('.intro-guide-embed iframe').getAttribute('src'))!)
    expect(src.searchParams.get('kommune')).toBe('Bergen kommune')
    expect(src.searchParams.get('county')).toBe('46')

    const start = await settledHeight(page, frame)
    expect(start).toBeGreaterThan(400)
    // No scrollbar inside: the iframe is as tall as the page in it.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true)
    // On a phone, the guide can also be opened on its own page.
    expect(await page.locator('.intro-guide-embed a[target="_blank"]').isVisible()).toBe(true)
    await screenshot(page, 'embed-host-390')

    // Grows and shrinks with the content.
    await frame.locator('[data-action="start"]').click()
    await frame.waitForSelector('form[data-question="permit"]')
    const question = await settledHeight(page, frame)
    await frame.locator('details.question-form__why summary').click()
    const opened = await settledHeight(page, frame)
    expect(opened).toBeGreaterThan(question)
    await frame.locator('details.question-form__why summary').click()
    expect(await settledHeight(page, frame)).toBe(question)

    // Messages the script must ignore: from the host page itself (wrong origin), and from the
    // guide's window but of the wrong shape.
    await page.evaluate(() => window.postMessage({ type: 'intro-guide:height', height: 150 }, '*'))
    await frame.evaluate(() => {
      for (const data of [{ type: 'intro-guide:height', height: '150px' }, { type: 'intro-guide:height', height: 150, more: 1 }, { type: 'other', height: 150 }, 'intro-guide:height'])
        window.parent.postMessage(data, '*')
    })
    await page.waitForTimeout(300)
    expect((await heights(page, frame)).box).toBe(question)

    // The kommune's details on the result page, where it says who to ask.
    await answerAll(frame, REFUGEE_WITH_RIGHT)
    await frame.locator('[data-page="check"] button[type="submit"]').click()
    await frame.waitForSelector('[data-page="result"]')
    const contact = frame.locator('[data-kommune-contact]').first()
    expect(plain(await contact.innerText())).toContain('Kontakt Bergen kommune')
    expect(await contact.locator('a[href="tel:+4755565556"]').count()).toBe(1)
    expect(await contact.locator('a[href="mailto:flyktning@bergen.kommune.no"]').count()).toBe(1)
    expect(await contact.locator('a[href="https://www.bergen.kommune.no/flyktning"]').getAttribute('rel')).toContain('noopener')

    // …and in the complaint: the kommune is filled in, and the county gives the Statsforvalter.
    await frame.locator('[data-action="complaint"]').click()
    await writeComplaint(frame, {
      onStep: async (step) => {
        if (step === 'kommune') expect(await frame.locator('input[name="kommuneName"]').inputValue()).toBe('Bergen kommune')
      },
    })
    expect(await frame.locator('[data-letter]').innerText()).toContain('Bergen kommune')
    expect(await frame.locator('[data-office]').innerText()).toContain('Statsforvalteren i Vestland')

    // On a wide screen the "open on its own page" link is not needed.
    await page.setViewportSize({ width: 1100, height: 900 })
    await expect.poll(() => page.locator('.intro-guide-embed a[target="_blank"]').isVisible()).toBe(false)
    expect(outside, 'requests to a third origin').toEqual([])
    expect(errors, 'console errors').toEqual([])
    await context.close()
  })
})

describe('kommune details in the address', () => {
  it('shows good details as text; drops script tags, javascript: links and 10 000 characters everywhere', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(`${BASE}?kommune=Nord-Fron%20kommune&county=34&kommune-phone=61%2021%2030%2000#/how-to-complain`)
    await page.waitForSelector('[data-kommune-contact]')
    expect(plain(await page.locator('[data-kommune-contact]').innerText())).toContain('Kontakt Nord-Fron kommune')
    expect(await page.locator('[data-office]').innerText()).toContain('Statsforvalteren i Innlandet')

    const bad = new URLSearchParams({
      kommune: '<script>alert(1)</script>',
      'kommune-url': 'javascript:alert(2)',
      'kommune-phone': '9'.repeat(10_000),
      'kommune-email': 'x@y.no"><img src=x onerror=alert(3)>',
      county: '"><b>99',
    })
    for (const hash of ['#/how-to-complain', '#/programme']) {
      await page.goto(`${BASE}?${bad}&n=${hash.length}${hash}`)
      await page.waitForSelector('main h1')
      expect(await page.locator('[data-kommune-contact]').count()).toBe(0)
      const html = await page.content()
      for (const leak of ['alert(1)', 'alert(2)', 'alert(3)', '9999999999', '<b>99']) expect(html, `${leak} on ${hash}`).not.toContain(leak)
    }
    // The complaint's kommune field is not filled with it either.
    await page.goto(`${BASE}?${bad}#/complaint/decision`)
    await page.locator('label[for="decision-stipend"]').click()
    await page.locator('form[data-question] button[type="submit"]').click()
    await page.locator('input[name="day"]').fill('10')
    await page.locator('input[name="month"]').fill('11')
    await page.locator('input[name="year"]').fill('2026')
    await page.locator('form[data-question] button[type="submit"]').click()
    await page.waitForSelector('input[name="kommuneName"]')
    expect(await page.locator('input[name="kommuneName"]').inputValue()).toBe('')
    expectClean(w)
    await w.context.close()
  })
})
