/**
 * Embedding as a kommune does it, over https, under the headers the build ships — from origins
 * the build never names: a kommune's own site (www.bergen.kommune.no) and someone else's
 * (evil.example), both resolved to this machine. The guide loads in both (framing is allowed to
 * any https page), sizes itself, and shows the kommune's details only on the kommune's own site.
 * A crafted link opened on its own shows no kommune details either.
 */
import { createServer as createHttpsServer } from 'node:https'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core'
import { generate } from 'selfsigned'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { answerAll, CHROMIUM, screenshot, serveBuildHttps, writeComplaint } from './support'
import { CHROMIUM_FLAGS } from '../../scripts/lib/site'

const GUIDE_PORT = Number(process.env.E2E_GUIDE_TLS_PORT ?? 4443)
const HOST_PORT = Number(process.env.E2E_HOST_TLS_PORT ?? 4444)
const GUIDE = `https://guide.test:${GUIDE_PORT}/`
const BERGEN = `https://www.bergen.kommune.no:${HOST_PORT}/`
const EVIL = `https://evil.example:${HOST_PORT}/`

// What a kommune web editor pastes, as the page for kommune web editors generates it.
const snippet = (email: string, url: string, lang = 'nb') =>
  `<script src="${GUIDE}embed.js" data-lang="${lang}" data-kommune="Bergen kommune" data-kommune-url="${url}" data-kommune-phone="+47 55 56 55 56" data-kommune-email="${email}" data-county="46" async></script>`

const page = (title: string, body: string) => `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{margin:0;font-family:sans-serif}header{background:#3d3d3d;color:#fff;padding:12px 16px}main{padding:16px}</style></head>
<body><header><strong>${title}</strong></header><main>${body}</main></body></html>`

const PAGES: Record<string, string> = {
  'www.bergen.kommune.no': page(
    'Bergen kommune',
    `<h1>Introduksjonsprogram</h1>${snippet('flyktning@bergen.kommune.no', 'https://www.bergen.kommune.no/flyktning')}<p><a id="direct" href="${GUIDE}index.html?kommune=Bergen%20kommune&amp;kommune-phone=%2B47%2055%2056%2055%2056&amp;county=46">Åpne veiviseren</a></p>`,
  ),
  // A kommune's page whose snippet was filled with markup and junk: nothing of it shows.
  'www.nord-fron.kommune.no': page(
    'Nord-Fron kommune',
    `<script src="${GUIDE}embed.js" data-kommune="&lt;script&gt;alert(1)&lt;/script&gt;" data-kommune-url="javascript:alert(2)" data-kommune-phone="${'9'.repeat(10_000)}" data-kommune-email="x@y.no&quot;&gt;&lt;img src=x onerror=alert(3)&gt;" data-county="&quot;&gt;&lt;b&gt;99" async></script>`,
  ),
  // Someone else's page: the same snippet, with their own e-mail and web site.
  'evil.example': page('Bergen kommune (?)', `<h1>Introduksjonsprogram</h1>${snippet('flyktning@evil.example', 'https://evil.example/bergen', 'ar')}`),
}

let browser: Browser
let guide: Server
let host: Server
beforeAll(async () => {
  const names = ['guide.test', 'www.bergen.kommune.no', 'www.nord-fron.kommune.no', 'evil.example']
  const tls = await generate([{ name: 'commonName', value: 'guide.test' }], {
    days: 1,
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: names.map((value) => ({ type: 2, value })) }],
  })
  guide = await serveBuildHttps('dist', GUIDE_PORT, { key: tls.private, cert: tls.cert })
  host = createHttpsServer({ key: tls.private, cert: tls.cert }, (req, res) => {
    const name = (req.headers.host ?? '').split(':')[0]!
    const html = req.url === '/' ? PAGES[name] : undefined
    if (!html) return void res.writeHead(204).end() // the browser's /favicon.ico
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
  }) as unknown as Server
  await new Promise<void>((r) => host.listen(HOST_PORT, '127.0.0.1', r))
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, `--host-resolver-rules=${names.map((n) => `MAP ${n} 127.0.0.1`).join(',')}`],
  })
})
afterAll(async () => {
  await browser?.close()
  await new Promise((r) => guide?.close(r))
  await new Promise((r) => host?.close(r))
})

interface Watch {
  context: BrowserContext
  page: Page
  /** requests the guide made to anything but its own origin */
  outside: string[]
  errors: string[]
}
async function open(width = 390): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width, height: 844 }, ignoreHTTPSErrors: true, serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'))
  const w: Watch = { context, page, outside: [], errors: [] }
  page.on('request', (r) => {
    const u = r.url()
    if (r.frame() !== page.mainFrame() && !u.startsWith(GUIDE) && !u.startsWith('data:') && !u.startsWith('blob:')) w.outside.push(u)
  })
  page.on('console', (m) => m.type() === 'error' && w.errors.push(m.text()))
  return w
}

async function guideFrame(p: Page): Promise<Frame> {
  const handle = await p.waitForSelector('.intro-guide-embed iframe[title]')
  const frame = (await handle.contentFrame())!
  await frame.waitForSelector('main h1')
  return frame
}

/**
 * The iframe is as tall as the guide's content, and stays so from one look to the next (the
 * height message arrived and was used, and nothing is still growing).
 */
async function fits(p: Page, frame: Frame): Promise<number> {
  let last = ''
  let box = 0
  await expect
    .poll(async () => {
      box = (await p.locator('.intro-guide-embed iframe').boundingBox())!.height
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
      const now = `${box}/${content}`
      const steady = now === last && Math.abs(box - content) <= 1
      last = now
      return steady
    })
    .toBe(true)
  return box
}

const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '')

describe('embedded over https, under the shipped headers', () => {
  it('on the kommune’s own site: loads, fits its content, shows the kommune with where the details came from', async () => {
    const w = await open()
    const { page: p } = w
    await p.goto(BERGEN)
    const frame = await guideFrame(p)
    expect(frame.url().startsWith(`${GUIDE}index.html?`)).toBe(true)
    expect(await p.locator('.intro-guide-embed iframe').getAttribute('title')).toBe('Introduksjonsprogram – har du rett?')
    const start = await fits(p, frame)
    expect(start).toBeGreaterThan(400)
    await screenshot(p, 'embed-bergen-390')
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true)

    // Grows and shrinks with the content.
    await frame.locator('[data-action="start"]').click()
    await frame.waitForSelector('form[data-question="permit"]')
    const toggle = async () => {
      await frame.locator('details.question-form__why summary').click()
      const opened = await fits(p, frame)
      await frame.locator('details.question-form__why summary').click()
      return [opened, await fits(p, frame)]
    }
    const [opened, closed] = await toggle()
    expect(opened).toBeGreaterThan(closed!)
    expect(await toggle()).toEqual([opened, closed])

    // The kommune's details where the guide says who to ask, with the site they came from.
    await answerAll(frame, REFUGEE_WITH_RIGHT)
    await frame.locator('[data-page="check"] button[type="submit"]').click()
    await frame.waitForSelector('[data-page="result"]')
    const contact = frame.locator('[data-kommune-contact]').first()
    expect(plain(await contact.innerText())).toContain('Kontakt Bergen kommune')
    expect(await contact.locator('[data-kommune-source]').innerText()).toContain(`www.bergen.kommune.no:${HOST_PORT}`)
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

    // Height messages the script must ignore: from the host page itself (wrong origin), and from
    // the guide's window but of the wrong shape. Record every height the iframe is given; then a
    // good message from the guide's window (posted after the others, so handled after them).
    await p.evaluate(() => {
      const frameEl = document.querySelector('.intro-guide-embed iframe') as HTMLIFrameElement
      const seen: string[] = ((window as unknown as { seenHeights: string[] }).seenHeights = [])
      new MutationObserver(() => seen.push(frameEl.style.blockSize)).observe(frameEl, { attributes: true, attributeFilter: ['style'] })
      window.postMessage({ type: 'intro-guide:height', height: 150 }, '*')
    })
    await frame.evaluate(() => {
      for (const data of [{ type: 'intro-guide:height', height: '150px' }, { type: 'intro-guide:height', height: 150, more: 1 }, { type: 'other', height: 150 }, 'intro-guide:height'])
        window.parent.postMessage(data, '*')
      window.parent.postMessage({ type: 'intro-guide:height', height: 777 }, '*')
    })
    await expect.poll(() => p.locator('.intro-guide-embed iframe').evaluate((f) => (f as HTMLIFrameElement).style.blockSize)).toBe('777px')
    expect(await p.evaluate(() => (window as unknown as { seenHeights: string[] }).seenHeights)).toEqual(['777px'])

    // On a wide screen the "open on its own page" link is not needed.
    await p.setViewportSize({ width: 1100, height: 900 })
    await expect.poll(() => p.locator('.intro-guide-embed a[target="_blank"]').isVisible()).toBe(false)
    expect(w.outside, 'requests from the guide to another origin').toEqual([])
    expect(w.errors, 'console errors').toEqual([])
    await w.context.close()
  })

  it('on someone else’s page (data-lang="ar"): the Arabic pages load, but show none of the details it was given', async () => {
    const w = await open()
    const { page: p } = w
    await p.goto(EVIL)
    const frame = await guideFrame(p)
    // data-lang points the frame at the language's own pre-rendered page.
    expect(new URL(frame.url()).pathname).toBe('/ar/index.html')
    expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl'])
    await fits(p, frame)
    await frame.locator('[data-action="complaint-route"]').click()
    await frame.waitForSelector('[data-page="complaint-route"]')
    expect(await frame.locator('[data-kommune-contact]').count()).toBe(0)
    expect(await frame.content()).not.toContain('evil.example')
    expect(await frame.locator('[data-office]').count()).toBe(0) // the county was not taken either
    await frame.locator('[data-action="complaint"]').click()
    await frame.locator('label[for="decision-stipend"]').click()
    await frame.locator('form[data-question] button[type="submit"]').click()
    await frame.locator('input[name="day"]').fill('10')
    await frame.locator('input[name="month"]').fill('11')
    await frame.locator('input[name="year"]').fill('2026')
    await frame.locator('form[data-question] button[type="submit"]').click()
    await frame.waitForSelector('input[name="kommuneName"]')
    expect(await frame.locator('input[name="kommuneName"]').inputValue()).toBe('')
    expect(w.outside).toEqual([])
    expect(w.errors).toEqual([])
    await w.context.close()
  })

  it('on a kommune’s page with markup and junk in the snippet: nothing of it shows anywhere', async () => {
    const w = await open()
    const { page: p } = w
    await p.goto(`https://www.nord-fron.kommune.no:${HOST_PORT}/`)
    const frame = await guideFrame(p)
    for (const hash of ['#/how-to-complain', '#/programme']) {
      await frame.goto(`${frame.url().split('#')[0]}${hash}`)
      await frame.waitForSelector('main h1')
      expect(await frame.locator('[data-kommune-contact]').count()).toBe(0)
      const html = await frame.content()
      for (const leak of ['alert(1)', 'alert(2)', 'alert(3)', '9999999999', '<b>99']) expect(html, `${leak} on ${hash}`).not.toContain(leak)
    }
    expect(w.errors).toEqual([])
    await w.context.close()
  })

  it('a crafted link opened on its own shows no kommune details; a link from the kommune’s own page does', async () => {
    const w = await open()
    const { page: p } = w
    const crafted = new URLSearchParams({
      kommune: 'Bergen kommune',
      'kommune-phone': '+47 99 99 99 99',
      'kommune-email': 'flyktning@evil.example',
      'kommune-url': 'https://evil.example/bergen',
      county: '46',
    })
    await p.goto(`${GUIDE}index.html?${crafted}#/how-to-complain`)
    await p.waitForSelector('[data-page="complaint-route"]')
    expect(await p.locator('[data-kommune-contact]').count()).toBe(0)
    expect(await p.content()).not.toContain('99 99 99 99')

    // From Bergen's own page, the same guide with Bergen's details: shown, with their source.
    await p.goto(BERGEN)
    await p.locator('#direct').click()
    await p.waitForURL(`${GUIDE}**`)
    await p.goto(`${p.url()}#/how-to-complain`)
    await p.waitForSelector('[data-kommune-contact]')
    expect(plain(await p.locator('[data-kommune-contact]').innerText())).toContain('Kontakt Bergen kommune')
    expect(await p.locator('[data-kommune-source]').innerText()).toContain('www.bergen.kommune.no')
    expect(w.errors).toEqual([])
    await w.context.close()
  })
})
