/**
 * Personas from start to result by clicking, in Bokmål and English, against the production
 * build: data-outcome checked, axe on every distinct page visited, no console error, no foreign
 * request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { PERSONAS } from '../unit/flow/personas'
import { BASE, answerAll, expectClean, expectNoAxeViolations, launch, openPage, screenshot } from './support'

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * axe on each distinct page once per language: the same question page, reached by another
 * persona, is the same markup (only the result differs by outcome). Checking it twice finds
 * nothing new and costs seconds a run.
 */
const axeChecked = new Set<string>()
async function axeOnce(page: Parameters<typeof expectNoAxeViolations>[0], what: string, label: string) {
  if (axeChecked.has(what)) return
  axeChecked.add(what)
  await expectNoAxeViolations(page, label)
}

const JOURNEYS = [
  'adult refugee with children',
  'young refugee living with a parent',
  'collective protection (Ukraine), after 1 July 2026',
  'family immigrant of a refugee (no IMDi question)',
  'permit and arrival before 2021: old law',
  'still in a reception centre',
  'self-settled refugee',
  'full-time job since 2026',
  'does not know the permit',
  'declined the programme',
]

for (const lang of ['nb', 'en'] as const) {
  describe(`journeys in ${lang}`, () => {
    for (const name of JOURNEYS) {
      const persona = PERSONAS.find((p) => p.name === name)!
      it(`${name} → ${persona.outcome}`, async () => {
        const w = await openPage(browser, persona.today)
        const { page } = w
        await page.goto(`${BASE}?lang=${lang}`)
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang)
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr')
        await axeOnce(page, `start ${lang}`, `start (${lang})`)
        await page.locator('[data-action="start"]').first().click()

        const asked = await answerAll(page, persona.answers, (key) => axeOnce(page, `question ${key} ${lang}`, `question ${key} of ${name} (${lang})`))
        expect(asked.sort()).toEqual(Object.keys(persona.answers).sort())
        await axeOnce(page, `check ${lang}`, `check (${lang})`)
        await page.locator('[data-page="check"] button[type="submit"]').click()
        const result = page.locator('[data-outcome]')
        await expect.poll(() => result.getAttribute('data-outcome')).toBe(persona.outcome)
        const flags = ((await result.getAttribute('data-flags')) ?? '').split(' ').filter(Boolean)
        for (const f of persona.flags ?? []) expect(flags).toContain(f)
        await axeOnce(page, `result ${persona.outcome} ${(persona.flags ?? []).join(' ')} ${lang}`, `result of ${name} (${lang})`)
        if (name === JOURNEYS[0]) await screenshot(page, `result-${persona.outcome}-${lang}`)
        expectClean(w)
        await w.context.close()
      })
    }
  })
}
