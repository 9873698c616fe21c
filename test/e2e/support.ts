/**
 * Browser-test helpers: Debian's Chromium through playwright-core, axe on every page, and
 * watchers that fail the test on a console error or on any request leaving the guide's origin.
 */
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { expect } from 'vitest'
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { extname, join, normalize } from 'node:path'
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/site'

export const BASE = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`
export { CHROMIUM }

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
}

export interface Watched {
  page: Page
  context: BrowserContext
  consoleErrors: string[]
  foreignRequests: string[]
}

/** A phone-sized page whose clock stands at `today` (noon, local time). */
export async function openPage(browser: Browser, today = '2026-11-23', width = 390, serviceWorkers: 'allow' | 'block' = 'block'): Promise<Watched> {
  // The service worker is tested on its own (offline.e2e.ts); elsewhere every load is fresh.
  const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1, locale: 'nb-NO', serviceWorkers })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date(`${today}T12:00:00`))
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(String(e)))
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(BASE) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url)
  })
  return { page, context, consoleErrors, foreignRequests }
}

/** Puts answers in this tab's storage (as the guide keeps them), from the page now open. */
export async function storeAnswers(page: Page, answers: Record<string, string>): Promise<void> {
  await page.evaluate((v) => sessionStorage.setItem('intro-guide:answers:v1', v), JSON.stringify({ answers, unknownDates: [] }))
}

/**
 * Holds back every module script of the guide until `release()` is called: what shows until
 * then is the pre-rendered HTML alone (a slow phone, before the app has started).
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void
  const held = new Promise<void>((r) => (release = r))
  await page.route('**/assets/*.js', async (route) => {
    await held
    await route.continue()
  })
  return release
}

/** axe (WCAG 2.0/2.1 A and AA, and best practice) on the page as it is now. */
export async function expectNoAxeViolations(page: Page, where: string, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
  for (const selector of exclude) builder = builder.exclude(selector)
  const result = await builder.analyze()
  const summary = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `axe on ${where}`).toEqual([])
}

export function expectClean(w: Watched) {
  expect(w.consoleErrors, 'console errors').toEqual([])
  expect(w.foreignRequests, 'requests to another origin').toEqual([])
}

/** Answers the question on screen from a persona's answers, by clicking and typing like a person. */
export async function answerCurrent(page: Page | Frame, answers: Record<string, string | null>): Promise<string> {
  const form = page.locator('form[data-question]')
  const key = (await form.getAttribute('data-question'))!
  if (!(key in answers)) throw new Error(`asked "${key}", which the persona has no answer for`)
  const value = answers[key]
  if (await form.locator('input[name="year"]').count()) {
    if (value === null || value === undefined) {
      await form.locator('input[name="unknown"]').check()
    } else {
      // Answered "I don't know" before (coming back to change it): untick it first, as a person would.
      const unknown = form.locator('input[name="unknown"]')
      if ((await unknown.count()) && (await unknown.isChecked())) await unknown.uncheck()
      const [y, m, d] = value.split('-')
      await form.locator('input[name="day"]').fill(d ? String(Number(d)) : '')
      await form.locator('input[name="month"]').fill(m ? String(Number(m)) : '')
      await form.locator('input[name="year"]').fill(y ?? '')
    }
  } else {
    // Click the visible label, as a person would.
    const id = await form.locator(`input[type="radio"][name="${key}"][value="${value}"]`).getAttribute('id')
    await form.locator(`label[for="${id}"]`).click()
  }
  await form.locator('button[type="submit"]').click()
  // Wait for the page to move on, so that the next call reads the next question, not this one
  // again (a busy machine may take a while to route).
  await page.waitForFunction((k) => !document.querySelector(`form[data-question="${k}"]`), key)
  return key
}

/**
 * Answers question after question until the check page, calling `onQuestion` on each page
 * before it is answered (for axe, screenshots, …). Returns the questions asked, in order.
 */
export async function answerAll(
  page: Page | Frame,
  answers: Record<string, string | null>,
  onQuestion?: (key: string, index: number) => Promise<void>,
): Promise<string[]> {
  const asked: string[] = []
  for (let i = 0; i < 30; i++) {
    await page.waitForSelector('form[data-question], [data-page="check"]')
    if (await page.locator('[data-page="check"]').count()) return asked
    const key = (await page.locator('form[data-question]').getAttribute('data-question'))!
    await onQuestion?.(key, i)
    asked.push(await answerCurrent(page, answers))
  }
  throw new Error('the questionnaire did not reach the check page')
}

/**
 * From the complaint helper's first step to the finished letter, by clicking and typing. The
 * kommune field is filled only when `kommune` is given (it may be filled in already); `onStep`
 * runs on each step before it is sent.
 */
export async function writeComplaint(
  page: Page | Frame,
  { kommune, onStep }: { kommune?: string; onStep?: (step: string) => Promise<void> } = {},
): Promise<void> {
  const submit = async (step: string) => {
    await onStep?.(step)
    await page.locator('form[data-question] button[type="submit"]').click()
  }
  await page.waitForSelector('form[data-question="decision"]')
  await page.locator('label[for="decision-stipend"]').click()
  await submit('decision')
  await page.waitForSelector('input[name="day"]')
  await page.locator('input[name="day"]').fill('10')
  await page.locator('input[name="month"]').fill('11')
  await page.locator('input[name="year"]').fill('2026')
  await submit('notice')
  await page.waitForSelector('input[name="kommuneName"]')
  if (kommune !== undefined) await page.locator('input[name="kommuneName"]').fill(kommune)
  await submit('kommune')
  await page.waitForSelector('textarea[name="wantedChange"]')
  await page.locator('textarea[name="wantedChange"]').fill('Full stønad.')
  await page.locator('textarea[name="reasons"]').fill('Jeg bor alene.')
  await submit('change')
  await page.waitForSelector('input[name="fullName"]')
  await page.locator('input[name="fullName"]').fill('Amina Yusuf')
  await page.locator('label[for="interpreter-no"]').click()
  await submit('name')
  await page.waitForSelector('[data-letter]')
}

export async function screenshot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return
  mkdirSync('test-results/screenshots', { recursive: true })
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
}

/**
 * The simplest static host there is: the files of `dir` under the path `prefix`, index.html
 * for a folder, no special headers (and no caching). Resolves once it listens.
 */
export async function serveFiles(dir: string, port: number, prefix = '/'): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    if (!path.startsWith(prefix)) return void res.writeHead(404).end()
    const rel = normalize(path.slice(prefix.length) || 'index.html')
    try {
      const body = await readFile(join(dir, rel.endsWith('/') ? `${rel}index.html` : rel))
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  return server
}

/**
 * The build served over https, as a host would: the files of `dir` with the headers of the
 * build's own _headers file, exactly as shipped (no test origin added).
 */
export async function serveBuildHttps(dir: string, port: number, tls: { key: string; cert: string }): Promise<Server> {
  const { headersFor, parseHeaders } = await import('../../scripts/hosting/headers')
  const rules = parseHeaders(await readFile(join(dir, '_headers'), 'utf8'))
  const server = createHttpsServer(tls, async (req, res) => {
    const path = new URL(req.url ?? '/', 'https://localhost').pathname
    const rel = normalize(path.slice(1) || 'index.html')
    try {
      const body = await readFile(join(dir, rel.endsWith('/') ? `${rel}index.html` : rel))
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream', ...headersFor(path, rules) }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  return server as unknown as Server
}
