import { afterEach, describe, expect, it } from 'vitest'
import QuestionForm from '@/components/QuestionForm.vue'
import { getQuestion } from '@/flow/questions'
import { mountWithApp } from '../support/mount'

const today = '2026-11-23'
const q = (id: string) => getQuestion(id)!

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuestionForm: a choice question', () => {
  it('renders the contract hooks: form[data-question], named radios with labels, a submit button', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('settled'), today } })
    expect(w.find('form').attributes('data-question')).toBe('settled')
    const radios = w.findAll('input[type="radio"][name="settled"]')
    expect(radios.map((r) => r.attributes('value'))).toEqual(['yes', 'no', 'unknown'])
    for (const r of radios) expect(w.find(`label[for="${r.attributes('id')}"]`).text()).not.toBe('')
    expect(w.find('legend h1').text()).toBe('Bor du i en kommune nå?')
    expect(w.findAll('button[type="submit"]')).toHaveLength(1)
  })

  it('shows an error summary and field error in the user\'s language when nothing is chosen, and emits nothing', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('settled'), today } })
    await w.find('form').trigger('submit')
    const summary = w.find('[data-error-summary]')
    expect(summary.exists()).toBe(true)
    expect(summary.text()).toContain('Velg ett av svarene')
    expect(w.find('input[name="settled"]').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(summary.element)
    expect(w.emitted('answer')).toBeUndefined()
  })

  it('accepts "I don\'t know" as an answer', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('settled'), today } })
    await w.find('input[value="unknown"]').setValue(true)
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([['unknown']])
  })

  it('prefills the stored answer', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('permit'), today, value: 'collective-protection' } })
    expect((w.find('input[value="collective-protection"]').element as HTMLInputElement).checked).toBe(true)
  })

  it('shows the same questions in English', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('settled'), today } }, 'en')
    expect(w.find('legend h1').text()).not.toBe('Bor du i en kommune nå?')
    expect(w.text()).not.toMatch(/question\.settled/)
  })
})

describe('QuestionForm: a date question', () => {
  it('has day, month and year fields with numeric keyboards', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('permitDate'), today } })
    for (const name of ['day', 'month', 'year']) {
      const input = w.find(`form[data-question="permitDate"] input[name="${name}"]`)
      expect(input.attributes('inputmode')).toBe('numeric')
      expect(w.find(`label[for="${input.attributes('id')}"]`).exists()).toBe(true)
    }
  })

  it('gives a date with an empty day as YYYY-MM', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('permitDate'), today } })
    await w.find('input[name="month"]').setValue('3')
    await w.find('input[name="year"]').setValue('2024')
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([['2024-03']])
  })

  it('gives a full date', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('permitDate'), today } })
    await w.find('input[name="day"]').setValue('15')
    await w.find('input[name="month"]').setValue('03')
    await w.find('input[name="year"]').setValue('2024')
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([['2024-03-15']])
  })

  it('marks an impossible day as invalid with a message tied to the field, keeping what was typed', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('permitDate'), today } })
    await w.find('input[name="day"]').setValue('30')
    await w.find('input[name="month"]').setValue('2')
    await w.find('input[name="year"]').setValue('2023')
    await w.find('form').trigger('submit')
    const day = w.find('input[name="day"]')
    expect(day.attributes('aria-invalid')).toBe('true')
    const message = document.getElementById(day.attributes('aria-describedby')!)
    expect(message?.textContent).toContain('Den dagen finnes ikke')
    expect((day.element as HTMLInputElement).value).toBe('30')
    expect((w.find('input[name="year"]').element as HTMLInputElement).value).toBe('2023')
    expect(w.emitted('answer')).toBeUndefined()
  })

  it('rejects a date in the future', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('settlementDate'), today } })
    await w.find('input[name="month"]').setValue('1')
    await w.find('input[name="year"]').setValue('2027')
    await w.find('form').trigger('submit')
    expect(w.find('[data-error-summary]').text()).toContain('fram i tid')
  })

  it('"I don\'t know the date" answers with no date', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('permitDate'), today } })
    await w.find('input[name="unknown"]').setValue(true)
    expect(w.find('input[name="year"]').attributes('disabled')).toBeDefined()
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([[null]])
  })

  it('a birth date may be only a year, and has no "I don\'t know"', async () => {
    const w = await mountWithApp(QuestionForm, { props: { question: q('birthDate'), today } })
    expect(w.find('input[name="unknown"]').exists()).toBe(false)
    await w.find('input[name="year"]').setValue('1990')
    await w.find('form').trigger('submit')
    expect(w.emitted('answer')).toEqual([['1990']])
  })
})
