/**
 * Read aloud (rules-api.md §6, issue 16), against a stubbed Web Speech API: which voice reads,
 * what is read, the sentence shown and the part highlighted, pause and stop, stopping when the
 * page changes; and never a network voice — where the device has none for the language, the
 * guide says so and offers the Bokmål text with a Bokmål voice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { adultRefugee } from '../unit/flow/personas'
import { BASE, expectClean, launch, openPage, storeAnswers, type Watched } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

interface Voice {
  name: string
  lang: string
  localService: boolean
  default?: boolean
}

/** A Web Speech API that records what it is asked to say; `late`: no voices until asked (iOS). */
async function withSpeech(w: Watched, voices: Voice[], late = false) {
  await w.page.addInitScript(
    ([list, lateVoices]) => {
      const win = window as unknown as Record<string, unknown>
      const spoken: { text: string; voice: string | undefined; lang: string }[] = []
      const pending: { onend: (() => void) | null }[] = []
      const listeners = new Map<string, (() => void)[]>()
      let listed = !lateVoices
      win.__speech = { spoken, pending, cancelled: 0, paused: false }
      const speech = win.__speech as { cancelled: number; paused: boolean }
      class Utterance {
        voice: Voice | null = null
        lang = ''
        onend: (() => void) | null = null
        onerror: (() => void) | null = null
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices() {
            if (!listed) {
              // Like iOS: the list comes a moment after it is first asked for.
              setTimeout(() => {
                listed = true
                for (const f of listeners.get('voiceschanged') ?? []) f()
              }, 0)
              return []
            }
            return list
          },
          speak(u: Utterance) {
            spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang })
            pending.push(u)
          },
          cancel() {
            speech.cancelled++
            pending.length = 0
          },
          pause() {
            speech.paused = true
          },
          resume() {
            speech.paused = false
          },
          addEventListener(type: string, f: () => void) {
            listeners.set(type, [...(listeners.get(type) ?? []), f])
          },
        },
      })
    },
    [voices, late] as const,
  )
}

/** The speech engine finishes the sentence it is saying. */
const finishSentence = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { pending: { onend: (() => void) | null }[] } }).__speech.pending.shift()?.onend?.())
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; voice: string; lang: string }[] } }).__speech.spoken)
/** Reads the page aloud, finishing every sentence until the reading has stopped by itself. */
async function readAll(page: Page) {
  await page.locator('[data-action="read-aloud"]').click()
  await page.waitForSelector('[data-reading-sentence]')
  await readToEnd(page)
}

/** Finishes every sentence until the reading has stopped by itself. */
async function readToEnd(page: Page) {
  for (let i = 0; i < 200 && (await page.locator('[data-action="read-aloud-stop"]').count()); i++) await finishSentence(page)
  await page.waitForSelector('[data-action="read-aloud"]')
}

const NB_LOCAL: Voice = { name: 'Nora', lang: 'nb-NO', localService: true }
const AR_LOCAL: Voice = { name: 'Maged', lang: 'ar-SA', localService: true }
const AR_NETWORK: Voice = { name: 'Cloud Arabic', lang: 'ar-EG', localService: false }
const TI_NETWORK: Voice = { name: 'Cloud Tigrinya', lang: 'ti-ER', localService: false }
const nb = JSON.parse(readFileSync('locales/nb.json', 'utf8')) as { question: { permit: { title: string; hint: string } }; outcome: Record<string, { title: string }> }
const ar = JSON.parse(readFileSync('locales/ar.json', 'utf8')) as typeof nb
const ANSWERS = { ...adultRefugee, job30Hours: 'no', childrenUnder18: 'no' }

describe('read aloud', () => {
  it('a question in Bokmål: heading, hint and options, one sentence at a time, highlighted, with the on-device voice; pause and stop', async () => {
    const w = await openPage(browser)
    await withSpeech(w, [NB_LOCAL, { name: 'Cloud Norwegian', lang: 'nb-NO', localService: false, default: true }])
    const { page } = w
    await page.goto(`${BASE}#/question/permit`)
    await page.locator('[data-action="read-aloud"]').click()
    await page.waitForSelector('[data-reading-sentence]')
    expect(await page.locator('[data-reading-sentence]').innerText()).toBe(nb.question.permit.title)
    expect(await page.locator('.reading-now').evaluate((el) => el.tagName)).toBe('LEGEND')
    await page.locator('[data-action="read-aloud-pause"]').click()
    expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(true)
    await page.locator('[data-action="read-aloud-resume"]').click()
    await finishSentence(page)
    await expect.poll(() => page.locator('[data-reading-sentence]').innerText()).toBe(nb.question.permit.hint.split(/(?<=[.!?])\s+/)[0])
    await readToEnd(page)
    const said = await spoken(page)
    expect(said[0]!.text).toBe(nb.question.permit.title)
    expect(said.map((s) => s.text)).toContain('Flyktning (asyl)')
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Nora']))
    expect(await page.locator('.reading-now').count()).toBe(0)

    // Stops when the page changes.
    await page.locator('[data-action="read-aloud"]').click()
    await page.waitForSelector('[data-reading-sentence]')
    await page.locator('[data-action="back"]').click()
    await page.waitForSelector('[data-page="start"]')
    await expect.poll(() => page.evaluate(() => (window as unknown as { __speech: { cancelled: number } }).__speech.cancelled)).toBeGreaterThan(0)
    expect(await page.locator('.reading-now').count()).toBe(0)
    expectClean(w)
    await w.context.close()
  })

  it('a result in Arabic: headline, next steps and reasons, with the Arabic voice on the device, never the network one', async () => {
    const w = await openPage(browser)
    await withSpeech(w, [AR_NETWORK, AR_LOCAL, NB_LOCAL])
    const { page } = w
    await page.goto(`${BASE}#/about`)
    await storeAnswers(page, ANSWERS)
    await page.goto(`${BASE}?lang=ar#/result`)
    await page.waitForSelector('[data-outcome="right-and-duty"]')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar')
    await readAll(page)
    const said = await spoken(page)
    expect(said[0]!.text).toBe(ar.outcome['right-and-duty']!.title)
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Maged']))
    // Next steps and reasons are read too, in Arabic (no Bokmål read by the Arabic voice).
    expect(said.length).toBeGreaterThan(6)
    expect(said.some((s) => s.text.includes(nb.outcome['right-and-duty']!.title))).toBe(false)
    expectClean(w)
    await w.context.close()
  })

  it('the other way round: a question in Arabic and a result in Bokmål', async () => {
    const w = await openPage(browser)
    await withSpeech(w, [AR_LOCAL, NB_LOCAL])
    const { page } = w
    await page.goto(`${BASE}?lang=ar#/question/permit`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar')
    await readAll(page)
    const question = await spoken(page)
    expect(question[0]!.text).toBe(ar.question.permit.title)
    expect(new Set(question.map((s) => s.voice))).toEqual(new Set(['Maged']))

    await storeAnswers(page, ANSWERS)
    await page.goto(`${BASE}?lang=nb#/result`)
    await page.waitForSelector('[data-outcome="right-and-duty"]')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('nb')
    await readAll(page)
    const result = await spoken(page) // a new page: a new record
    expect(result[0]!.text).toBe(nb.outcome['right-and-duty']!.title)
    expect(new Set(result.map((s) => s.voice))).toEqual(new Set(['Nora']))
    expect(result.length).toBeGreaterThan(6)
    expectClean(w)
    await w.context.close()
  })

  it('Tigrinya with no voice on the device: nothing is spoken, it says so, and offers the Bokmål with a Bokmål voice', async () => {
    const w = await openPage(browser)
    await withSpeech(w, [TI_NETWORK, NB_LOCAL], true)
    const { page } = w
    await page.goto(`${BASE}?lang=ti#/question/permit`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ti')
    await page.locator('[data-action="read-aloud"]').click()
    await page.waitForSelector('[data-read-aloud="no-voice"]')
    expect(await spoken(page)).toEqual([])
    await page.locator('[data-action="read-aloud-nb"]').click()
    await page.waitForSelector('[data-reading-sentence]')
    // The Bokmål is shown (bilingual mode) while it is read.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-bilingual'))).toBe(true)
    await readToEnd(page)
    const said = await spoken(page)
    expect(said[0]!.text).toBe(nb.question.permit.title)
    expect(new Set(said.map((s) => s.voice))).toEqual(new Set(['Nora']))
    expectClean(w)
    await w.context.close()
  })

  it('no voice at all: nothing is spoken, and no Bokmål is offered without a Bokmål voice', async () => {
    const w = await openPage(browser)
    await withSpeech(w, [AR_NETWORK])
    const { page } = w
    await page.goto(`${BASE}?lang=ar#/question/permit`)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar')
    await page.locator('[data-action="read-aloud"]').click()
    await page.waitForSelector('[data-read-aloud="no-voice"]')
    expect(await page.locator('[data-action="read-aloud-nb"]').count()).toBe(0)
    expect(await spoken(page)).toEqual([])
    expectClean(w)
    await w.context.close()
  })
})
