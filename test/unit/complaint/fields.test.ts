/**
 * The complaint helper's checks, written once (src/complaint/fields.ts): what each step accepts
 * and the message key of each error, and stored answers read back through the same checks.
 */
import { describe, expect, it } from 'vitest'
import { checkStep, firstOpenStep, validateStored, STEP_FIELDS } from '@/complaint/fields'
import { checkIdNumber, withCheckDigits } from '@/complaint/idNumber'
import { guessLanguage } from '@/complaint/language'

const today = '2026-11-23'
const ctx = { today, answers: { noticeReceived: '2026-11-10' } }
const parts = (day: string, month: string, year: string) => ({ day, month, year })

/** A valid number for a birth date 'DDMMYY': the first individual number that has check digits. */
function valid(date: string): string {
  for (let i = 100; i < 1000; i++) {
    const n = withCheckDigits(`${date}${i}`)
    if (n) return n
  }
  throw new Error('none')
}

describe('each step, checked', () => {
  it('decision: one of the list', () => {
    expect(checkStep('decision', { decision: 'stipend' }, ctx)).toMatchObject({ errors: [], patch: { decision: 'stipend' } })
    expect(checkStep('decision', {}, ctx).errors).toEqual([{ field: 'decision', key: 'complaint.error.choose' }])
  })

  it('the notice: a whole date, not in the future', () => {
    expect(checkStep('notice', { noticeReceived: parts('10', '11', '2026') }, ctx).patch).toEqual({ noticeReceived: '2026-11-10' })
    expect(checkStep('notice', { noticeReceived: parts('', '', '') }, ctx).errors[0]).toMatchObject({ key: 'complaint.error.dateRequired', part: 'day' })
    expect(checkStep('notice', { noticeReceived: parts('', '11', '2026') }, ctx).errors[0]).toMatchObject({ key: 'complaint.error.dayMissing', part: 'day' })
    expect(checkStep('notice', { noticeReceived: parts('31', '11', '2026') }, ctx).errors[0]).toMatchObject({ key: 'error.date.day-invalid', part: 'day' })
    expect(checkStep('notice', { noticeReceived: parts('1', '1', '2027') }, ctx).errors[0]).toMatchObject({ key: 'error.date.in-future' })
  })

  it('the kommune: the name is needed; the case number and the date on the letter may be left empty', () => {
    const r = checkStep('kommune', { kommuneName: ' Bergen kommune ', caseNumber: '', decisionDate: parts('', '', '') }, ctx)
    expect(r).toEqual({ errors: [], patch: { kommuneName: 'Bergen kommune' }, cleared: ['caseNumber', 'decisionDate'] })
    const all = checkStep('kommune', { kommuneName: 'Bergen kommune', caseNumber: '2026/4711-3', decisionDate: parts('5', '11', '2026') }, ctx)
    expect(all.patch).toEqual({ kommuneName: 'Bergen kommune', caseNumber: '2026/4711-3', decisionDate: '2026-11-05' })
    expect(checkStep('kommune', { kommuneName: '' }, ctx).errors[0]).toMatchObject({ field: 'kommuneName', key: 'complaint.error.required' })
    // the date on the letter cannot be after the day it came
    expect(checkStep('kommune', { kommuneName: 'K', decisionDate: parts('12', '11', '2026') }, ctx).errors[0]).toMatchObject({ field: 'decisionDate', key: 'complaint.error.decisionAfterNotice' })
    expect(checkStep('kommune', { kommuneName: 'K', caseNumber: 'x'.repeat(61) }, ctx).errors[0]).toMatchObject({ field: 'caseNumber', key: 'complaint.error.tooLong', named: { max: 60 } })
  })

  it('the change: both texts needed, any language, line breaks kept', () => {
    const r = checkStep('change', { wantedChange: 'A\r\nB', reasons: 'C', textLanguage: 'ar' }, ctx)
    expect(r.patch).toEqual({ wantedChange: 'A\nB', reasons: 'C', textLanguage: 'ar' })
    expect(checkStep('change', { wantedChange: ' ', reasons: '' }, ctx).errors.map((e) => e.field)).toEqual(['wantedChange', 'reasons'])
    expect(checkStep('change', { wantedChange: 'a', reasons: 'b\u0007' }, ctx).errors[0]).toMatchObject({ key: 'complaint.error.badCharacters' })
  })

  it('about you: the name and the interpreter answer are needed; ID number, address and phone may be left empty, and are checked when given', () => {
    const fnr = valid('010190')
    const r = checkStep('name', { fullName: 'Amina', interpreter: 'no', idNumber: ` ${fnr} `, address: 'Storgata 1\n5003 Bergen', phone: '+47 912 34 567' }, ctx)
    expect(r.errors).toEqual([])
    expect(r.patch).toEqual({ fullName: 'Amina', interpreter: 'no', idNumber: fnr, address: 'Storgata 1\n5003 Bergen', phone: '+47 912 34 567' })
    expect(checkStep('name', { fullName: 'Amina', interpreter: 'no' }, ctx).cleared).toEqual(['idNumber', 'address', 'phone'])
    expect(checkStep('name', { fullName: '', interpreter: '' }, ctx).errors.map((e) => [e.field, e.key])).toEqual([
      ['fullName', 'complaint.error.required'],
      ['interpreter', 'complaint.error.choose'],
    ])
    const wrong = fnr.slice(0, 10) + String((Number(fnr[10]) + 1) % 10)
    expect(checkStep('name', { fullName: 'A', interpreter: 'no', idNumber: wrong }, ctx).errors[0]).toMatchObject({ field: 'idNumber', key: 'complaint.error.id-check' })
    expect(checkStep('name', { fullName: 'A', interpreter: 'no', idNumber: '1234' }, ctx).errors[0]).toMatchObject({ key: 'complaint.error.id-format' })
    expect(checkStep('name', { fullName: 'A', interpreter: 'no', phone: 'ring meg' }, ctx).errors[0]).toMatchObject({ field: 'phone', key: 'complaint.error.phone' })
  })

  it('every step names its form by its first field (contract: data-question)', () => {
    expect(Object.values(STEP_FIELDS).map((f) => f[0])).toEqual(['decision', 'noticeReceived', 'kommuneName', 'wantedChange', 'fullName'])
  })
})

describe('fødselsnummer and D-nummer: both check digits, modulo 11', () => {
  it('accepts a number whose check digits are right, and a D-nummer', () => {
    const fnr = valid('010190')
    expect(checkIdNumber(fnr)).toEqual({ ok: true, value: fnr, kind: 'fødselsnummer' })
    const d = valid('410190')
    expect(checkIdNumber(d)).toMatchObject({ ok: true, kind: 'd-nummer' })
    expect(checkIdNumber(`${fnr.slice(0, 6)} ${fnr.slice(6)}`)).toMatchObject({ ok: true, value: fnr })
  })

  it('rejects any single wrong digit', () => {
    const fnr = valid('150687')
    for (let i = 0; i < 11; i++) {
      const bad = fnr.slice(0, i) + String((Number(fnr[i]) + 1) % 10) + fnr.slice(i + 1)
      expect(checkIdNumber(bad).ok, bad).toBe(false)
    }
  })

  it('rejects the wrong length and letters', () => {
    expect(checkIdNumber('0101901234')).toEqual({ ok: false, error: 'id-format' })
    expect(checkIdNumber('0101901234x')).toEqual({ ok: false, error: 'id-format' })
  })

  it('a number checked by hand passes', () => {
    // 010107 501 60: k1 = 11 − (0+7+0+1+0+63+20+0+2) mod 11 = 11 − 5 = 6;
    // k2 = 11 − (0+4+0+2+0+42+25+0+3+12) mod 11 = 11 − 0 → 0.
    expect(checkIdNumber('01010750160').ok).toBe(true)
    expect(checkIdNumber('01010750161').ok).toBe(false)
  })
})

describe('the language of the user’s text', () => {
  it.each([
    ['أريد الإعانة الكاملة', 'nb', 'ar'],
    ['من می‌خواهم کمک کامل بگیرم', 'nb', 'fa'],
    ['زه غواړم ښه مرسته', 'fa', 'ps'],
    ['دەمەوێت یارمەتی تەواو وەربگرم', 'ar', 'ckb'],
    ['ምሉእ ሓገዝ ክወሃበኒ', 'nb', 'ti'],
    ['Я хочу отримати повну допомогу і підтримку', 'ru', 'uk'],
    ['Я хочу получить полную помощь, это важно', 'uk', 'ru'],
    ['Jeg vil ha full stønad fordi jeg bor alene', 'en', 'nb'],
    ['I want the full amount', 'en', 'en'],
    ['Waxaan rabaa kaalmo buuxda', 'so', 'so'],
    ['I want the full amount', 'ar', 'other'],
    ['Full amount please', 'nb', 'nb'],
  ])('%s (shown in %s) → %s', (text, shown, expected) => {
    expect(guessLanguage(text, shown)).toBe(expected)
  })
})

describe('stored complaint answers', () => {
  it('keep what is valid and drop the rest, with the same checks as the steps', () => {
    const { answers, dropped } = validateStored(
      { decision: 'stipend', noticeReceived: '2026-02-30', kommuneName: 'x'.repeat(101), fullName: 'Ola', interpreter: 'maybe', county: '46', idNumber: '12345678901', evil: 1 },
      today,
    )
    expect(answers).toEqual({ decision: 'stipend', fullName: 'Ola', county: '46' })
    expect(dropped).toBe(5)
  })

  it.each([null, 'x', 42, [], { decision: {} }])('never throw on %o', (raw) => {
    expect(() => validateStored(raw, today)).not.toThrow()
  })

  it('send a deep link to the first step not done, and stop at a decision that cannot be appealed', () => {
    expect(firstOpenStep({})).toBe('decision')
    expect(firstOpenStep({ decision: 'holiday', noticeReceived: '2026-11-10' })).toBe('decision')
    expect(firstOpenStep({ decision: 'leave', noticeReceived: '2026-11-10' })).toBe('kommune')
    expect(firstOpenStep({ decision: 'leave', noticeReceived: '2026-11-10', kommuneName: 'K', wantedChange: 'a', reasons: 'b', fullName: 'c', interpreter: 'no' })).toBe('letter')
  })
})
