/**
 * A new version replaces the old one without trapping anybody on a stale copy: a user who has
 * the guide offline gets the new version on the next load, with no "close all tabs" needed.
 * Simulated on a copy of the build: a changed page and a service worker listing its new revision.
 */
import type { Server } from 'node:http'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { BASE, launch, serveFiles } from './support'

const PORT = Number(new URL(BASE).port) + 4
const SITE = `http://127.0.0.1:${PORT}/`

let browser: Browser
let server: Server
let dir: string
beforeAll(async () => {
  browser = await launch()
  dir = mkdtempSync(join(tmpdir(), 'intro-guide-update-'))
  cpSync('dist', dir, { recursive: true })
  server = await serveFiles(dir, PORT)
})
afterAll(async () => {
  await browser?.close()
  await new Promise((r) => server?.close(r))
  rmSync(dir, { recursive: true, force: true })
})

describe('a new version', () => {
  it('takes over from the old one at the next load', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(SITE)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)
    const cachedPage = () => page.evaluate(async () => (await fetch('./index.html')).text())
    expect(await cachedPage()).toContain('Har du rett til introduksjonsprogram?')

    // Deploy "version 2": a changed page, and a service worker that lists its new revision.
    const index = join(dir, 'index.html')
    writeFileSync(index, readFileSync(index, 'utf8').replace('Har du rett til introduksjonsprogram?</h1>', 'Versjon 2</h1>'))
    const sw = join(dir, 'sw.js')
    const before = readFileSync(sw, 'utf8')
    // The precache list names each file with its revision, in either key order.
    const after = before
      .replace(/("?url"?:"index\.html","?revision"?:")[^"]+"/, '$1version-2"')
      .replace(/("?revision"?:")[^"]+(","?url"?:"index\.html")/, '$1version-2$2')
    expect(after).not.toBe(before)
    writeFileSync(sw, after)

    // The browser looks for a new service worker (on navigation, or when asked as here); it
    // installs, takes over at once (no waiting for old tabs to close) and serves the new page.
    // Wait for that takeover itself, however long the install takes on a busy machine.
    const tookOver = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true })
          void navigator.serviceWorker.getRegistration().then((registration) => registration?.update())
        }),
    )
    expect(tookOver).toBe(true)
    expect(await cachedPage()).toContain('Versjon 2')
    expect(await cachedPage()).not.toContain('Har du rett til introduksjonsprogram?</h1>')
    // The page itself loads from the new version too.
    await page.reload()
    await page.waitForSelector('main h1')
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated')
    await context.close()
  })
})
