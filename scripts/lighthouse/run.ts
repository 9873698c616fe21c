/**
 * Lighthouse 12 (mobile, simulated throttling) on the start, question and result pages of the
 * production build, in Debian's Chromium; and, in the same run, on a hand-written static copy of
 * the start page (test/perf/static-start.html) as the yardstick for LCP. Minimum scores and the
 * LCP ratio are in budget.config.json. Prints the scores and LCP; exits 1 when one falls short.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import lighthouse, { type Flags } from 'lighthouse'
import puppeteer, { type Browser } from 'puppeteer-core'
import { ANSWERS_KEY, CHROMIUM, CHROMIUM_FLAGS, ROOT, resultAnswers, serve, table } from '../lib/site'

interface LighthouseBudget {
  runs: number
  pages: Record<string, string>
  minScores: Record<string, number>
  /** Per page: its LCP at most this many times the static page's. */
  lcpRatioToStatic: Record<string, number>
  /** a page's own minimum where it differs from minScores */
  minScoresByPage?: Record<string, Record<string, number>>
}
const budget = (JSON.parse(readFileSync(resolve(ROOT, 'budget.config.json'), 'utf8')) as { lighthouse: LighthouseBudget }).lighthouse
// For comparing builds: LIGHTHOUSE_DIST (another build) and LIGHTHOUSE_PAGES (a JSON object of pages).
const DIST = process.env.LIGHTHOUSE_DIST ?? resolve(ROOT, 'dist')
if (process.env.LIGHTHOUSE_PAGES) budget.pages = JSON.parse(process.env.LIGHTHOUSE_PAGES) as Record<string, string>
// LIGHTHOUSE_RUNS: fewer runs where only the scores are enforced (CI reports the timings).
if (process.env.LIGHTHOUSE_RUNS) budget.runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS))
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4181)
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

interface Run {
  scores: Record<string, number>
  lcp: number
  failed: string[]
}

/** The site to measure: a copy of dist/ with the static yardstick page added beside it. */
function siteWithStaticPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'intro-guide-lh-'))
  cpSync(DIST, dir, { recursive: true })
  const index = readFileSync(resolve(dir, 'index.html'), 'utf8')
  const css = /<link rel="stylesheet"[^>]*href="(\.\/assets\/[^"]+\.css)"/.exec(index)?.[1]
  if (!css) throw new Error('lighthouse: no stylesheet link in dist/index.html')
  const page = readFileSync(resolve(ROOT, 'test/perf/static-start.html'), 'utf8').replaceAll('__CSS__', css)
  // The yardstick must really be styled like the start page, or the comparison means nothing.
  if (!page.includes(`<link rel="stylesheet" href="${css}" />`)) throw new Error('lighthouse: the static page does not load the build stylesheet')
  writeFileSync(resolve(dir, 'static-start.html'), page)
  return dir
}

async function runOnce(browser: Browser, url: string, withAnswers: boolean): Promise<Run> {
  const page = await browser.newPage()
  try {
    if (withAnswers) {
      // Put the answers in this tab's storage from a same-origin page that loads nothing else.
      await page.goto(new URL('robots.txt', url).href)
      await page.evaluate((k, v) => sessionStorage.setItem(k, v), ANSWERS_KEY, resultAnswers())
    }
    const flags: Flags = {
      logLevel: 'error',
      output: 'json',
      onlyCategories: CATEGORIES,
      // Keep the tab's sessionStorage (the answers); the browser is fresh, so nothing else is stored.
      disableStorageReset: withAnswers,
    }
    const result = await lighthouse(url, flags, undefined, page)
    if (!result) throw new Error(`lighthouse gave no result for ${url}`)
    const lhr = result.lhr
    if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]))
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'metricSavings'))
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
    if (process.env.LIGHTHOUSE_DEBUG) {
      const m = ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift']
      console.error(url, m.map((id) => `${id} ${Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000} (${lhr.audits[id]?.score})`).join(', '))
    }
    const finalUrl = lhr.finalDisplayedUrl
    const route = (u: string) => new URL(u).hash.replace(/^#\/?$/, '')
    if (route(finalUrl) !== route(url)) throw new Error(`lighthouse: ${url} ended on ${finalUrl}`)
    return { scores, lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN, failed }
  } finally {
    await page.close()
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main() {
  const dir = siteWithStaticPage()
  const site = await serve(dir, PORT)
  const pages: [string, string, boolean][] = [
    ...Object.entries(budget.pages).map(([name, hash]): [string, string, boolean] => [name, `${site.url}${hash}`, name === 'result']),
    ['static start (yardstick)', `${site.url}static-start.html`, false],
  ]
  const results = new Map<string, { scores: Record<string, number>; lcp: number; lcps: number[]; failed: Set<string> }>()
  try {
    // Interleaved, so a slow moment of the machine does not fall on one page only.
    for (let i = 0; i < budget.runs; i++) {
      for (const [name, url, answers] of pages) {
        // A fresh browser for every run measures a first visit: no connection kept alive from the
        // run before (Lighthouse would count no handshake), no service worker (an earlier run's
        // would serve the page, or the yardstick on the same origin, from its cache), no cache.
        const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true })
        const run = await runOnce(browser, url, answers).finally(() => browser.close())
        const r = results.get(name) ?? { scores: {}, lcp: 0, lcps: [], failed: new Set<string>() }
        r.lcps.push(run.lcp)
        for (const c of CATEGORIES) r.scores[`${c}#${i}`] = run.scores[c]!
        run.failed.forEach((f) => r.failed.add(f))
        results.set(name, r)
      }
    }
  } finally {
    await site.close()
    rmSync(dir, { recursive: true, force: true })
  }

  // Each problem says whether it is a timing (performance, LCP), which a busy machine lengthens.
  const problems: { text: string; timing: boolean }[] = []
  const rows = [['page', ...CATEGORIES, 'LCP (median)', 'LCP runs']]
  for (const [name, r] of results) {
    const med = Object.fromEntries(CATEGORIES.map((c) => [c, median([...Array(budget.runs).keys()].map((i) => r.scores[`${c}#${i}`]!))]))
    r.lcp = median(r.lcps)
    rows.push([name, ...CATEGORIES.map((c) => String(med[c])), `${Math.round(r.lcp)} ms`, r.lcps.map((l) => Math.round(l)).join(' / ')])
    if (name.startsWith('static')) continue
    for (const c of CATEGORIES) {
      const min = budget.minScoresByPage?.[name]?.[c] ?? budget.minScores[c]!
      if (med[c]! < min) problems.push({ text: `${name}: ${c} ${med[c]} < ${min}`, timing: c === 'performance' })
    }
  }
  console.log(table(rows))
  console.log('')
  const stat = results.get('static start (yardstick)')!.lcp
  for (const [name, limit] of Object.entries(budget.lcpRatioToStatic)) {
    const page = results.get(name)
    if (!page) {
      problems.push({ text: `${name}: has an LCP limit but is not among the pages measured`, timing: false })
      continue
    }
    const ratio = page.lcp / stat
    console.log(`${name}: LCP ${Math.round(page.lcp)} ms / static page ${Math.round(stat)} ms = ${ratio.toFixed(2)} × (limit ${limit} ×)`)
    if (!(ratio <= limit)) problems.push({ text: `${name}: LCP is ${ratio.toFixed(2)} × the static page's (limit ${limit} ×)`, timing: true })
  }
  for (const [name, r] of results) if (r.failed.size) console.log(`\n${name}: audits not fully passed: ${[...r.failed].join(', ')}`)
  // Scores for accessibility, best practice and SEO are facts of the page; performance and LCP
  // are timings (simulated from what this machine did), which a busy machine lengthens. In CI
  // those are reported, not enforced (LIGHTHOUSE_TIMINGS_REPORT_ONLY): no check may depend on an
  // idle machine. Run alone, `npm run lighthouse` holds them all.
  const enforced = process.env.LIGHTHOUSE_TIMINGS_REPORT_ONLY ? problems.filter((p) => !p.timing) : problems
  if (problems.length) console.error(`\nLighthouse budget not met:\n- ${problems.map((p) => p.text).join('\n- ')}`)
  if (enforced.length !== problems.length) console.error('(timings reported only: LIGHTHOUSE_TIMINGS_REPORT_ONLY is set)')
  if (enforced.length) process.exit(1)
  if (problems.length) return
  console.log('\nLighthouse budgets held.')
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
