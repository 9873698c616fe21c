import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ResultView from '@/views/ResultView.vue'
import { useAnswersStore } from '@/stores/answers'
import { mountWithApp } from '../support/mount'
import type { LocaleCode } from '@/i18n/locales'
import type { Answers } from '@/rules/types'
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

  it('tailors the programme: parent guidance, the stønad in kroner from G', async () => {
    const w = await resultFor(rightAndDuty)
    expect(w.find('[data-content="parent-guidance"]').exists()).toBe(true)
    // full stønad = 2 G = 2 × 136 549 from 1 May 2026
    expect(w.find('[data-stipend]').text()).toMatch(/273\s?098/)
    expect(w.find('[data-stipend-young]').exists()).toBe(false)
    expect(w.text()).toMatch(/Reglene ble sist sjekket \d+\. \w+ \d{4}/)
  })

  it("names the person's own dates and the next step: the start deadline has passed", async () => {
    // settled 1 June 2025, looked at on 23 November 2026
    const w = await resultFor(rightAndDuty)
    const start = w.find('time[data-key-date="start-deadline"]')
    expect(start.attributes('datetime')).toBe('2025-09-01')
    expect(start.text()).toBe('1. september 2025')
    const step = w.find('[data-next-step="start-passed"]')
    expect(step.text()).toContain('Den datoen har gått')
    expect(step.text()).toContain('Jeg ble bosatt i kommunen 1. juni 2025') // what to write
    expect(step.find('a[href="#/complaint"]').exists()).toBe(true)
    expect(w.find('time[data-key-date="two-year-limit"]').attributes('datetime')).toBe('2027-06-01')
    expect(w.find('[data-next-step="decide-before"]').text()).toContain('Har ikke kommunen bestemt noe ennå?')
    expect(w.find('[data-next-step="first-kommune-only"]').text()).toContain('Flytter du før du har begynt i programmet, mister du retten')
  })

  it('the start deadline still ahead: the date, and what to do if nothing happens', async () => {
    const w = await resultFor({ ...rightAndDuty, permitDate: '2026-09-01', settlementDate: '2026-10-15' })
    expect(w.find('time[data-key-date="start-deadline"]').attributes('datetime')).toBe('2027-01-15')
    expect(w.find('[data-next-step="start-ahead"]').text()).toContain('Har ingenting skjedd innen den datoen')
  })

  it('for cannot-tell, says what each answer would give and links back to the question', async () => {
    const w = await resultFor({ permit: 'refugee', permitDate: '2020-12-15' })
    expect(w.find('[data-outcome]').attributes('data-outcome')).toBe('cannot-tell')
    const point = w.find('[data-if-answered="arrivalDate"]')
    expect(point.text()).toContain('Hvis datoen er før 1. januar 2021: den gamle loven gjelder for deg.')
    expect(point.find('a[href="#/question/arrivalDate?change=1"]').exists()).toBe(true)
  })

  it('no "under 25" sentence for someone who is not, and one for someone who may be', async () => {
    const at57 = { ...rightAndDuty, birthDate: '1968-01-01', permitDate: '2025-03-10' }
    const old = await resultFor(at57)
    expect(old.find('[data-outcome]').attributes('data-outcome')).toBe('may-be-offered')
    expect(old.find('[data-stipend]').exists()).toBe(true)
    expect(old.find('[data-stipend-young]').exists()).toBe(false)
    // reasons never say the permit gives a right under a "no right" headline
    expect(old.find('[data-reason="permit-refugee"]').text()).not.toMatch(/Det gir rett/)
    const young = await resultFor({ ...rightAndDuty, imdiAgreement: 'no', birthDate: '2004-01-01' })
    expect(young.find('[data-outcome]').attributes('data-outcome')).toBe('may-be-offered')
    expect(young.find('[data-stipend-young]').text()).toContain('Er du under 25 år, får du mindre.')
  })

  it('collective protection from 2026: samfunnskunnskap is not listed as content, and the rule is cited', async () => {
    const w = await resultFor({ ...rightAndDuty, permit: 'collective-protection', permitDate: '2025-02-01', settlementDate: '2025-09-01' })
    expect(w.find('[data-outcome]').attributes('data-outcome')).toBe('right-temporary-rules')
    expect(w.find('[data-content="society"]').exists()).toBe(false)
    const note = w.find('[data-content-left-out="society"]')
    expect(note.text()).toContain('Spør kommunen om samfunnskunnskap er med for deg nå') // chapter 6A past its end date
    expect(note.find('a.citation').text()).toBe('integreringsloven § 37 c')
    // chapter 6A is cited as 6A, not the reception-centre rule § 37 a
    expect(w.find('[data-reason="collective-protection-temporary-rules"]').text()).not.toContain('§ 37 a')
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

  it('says in one sentence, with its date, that a rule the result turns on is new or ends soon', async () => {
    // The job rule of 1 January 2026 decided (no 30-hour job), looked at on 23 November 2026.
    const job = await resultFor(rightAndDuty)
    const note = job.find('[data-law-note="JOB_HOURS"]')
    expect(note.text()).toContain('Regelen om jobb er ny. Den har gjeldt fra 1. januar 2026.')
    expect(note.find('time').attributes('datetime')).toBe('2026-01-01')
    // Chapter 6A ahead of its end as enacted (1 July 2026), looked at on 1 December 2025.
    const w = await mountWithApp(ResultView, {}, 'nb')
    const store = useAnswersStore()
    store.today = '2025-12-01'
    store.state = { answers: { ...rightAndDuty, permit: 'collective-protection', permitDate: '2025-02-01', settlementDate: '2025-09-01' } as Answers, unknownDates: [] }
    await w.vm.$nextTick()
    expect(w.find('[data-outcome]').attributes('data-outcome')).toBe('right-temporary-rules')
    expect(w.find('[data-law-note="CHAPTER_6A"]').text()).toContain('gjelder til 1. juli 2026')
    expect(w.find('[data-law-note="CHAPTER_6A"] time').attributes('datetime')).toBe('2026-07-01')
    // Under a result that the job did not decide: nothing said.
    const old = await resultFor({ ...rightAndDuty, birthDate: '1968-01-01' })
    expect(old.find('[data-law-note]').exists()).toBe(false)
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
