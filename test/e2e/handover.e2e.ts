/**
 * Hand a result over by QR code (issue 16): drawn on the device after a plain warning, by a
 * library loaded only then; the code holds the guide's address with the answers in the
 * fragment. Decoded here (jsQR) and opened in a second browser context: the same result, in
 * that phone's own language, and the answers gone from its address bar. A changed code gives a
 * calm message and no answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import jsQR from 'jsqr'
import { adultRefugee } from '../unit/flow/personas'
import { BASE, expectClean, launch, openPage, screenshot, storeAnswers } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const ANSWERS = { ...adultRefugee, job30Hours: 'no', childrenUnder18: 'yes' }
const SIZE = 400

/** The QR code on the page, decoded as a phone's camera would read it. */
async function readQr(page: Page): Promise<string> {
  const pixels = await page.locator('img[data-handover-qr]').evaluate(async (img, size) => {
    const copy = new Image()
    copy.src = (img as HTMLImageElement).src
    await copy.decode()
    const canvas = document.createElement('canvas')
    canvas.width = canvas.height = size
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, size, size)
    ctx.drawImage(copy, 0, 0, size, size)
    return Array.from(ctx.getImageData(0, 0, size, size).data)
  }, SIZE)
  const code = jsQR(Uint8ClampedArray.from(pixels), SIZE, SIZE)
  if (!code) throw new Error('no QR code could be read')
  return code.data
}

describe('handing a result over by QR code', () => {
  it('round trip: Arabic phone to a Bokmål phone, the same result, the answers gone from the address', async () => {
    const sender = await openPage(browser)
    const { page } = sender
    await page.goto(`${BASE}#/about`)
    await storeAnswers(page, ANSWERS)
    await page.goto(`${BASE}?lang=ar#/result`)
    await page.waitForSelector('[data-outcome]')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar')
    const outcome = await page.locator('[data-outcome]').getAttribute('data-outcome')
    const flags = await page.locator('[data-outcome]').getAttribute('data-flags')

    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await page.locator('[data-action="handover"]').click()
    // First the warning; no code, and no QR library, until asked for.
    await page.waitForSelector('[data-handover="warning"]')
    expect(await page.locator('img[data-handover-qr]').count()).toBe(0)
    expect(scripts).toEqual([])
    await page.locator('[data-action="handover-show"]').click()
    await page.waitForSelector('img[data-handover-qr]')
    expect(scripts).toHaveLength(1) // the QR library, only now
    await screenshot(page, 'handover-qr-ar')
    const address = await readQr(page)
    expect(address.startsWith(`${BASE}index.html#/result?handover=`)).toBe(true)
    expectClean(sender)

    const receiver = await openPage(browser)
    await receiver.page.goto(address)
    await receiver.page.waitForSelector('[data-outcome]')
    expect(await receiver.page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(outcome)
    expect(await receiver.page.locator('[data-outcome]').getAttribute('data-flags')).toBe(flags)
    expect(await receiver.page.evaluate(() => document.documentElement.lang)).toBe('nb')
    expect(receiver.page.url()).toBe(`${BASE}index.html#/result`)
    // Back leaves: no history entry holds the answers.
    await receiver.page.goBack()
    expect(receiver.page.url()).toBe('about:blank')
    expectClean(receiver)
    await receiver.context.close()
    await sender.context.close()
  })

  it('a changed code: a calm message, no answers, and the address cleaned', async () => {
    const w = await openPage(browser)
    const { page } = w
    const bad = Buffer.from(JSON.stringify({ answers: { permit: 'refugee', birthDate: '3000-01-01', settled: '<script>' } })).toString('base64url')
    for (const code of [bad, 'not-json-%%%', 'eyJhIjo']) {
      await page.goto(`${BASE}index.html?n=${encodeURIComponent(code.slice(0, 4))}#/result?handover=${code}`)
      await page.waitForSelector('[data-notice="storage"]')
      expect(await page.locator('[data-notice="storage"]').innerText()).toContain('Vi kunne ikke lese svarene i koden')
      expect(new URL(page.url()).hash).not.toContain('handover')
      expect(await page.locator('[data-outcome]').count()).toBe(0)
      expect(await page.evaluate(() => sessionStorage.getItem('intro-guide:answers:v1'))).toBeNull()
    }
    expectClean(w)
    await w.context.close()
  })
})
