/**
 * The complaint helper: from a result page to a finished letter by clicking, in Bokmål and
 * Arabic; axe on every step; the deadline hook; print shows only the letter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { complaintDeadline } from '@/rules'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'
import { readFile } from 'node:fs/promises'
import { withCheckDigits } from '@/complaint/idNumber'
import { BASE, expectClean, expectNoAxeViolations, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

async function onResultPage(page: Page, lang: string) {
  await page.goto(`${BASE}?lang=${lang}`)
  // The eligibility answers as the questionnaire would have stored them.
  await page.evaluate((answers) => sessionStorage.setItem('intro-guide:answers:v1', JSON.stringify({ answers, unknownDates: [] })), REFUGEE_WITH_RIGHT)
  // A different query string makes this a real page load (a hash change alone would not
  // reload, and the app would not read the stored answers afresh).
  await page.goto(`${BASE}?lang=${lang}&reload=1#/result`)
  await page.waitForSelector('[data-outcome]')
}

const step = (page: Page) => page.locator('[data-page="complaint"]').getAttribute('data-step')
async function submit(page: Page, from: string) {
  await page.locator('form[data-question] button[type="submit"]').click()
  await page.waitForFunction((s) => document.querySelector('[data-page="complaint"]')?.getAttribute('data-step') !== s, from)
}

/** A fødselsnummer with right check digits (born 1 January 1990). */
function validIdNumber(): string {
  for (let i = 100; i < 1000; i++) {
    const n = withCheckDigits(`010190${i}`)
    if (n) return n
  }
  throw new Error('none')
}

const cases = [
  {
    lang: 'nb',
    optional: { caseNumber: '2026/4711-3', decisionDate: ['5', '11', '2026'], idNumber: validIdNumber(), address: 'Storgata 1\n5003 Bergen', phone: '+47 912 34 567' },
    received: ['10', '11', '2026'],
    kommune: 'Bergen kommune',
    wanted: 'Jeg vil ha full introduksjonsstønad.',
    reasons: 'Jeg bor ikke med foreldrene mine lenger.\nJeg flyttet i september.',
    name: 'Amina Yusuf',
  },
  {
    lang: 'ar',
    optional: undefined,
    received: ['1', '10', '2026'], // past the deadline on 23 November 2026: a late complaint
    kommune: 'Drammen kommune',
    wanted: 'أريد أن أحصل على الإعانة الكاملة.',
    reasons: 'لا أسكن مع والديّ. <b>ليس</b> {name} @ |',
    name: 'أمينة يوسف',
  },
]

describe('complaint helper', () => {
  it('the start page links to the helper (contract hook data-action="complaint")', async () => {
    const w = await openPage(browser)
    const { page } = w
    await page.goto(BASE)
    await page.locator('[data-action="complaint"]').click()
    await page.waitForSelector('[data-page="complaint"] form[data-question="decision"]')
    expectClean(w)
    await w.context.close()
  })

  for (const c of cases) {
    it(`from a result page to a finished letter by clicking (${c.lang})`, async () => {
      const w = await openPage(browser)
      const { page } = w
      await onResultPage(page, c.lang)
      await page.locator('[data-action="complaint"]').click()
      await page.waitForSelector('form[data-question="decision"]')
      await expectNoAxeViolations(page, `complaint decision (${c.lang})`)

      // A decision that cannot be appealed is explained, and the helper stays put.
      await page.locator('label[for="decision-holiday"]').click()
      await page.locator('form[data-question] button[type="submit"]').click()
      await expect.poll(() => page.locator('[data-explanation="holiday"]').isVisible()).toBe(true)
      expect(await step(page)).toBe('decision')
      await expectNoAxeViolations(page, `not appealable (${c.lang})`)

      await page.locator('label[for="decision-stipend"]').click()
      await submit(page, 'decision')
      await page.locator('input[name="day"]').fill(c.received[0]!)
      await page.locator('input[name="month"]').fill(c.received[1]!)
      await page.locator('input[name="year"]').fill(c.received[2]!)
      await expectNoAxeViolations(page, `complaint notice (${c.lang})`)
      await submit(page, 'notice')

      const iso = `${c.received[2]}-${c.received[1]!.padStart(2, '0')}-${c.received[0]!.padStart(2, '0')}`
      const expected = complaintDeadline(iso).deadline
      expect(await page.locator('[data-deadline]').getAttribute('data-deadline')).toBe(expected)
      await page.locator('input[name="kommuneName"]').fill(c.kommune)
      if (c.optional) {
        await page.locator('input[name="caseNumber"]').fill(c.optional.caseNumber)
        await page.locator('input[name="day"]').fill(c.optional.decisionDate[0]!)
        await page.locator('input[name="month"]').fill(c.optional.decisionDate[1]!)
        await page.locator('input[name="year"]').fill(c.optional.decisionDate[2]!)
      }
      await expectNoAxeViolations(page, `complaint kommune (${c.lang})`)
      await submit(page, 'kommune')

      // An empty field is refused with a message tied to it, keeping the other field.
      await page.locator('textarea[name="wantedChange"]').fill(c.wanted)
      await page.locator('form[data-question] button[type="submit"]').click()
      await expect.poll(() => page.locator('textarea[name="reasons"]').getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('textarea[name="wantedChange"]').inputValue()).toBe(c.wanted)
      await page.locator('textarea[name="reasons"]').fill(c.reasons)
      await expectNoAxeViolations(page, `complaint change (${c.lang})`)
      await submit(page, 'change')

      await page.locator('input[name="fullName"]').fill(c.name)
      await page.locator('label[for="interpreter-yes"]').click()
      if (c.optional) {
        // A wrong check digit: a clear message, and the name typed is kept.
        const id = c.optional.idNumber
        await page.locator('input[name="idNumber"]').fill(id.slice(0, 10) + String((Number(id[10]) + 1) % 10))
        await page.locator('form[data-question] button[type="submit"]').click()
        await expect.poll(() => page.locator('[data-error-summary]').textContent()).toContain('Dette er ikke et riktig fødselsnummer eller D-nummer.')
        expect(await page.locator('input[name="idNumber"]').getAttribute('aria-invalid')).toBe('true')
        expect(await page.locator('input[name="fullName"]').inputValue()).toBe(c.name)
        await page.locator('input[name="idNumber"]').fill(id)
        await page.locator('textarea[name="address"]').fill(c.optional.address)
        await page.locator('input[name="phone"]').fill(c.optional.phone)
      }
      await expectNoAxeViolations(page, `complaint name (${c.lang})`)
      await submit(page, 'name')

      const letter = page.locator('[data-letter]')
      const text = await letter.innerText()
      for (const words of [c.kommune, c.wanted, c.reasons, c.name]) expect(text).toContain(words)
      expect(text).toContain('Statsforvalteren')
      expect(text).toContain('Jeg ber om tolk')
      expect(text.includes('Klagen kommer etter fristen')).toBe(c.lang === 'ar')
      expect(await letter.locator('b').count()).toBe(0) // the user's text is text, never HTML
      expect(await letter.getAttribute('lang')).toBe('nb')
      if (c.optional) {
        for (const s of [`Fødselsnummer/D-nummer: ${c.optional.idNumber}`, 'Storgata 1', '5003 Bergen', `Telefon: ${c.optional.phone}`, `Deres referanse (saksnummer): ${c.optional.caseNumber}`, 'Vedtaket er datert 5. november 2026.']) {
          expect(text).toContain(s)
        }
      } else {
        // Written in Arabic: one line in Norwegian names the language and asks for a translation.
        expect(text).toContain('Teksten over er skrevet på arabisk. Jeg ber kommunen om å få den oversatt, og om å bruke tolk')
      }
      if (c.lang !== 'nb') {
        expect(await page.locator('[data-letter-translation]').isVisible()).toBe(true)
        // Citations stay whole in the right-to-left copy: each on one line.
        const lines = await page.locator('[data-letter-translation] .letter-text__citation').evaluateAll((els) => els.map((e) => [e.textContent, e.getClientRects().length]))
        expect(lines.length).toBeGreaterThan(0)
        for (const [citation, rects] of lines) expect(rects, String(citation)).toBe(1)
      }

      // Download: one UTF-8 file with the user's words verbatim and no invisible direction marks.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download"]').click()])
      expect(download.suggestedFilename()).toBe('klage.txt')
      const bytes = await readFile((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const file = bytes.subarray(3).toString('utf8')
      for (const words of [c.kommune, c.wanted, ...c.reasons.split('\n'), c.name]) expect(file).toContain(words)
      expect(file).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
      // A double click saves one file: count the files the page makes (synchronous in the page).
      await page.evaluate(() => {
        const w = window as unknown as { madeFiles: number }
        w.madeFiles = 0
        const create = URL.createObjectURL.bind(URL)
        URL.createObjectURL = (b: Blob | MediaSource) => (w.madeFiles++, create(b))
      })
      await page.locator('[data-action="download"]').dblclick()
      expect(await page.evaluate(() => (window as unknown as { madeFiles: number }).madeFiles)).toBe(1)
      await page.locator('#county').selectOption('33')
      await expect.poll(() => page.locator('[data-office]').textContent()).toContain('Statsforvalteren i Østfold, Buskerud, Oslo og Akershus')
      await expectNoAxeViolations(page, `complaint letter (${c.lang})`)
      await screenshot(page, `complaint-letter-${c.lang}`)

      // Print shows the letter alone.
      await page.emulateMedia({ media: 'print' })
      const outside = await page.evaluate(() => {
        const letterEl = document.querySelector('[data-letter]')!
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        const visible: string[] = []
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement
          if (!el || letterEl.contains(el) || !n.textContent?.trim()) continue
          const r = el.getBoundingClientRect()
          // Screen-reader-only text is clipped to 1 px: not on paper.
          if (r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden') visible.push(n.textContent.trim())
        }
        return visible
      })
      expect(outside).toEqual([])
      expect(await letter.isVisible()).toBe(true)
      if (c.lang === 'nb') await page.pdf({ path: 'test-results/complaint-letter.pdf' }).catch(() => undefined)
      await page.emulateMedia({ media: 'screen' })

      // A reload keeps the letter; "clear my answers" empties the complaint too.
      await page.reload()
      await page.waitForSelector('[data-letter]')
      expect(await page.locator('[data-letter]').innerText()).toBe(text)
      await page.locator('[data-action="clear"]').click()
      await page.waitForSelector('.clear-answers__status')
      expect(await page.evaluate(() => [sessionStorage.getItem('intro-guide:answers:v1'), sessionStorage.getItem('intro-guide:complaint:v1')])).toEqual([null, null])
      await page.goto(`${BASE}#/complaint/letter`)
      await page.waitForSelector('form[data-question="decision"]')
      expectClean(w)
      await w.context.close()
    })
  }
})
