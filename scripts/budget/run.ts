/**
 * Size budget: loads the start, question and result pages of the production build in Chromium,
 * adds up what each downloads, and checks every figure, each locale's message chunk and each
 * font file against budget.config.json. Prints the table; exits 1 when a limit is broken.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { LOCALE_CACHE } from '../../src/sw/protocol'
import { ANSWERS_KEY, CHROMIUM, CHROMIUM_FLAGS, ROOT, resultAnswers, serve, table } from '../lib/site'

interface PageBudget {
  path: string
  answers?: boolean
  js: number
  jsWithMessages: number
  css: number
}
interface OfflineBudget {
  /** Locale code → the address of its start page, relative to the build's root. */
  locales: Record<string, string>
  /**
   * kB gzip: the first visit to the locale's start page plus the offline cache kept for that
   * locale (its messages, font and pages), fonts included.
   */
  firstVisitPlusLocale: number
  /** kB gzip, per locale: everything a user downloads to have the guide offline in it. */
  total: Record<string, number>
}
interface Budget {
  offline: OfflineBudget
  pages: Record<string, PageBudget>
  messagesPerLocale: number
  fontFile: number
  prerenderedHtml: number
}

const DIST = process.env.BUDGET_DIST ?? resolve(ROOT, 'dist')
const PORT = Number(process.env.BUDGET_PORT ?? 4180)
const budget = JSON.parse(readFileSync(resolve(ROOT, 'budget.config.json'), 'utf8')) as Budget

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const kB = (bytes: number) => bytes / 1000

/** Which built files are locale message chunks: from Vite's manifest (src key locales/xx.json). */
function messageChunks(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; src?: string }>
  const out = new Map<string, string>()
  for (const [src, entry] of Object.entries(manifest)) {
    const m = /^locales\/([a-z]+)\.json$/.exec(src)
    if (m) out.set(entry.file, m[1]!)
  }
  return out
}

interface Row {
  what: string
  value: number
  limit: number
}

async function measurePages(rows: Row[], messages: Map<string, string>) {
  const site = await serve(DIST, PORT)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  try {
    for (const [name, p] of Object.entries(budget.pages)) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
      const page = await context.newPage()
      const files = { js: new Set<string>(), css: new Set<string>(), messages: new Set<string>() }
      page.on('response', (r) => {
        const url = new URL(r.url())
        if (!r.url().startsWith(site.url)) return
        const file = url.pathname.slice(1)
        const type = r.request().resourceType()
        if (type === 'script') (messages.has(file) ? files.messages : files.js).add(file)
        if (type === 'stylesheet') files.css.add(file)
      })
      if (p.answers) {
        // A same-origin page that loads nothing, to put the answers in this tab's storage first.
        await page.goto(`${site.url}robots.txt`)
        await page.evaluate(([k, v]) => sessionStorage.setItem(k!, v!), [ANSWERS_KEY, resultAnswers()])
      }
      await page.goto(`${site.url}${p.path}`)
      await page.waitForLoadState('networkidle')
      const shown = await page.locator('[data-page]').first().getAttribute('data-page')
      if (shown !== name) throw new Error(`budget: ${p.path} showed the "${shown}" page, not "${name}"`)
      const sum = (set: Set<string>) => [...set].reduce((n, f) => n + gz(resolve(DIST, f)), 0)
      const js = sum(files.js)
      rows.push({ what: `${name}: JavaScript (${files.js.size} files)`, value: kB(js), limit: p.js })
      rows.push({ what: `${name}: JavaScript with messages`, value: kB(js + sum(files.messages)), limit: p.jsWithMessages })
      rows.push({ what: `${name}: CSS`, value: kB(sum(files.css)), limit: p.css })
      await context.close()
    }
  } finally {
    await browser.close()
    await site.close()
  }
}

/** The files the service worker holds (all caches, or one), as paths relative to the build. */
async function cachedFiles(page: import('playwright-core').Page, base: string, only?: string): Promise<string[]> {
  return page.evaluate(
    async ([root, name]) => {
      const out: string[] = []
      for (const n of await caches.keys()) {
        if (name && n !== name) continue
        for (const req of await (await caches.open(n)).keys()) out.push(new URL(req.url).pathname.slice(new URL(root!).pathname.length))
      }
      return out
    },
    [base, only] as const,
  )
}

/**
 * A first visit to a locale's start page with the service worker on, until the guide is ready
 * offline in that locale (installed, and the language's files kept). Two figures, gzip as a
 * host sends them (fonts and images as they are):
 *  - the first visit plus the offline cache kept for that locale (its messages, font, pages);
 *  - everything: the first visit plus all the service worker holds.
 */
async function measureOffline(rows: Row[]) {
  const site = await serve(DIST, PORT)
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS })
  const size = (files: Iterable<string>) => {
    let n = 0
    for (const f of new Set(files)) {
      if (!f || f.endsWith('.map') || !existsSync(resolve(DIST, f))) continue
      n += /\.(woff2|png)$/.test(f) ? readFileSync(resolve(DIST, f)).length : gz(resolve(DIST, f))
    }
    return n
  }
  try {
    for (const [code, path] of Object.entries(budget.offline.locales)) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' })
      const page = await context.newPage()
      const visit: string[] = []
      // The page's own requests (not the service worker's): the first visit.
      page.on('request', (r) => {
        if (r.url().startsWith(site.url)) visit.push(new URL(r.url()).pathname.slice(1).replace(/(^|\/)$/, '$1index.html'))
      })
      await page.goto(`${site.url}${path}`)
      await page.waitForSelector('[data-page="start"]')
      await page.evaluate(() => navigator.serviceWorker.ready)
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
      // Kept once controlled (src/main.ts): wait until every file of the language is cached.
      await page.waitForFunction(
        async (c) => {
          const channel = new MessageChannel()
          const reply = new Promise<{ available: boolean }>((r) => (channel.port1.onmessage = (e) => r(e.data as { available: boolean })))
          navigator.serviceWorker.controller!.postMessage({ type: 'intro-guide:has-locale', code: c }, [channel.port2])
          return (await reply).available
        },
        code,
        { polling: 200 },
      )
      const kept = await cachedFiles(page, site.url, LOCALE_CACHE)
      const all = await cachedFiles(page, site.url)
      rows.push({ what: `${code}: first visit + offline cache of the locale`, value: kB(size([...visit, ...kept])), limit: budget.offline.firstVisitPlusLocale })
      rows.push({ what: `${code}: everything, to use it offline`, value: kB(size([...visit, ...all])), limit: budget.offline.total[code] ?? Infinity })
      await context.close()
    }
  } finally {
    await browser.close()
    await site.close()
  }
}

async function main() {
  const rows: Row[] = []
  await measureOffline(rows)
  const messages = messageChunks()
  await measurePages(rows, messages)
  for (const [file, code] of [...messages].sort((a, b) => a[1].localeCompare(b[1]))) {
    rows.push({ what: `messages ${code}`, value: kB(gz(resolve(DIST, file))), limit: budget.messagesPerLocale })
  }
  for (const f of readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.woff2')).sort()) {
    rows.push({ what: `font ${f.replace(/-[\w-]{8}\.woff2$/, '.woff2')}`, value: kB(readFileSync(resolve(DIST, 'assets', f)).length), limit: budget.fontFile })
  }
  for (const f of readdirSync(DIST).filter((f) => f.endsWith('.html')).sort()) {
    rows.push({ what: `html ${f}`, value: kB(gz(resolve(DIST, f))), limit: budget.prerenderedHtml })
  }

  const over = rows.filter((r) => r.value > r.limit)
  console.log(
    table([
      ['budget (kB, gzip)', 'size', 'limit', ''],
      ...rows.map((r) => [r.what, r.value.toFixed(1), r.limit.toFixed(1), r.value > r.limit ? 'OVER' : 'ok']),
    ]),
  )
  if (over.length) {
    console.error(`\n${over.length} budget(s) exceeded: ${over.map((r) => r.what).join('; ')}`)
    process.exit(1)
  }
  console.log('\nAll budgets held.')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
