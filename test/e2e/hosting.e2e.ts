/**
 * Static hosting under any base path: the same build served by a plain file server under
 * /veiviser/, no rewrite rules, no special headers. Every file is found, the questions, the
 * language switch and the pre-rendered pages work, and embed.js points at its own folder.
 */
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { answerAll, BASE, launch, serveFiles } from './support'

const PORT = Number(new URL(BASE).port) + 3
const SITE = `http://127.0.0.1:${PORT}/veiviser/`
let browser: Browser
let server: Server
beforeAll(async () => {
  browser = await launch()
  server = await serveFiles('dist', PORT, '/veiviser/')
})
afterAll(async () => {
  await browser?.close()
  await new Promise((r) => server?.close(r))
})

describe('under a base path (/veiviser/) on a plain static host', () => {
  it('finds every file; questions, language switch and pre-rendered pages work', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'))
    const failed: string[] = []
    const errors: string[] = []
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`))
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await page.goto(SITE)
    await page.waitForFunction(() => Boolean((document.getElementById('app') as { __vue_app__?: unknown }).__vue_app__))
    await page.locator('[data-action="start"]').click()
    await answerAll(page, REFUGEE_WITH_RIGHT)
    await page.locator('[data-page="check"] button[type="submit"]').click()
    await page.waitForSelector('[data-page="result"]')
    expect(page.url()).toBe(`${SITE}#/result`)
    await page.locator('#language-picker').selectOption('ti')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ti')
    await page.goto(`${SITE}how-to-complain.html`)
    await page.waitForFunction(() => location.hash === '#/how-to-complain')
    // The service worker's scope is the folder, not the host's root.
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? '')).toBe(SITE)
    // embed.js from this folder points the iframe at this folder's index.html.
    const src = await page.evaluate(async (site) => {
      const s = document.createElement('script')
      s.src = `${site}embed.js`
      s.dataset.kommune = 'Bergen kommune'
      const done = new Promise((r) => (s.onload = r))
      document.body.append(s)
      await done
      return document.querySelector<HTMLIFrameElement>('.intro-guide-embed iframe')!.src
    }, SITE)
    expect(src).toBe(`${SITE}index.html?kommune=Bergen+kommune`)
    expect(failed, 'requests that failed').toEqual([])
    expect(errors, 'console errors').toEqual([])
    await context.close()
  })
})
