/**
 * The complaint helper's steps (src/complaint/steps): each step's errors in the user's language
 * with nothing typed lost, the kommune prefilled from the page that embeds the guide, and the
 * letter with and without the optional fields.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Component } from 'vue'
import { mountWithApp } from '../../support/mount'
import { useComplaintStore } from '@/complaint/store'
import { withCheckDigits } from '@/complaint/idNumber'
import DecisionStep from '@/complaint/steps/DecisionStep.vue'
import NoticeStep from '@/complaint/steps/NoticeStep.vue'
import KommuneStep from '@/complaint/steps/KommuneStep.vue'
import ChangeStep from '@/complaint/steps/ChangeStep.vue'
import NameStep from '@/complaint/steps/NameStep.vue'
import LetterPage from '@/complaint/LetterPage.vue'

// The kommune that embeds the guide (src/embed/useKommune): Bergen.
vi.mock('@/embed/useKommune', () => ({ kommune: { name: 'Bergen kommune' }, hasKommuneContact: true, source: { trusted: true } }))

const TODAY = '2026-11-23'
beforeEach(() => sessionStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
})

async function mountStep(component: Component, answers: Record<string, string> = {}, locale: 'nb' | 'ar' = 'nb') {
  const w = await mountWithApp(component, {}, locale)
  const store = useComplaintStore()
  store.today = TODAY
  store.answers = { ...answers }
  await w.vm.$nextTick()
  return { w, store }
}
const submit = async (w: Awaited<ReturnType<typeof mountStep>>['w']) => {
  await w.find('form').trigger('submit')
  await flushPromises()
}
const summary = (w: Awaited<ReturnType<typeof mountStep>>['w']) => w.find('[data-error-summary]')

describe('decision', () => {
  it('nothing chosen: an error summary and the message at the options', async () => {
    const { w } = await mountStep(DecisionStep)
    expect(w.find('form').attributes('data-question')).toBe('decision')
    await submit(w)
    expect(summary(w).text()).toContain('Velg ett av svarene.')
    expect(w.find('input[name="decision"]').attributes('aria-invalid')).toBe('true')
    expect(w.emitted('done')).toBeUndefined()
  })

  it('a decision that cannot be appealed: why, and what to do instead; an appealable one goes on', async () => {
    const { w, store } = await mountStep(DecisionStep)
    await w.find('input[value="holiday"]').setValue(true)
    await submit(w)
    expect(w.find('[data-explanation="holiday"]').text()).toContain('Vedtak om ferie kan du ikke klage på.')
    expect(w.emitted('done')).toBeUndefined()
    await w.find('input[value="stipend"]').setValue(true)
    await submit(w)
    expect(store.answers.decision).toBe('stipend')
    expect(w.emitted('done')).toHaveLength(1)
  })
})

describe('notice', () => {
  it('a missing date, a day that does not exist, then a good one', async () => {
    const { w, store } = await mountStep(NoticeStep, { decision: 'stipend' })
    expect(w.find('form').attributes('data-question')).toBe('noticeReceived')
    await submit(w)
    expect(summary(w).text()).toContain('Skriv datoen.')
    await w.find('input[name="day"]').setValue('31')
    await w.find('input[name="month"]').setValue('11')
    await w.find('input[name="year"]').setValue('2026')
    await submit(w)
    expect(summary(w).text()).toContain('Den dagen finnes ikke i den måneden.')
    expect(w.find('input[name="day"]').attributes('aria-invalid')).toBe('true')
    expect((w.find('input[name="year"]').element as HTMLInputElement).value).toBe('2026') // nothing lost
    await w.find('input[name="day"]').setValue('10')
    await submit(w)
    expect(store.answers.noticeReceived).toBe('2026-11-10')
    expect(w.emitted('done')).toHaveLength(1)
  })
})

describe('kommune', () => {
  it('prefilled with the kommune that shows the guide; case number and letter date optional', async () => {
    const { w, store } = await mountStep(KommuneStep, { decision: 'stipend', noticeReceived: '2026-11-10' })
    expect(w.find('form').attributes('data-question')).toBe('kommuneName')
    expect((w.find('input[name="kommuneName"]').element as HTMLInputElement).value).toBe('Bergen kommune')
    await submit(w)
    expect(store.answers).toMatchObject({ kommuneName: 'Bergen kommune' })
    expect(store.answers.caseNumber).toBeUndefined()
    expect(w.emitted('done')).toHaveLength(1)
  })

  it('a letter dated after it came: a clear message, the other fields kept', async () => {
    const { w, store } = await mountStep(KommuneStep, { decision: 'stipend', noticeReceived: '2026-11-10' })
    await w.find('input[name="caseNumber"]').setValue('2026/4711')
    await w.find('input[name="day"]').setValue('12')
    await w.find('input[name="month"]').setValue('11')
    await w.find('input[name="year"]').setValue('2026')
    await submit(w)
    expect(summary(w).text()).toContain('Datoen på brevet kan ikke være etter dagen du fikk det.')
    expect((w.find('input[name="caseNumber"]').element as HTMLInputElement).value).toBe('2026/4711')
    expect(store.answers.caseNumber).toBeUndefined()
    await w.find('input[name="day"]').setValue('5')
    await submit(w)
    expect(store.answers).toMatchObject({ caseNumber: '2026/4711', decisionDate: '2026-11-05' })
  })
})

describe('change', () => {
  it('both texts needed; the language is guessed from what is typed', async () => {
    const { w, store } = await mountStep(ChangeStep, {}, 'ar')
    expect(w.find('form').attributes('data-question')).toBe('wantedChange')
    await submit(w)
    expect(w.findAll('[data-error-summary] li')).toHaveLength(2)
    await w.find('textarea[name="wantedChange"]').setValue('أريد الإعانة الكاملة')
    await w.find('textarea[name="reasons"]').setValue('أسكن وحدي')
    expect((w.find('select[name="textLanguage"]').element as HTMLSelectElement).value).toBe('ar')
    await submit(w)
    expect(store.answers).toMatchObject({ wantedChange: 'أريد الإعانة الكاملة', reasons: 'أسكن وحدي', textLanguage: 'ar' })
  })
})

describe('about you', () => {
  const valid = () => {
    for (let i = 100; i < 1000; i++) {
      const n = withCheckDigits(`010190${i}`)
      if (n) return n
    }
    throw new Error('none')
  }

  it('a wrong ID number gets a clear message, and nothing typed is lost', async () => {
    const { w, store } = await mountStep(NameStep)
    expect(w.find('form').attributes('data-question')).toBe('fullName')
    expect(w.find('input[name="idNumber"]').attributes('inputmode')).toBe('numeric')
    expect(w.find('input[name="phone"]').attributes('type')).toBe('tel')
    await w.find('input[name="fullName"]').setValue('Amina Yusuf')
    await w.find('input[value="no"]').setValue(true)
    const fnr = valid()
    await w.find('input[name="idNumber"]').setValue(fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10))
    await submit(w)
    expect(summary(w).text()).toContain('Dette er ikke et riktig fødselsnummer eller D-nummer.')
    expect((w.find('input[name="fullName"]').element as HTMLInputElement).value).toBe('Amina Yusuf')
    expect(store.answers.fullName).toBeUndefined()
    await w.find('input[name="idNumber"]').setValue(fnr)
    await submit(w)
    expect(store.answers).toMatchObject({ fullName: 'Amina Yusuf', idNumber: fnr, interpreter: 'no' })
    expect(w.emitted('done')).toHaveLength(1)
  })
})

describe('the letter', () => {
  const required = {
    decision: 'stipend',
    noticeReceived: '2026-11-10',
    kommuneName: 'Bergen kommune',
    wantedChange: 'Full stønad.',
    reasons: 'Jeg bor alene.',
    fullName: 'Amina Yusuf',
    interpreter: 'no',
  }

  it('without the optional fields', async () => {
    const { w } = await mountStep(LetterPage, required)
    const letter = w.find('[data-letter]').text()
    expect(letter).toContain('Til: Bergen kommune')
    expect(letter).not.toContain('Fødselsnummer')
    expect(letter).not.toContain('saksnummer')
  })

  it('with every field, as typed, and a download with no direction marks; a double click saves once', async () => {
    const { w } = await mountStep(LetterPage, {
      ...required,
      wantedChange: 'أريد الإعانة الكاملة',
      textLanguage: 'ar',
      caseNumber: '2026/4711-3',
      decisionDate: '2026-11-05',
      idNumber: '01010750160',
      address: 'Storgata 1\n5003 Bergen',
      phone: '+47 912 34 567',
    })
    const letter = w.find('[data-letter]').text()
    for (const s of ['Fødselsnummer/D-nummer: 01010750160', 'Storgata 1', '5003 Bergen', 'Telefon: +47 912 34 567', 'Deres referanse (saksnummer): 2026/4711-3', 'Vedtaket er datert 5. november 2026.', 'Teksten over er skrevet på arabisk.']) {
      expect(letter).toContain(s)
    }
    // the user's words shown isolated
    expect(w.findAll('[data-letter] bdi').some((b) => b.text() === 'أريد الإعانة الكاملة')).toBe(true)

    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'))
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const button = w.find('[data-action="download"]')
    await button.trigger('click', { detail: 1 })
    await button.trigger('click', { detail: 2 }) // the second click of a double click
    expect(blobs).toHaveLength(1)
    const text = await blobs[0]!.text()
    expect(text).toContain('أريد الإعانة الكاملة')
    expect(text).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
    expect(text).toContain('\r\n')
  })
})
