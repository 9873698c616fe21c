import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ResultView from '@/views/ResultView.vue'
import { useAnswersStore } from '@/stores/answers'
import { mountWithApp } from '../support/mount'
import type { LocaleCode } from '@/i18n/locales'
import { REFUGEE_WITH_RIGHT } from '../unit/flow/personas'

async function resultFor(answers: Record<string, string>, locale: LocaleCode = 'nb') {
  const w = await mountWithApp(ResultView, {}, locale)
  const store = useAnswersStore()
  store.today = '2026-11-23'
  store.state = { answers, unknownDates: [] }
  await w.vm.$nextTick()
  return w
}

const rightAndDuty = REFUGEE_WITH_RIGHT

beforeEach(() => sessionStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('ResultView', () => {
  it('shows the outcome and flags as contract hooks, with a plain headline', async () => {
    const w = await resultFor(rightAndDuty)
    const article = w.find('[data-outcome]')
    expect(article.attributes('data-outcome')).toBe('right-and-duty')
    expect(article.attributes('data-flags')!.split(' ')).toEqual(expect.arrayContaining(['parent-guidance', 'start-within-3-months']))
    expect(w.find('h1').text()).toBe('Du har trolig rett til introduksjonsprogram')
  })

  it('gives every reason in words with a citation linking to the law text', async () => {
    const w = await resultFor(rightAndDuty)
    const reasons = w.findAll('[data-reason]')
    expect(reasons.length).toBeGreaterThan(0)
    for (const r of reasons) {
      expect(r.text()).not.toContain('Denne regelen er en del av vurderingen') // every code has its own text
      const link = r.find('a.citation')
      expect(link.attributes('href')).toMatch(/^https:\/\/lovdata\.no\//)
      expect(link.text()).toMatch(/§/)
    }
  })

  it('tailors the programme: parent guidance, the stønad in kroner from G, the 3-month start', async () => {
    const w = await resultFor(rightAndDuty)
    expect(w.find('[data-content="parent-guidance"]').exists()).toBe(true)
    // full stønad = 2 G = 2 × 136 549 from 1 May 2026
    expect(w.find('[data-stipend]').text()).toMatch(/273\s?098/)
    expect(w.text()).toContain('senest 3 måneder')
    expect(w.text()).toMatch(/Reglene ble sist sjekket \d+\. \w+ \d{4}/)
  })

  it('for cannot-tell, lists what must be clarified with the kommune', async () => {
    const w = await resultFor({ permit: 'refugee', permitDate: '2020-12-15' })
    expect(w.find('[data-outcome]').attributes('data-outcome')).toBe('cannot-tell')
    expect(w.find('[data-missing="arrivalDate"]').text()).toContain('Når du kom til Norge')
  })

  it('says plainly when a temporary rule has passed its end date', async () => {
    const w = await resultFor({
      ...rightAndDuty,
      permit: 'collective-protection',
      permitDate: '2025-02-01',
      settlementDate: '2025-09-01',
      childrenUnder18: 'no',
    })
    expect(w.find('[data-outcome]').attributes('data-outcome')).toBe('right-temporary-rules')
    const notice = w.find('[data-flag-notice="rules-may-have-changed"]')
    expect(notice.text()).toContain('1. juli 2026')
  })

  it('renders in English with no raw message keys', async () => {
    const w = await resultFor(rightAndDuty, 'en')
    expect(w.find('h1').text()).not.toBe('Du har trolig rett til introduksjonsprogram')
    expect(w.text()).not.toMatch(/\b(outcome|reason|result|flag|programme)\.[a-z]/)
  })
})

describe('Bokmål alongside (bilingual mode and print)', () => {
  it('renders the Bokmål of the result texts under the English, marked lang="nb"', async () => {
    const { loadMessages } = await import('@/i18n')
    await loadMessages('nb')
    const w = await resultFor(rightAndDuty, 'en')
    const nb = w.findAll('.nb-alongside')
    expect(nb.length).toBeGreaterThan(5)
    expect(nb.every((n) => n.attributes('lang') === 'nb' && n.attributes('translate') === 'no')).toBe(true)
    const all = nb.map((n) => n.text()).join(' ')
    expect(all).toContain('Du har trolig rett til introduksjonsprogram')
    expect(all).toMatch(/273\s?098/) // the stønad sentence, with the amount formatted the Norwegian way
    expect(all).not.toMatch(/\{\w+\}/) // every placeholder filled
  })

  it('renders nothing extra when the page is in Bokmål', async () => {
    const w = await resultFor(rightAndDuty, 'nb')
    expect(w.findAll('.nb-alongside')).toHaveLength(0)
  })
})
