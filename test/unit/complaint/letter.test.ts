import { beforeAll, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { buildLetter, type LetterInput } from '@/complaint/letter'
import { i18n, loadMessages } from '@/i18n'
import { legalTextParams } from '@/rules/programme'
import { formatDate } from '@/lib/formatDate'
import { firstOpenStep, validateComplaint } from '@/stores/complaint'

const today = '2026-11-23'
const nbT = (key: string, named: Record<string, unknown> = {}) =>
  i18n.global.t(key, { ...legalTextParams(today), ...named }, { locale: 'nb', escapeParameter: false })
const nbDate = (iso: string) => formatDate(iso, 'nb')

const base: LetterInput = {
  decision: 'stipend',
  noticeReceived: '2026-11-10',
  kommuneName: 'Bergen kommune',
  wantedChange: 'Jeg vil ha full stønad.',
  reasons: 'Jeg bor ikke med foreldrene mine.',
  fullName: 'Amina Yusuf',
  interpreter: 'no',
  late: false,
  today,
}

beforeAll(async () => {
  setActivePinia(createPinia())
  await loadMessages('nb')
})

describe('the complaint letter (forvaltningsloven § 32)', () => {
  it('has every required part: addressee, who complains, the decision and when it came, the change, the reasons, date and signature, and the way on to Statsforvalteren', () => {
    const letter = buildLetter(base, nbT, nbDate)
    expect(letter).toContain('Til: \u2068Bergen kommune\u2069')
    expect(letter).toContain('Fra: \u2068Amina Yusuf\u2069')
    expect(letter).toContain('Dato: 23. november 2026')
    expect(letter).toContain('Klage på vedtak om introduksjonsstønad')
    expect(letter).toContain('Jeg fikk vedtaket 10. november 2026')
    expect(letter).toContain('Dette vil jeg at dere endrer:')
    expect(letter).toContain('Dette er grunnene mine:')
    expect(letter).toContain('sendes videre til Statsforvalteren (integreringsloven § 47)')
    expect(letter).toContain('forvaltningsloven § 18')
    expect(letter).toMatch(/Underskrift: \u2068Amina Yusuf\u2069$/)
    expect(letter).not.toContain('tolk')
    expect(letter).not.toContain('etter fristen')
  })

  it('asks for an interpreter, and for a late complaint to be dealt with, only when needed', () => {
    const letter = buildLetter({ ...base, interpreter: 'yes', late: true }, nbT, nbDate)
    expect(letter).toContain('Jeg ber om tolk')
    expect(letter).toContain('Klagen kommer etter fristen')
    expect(letter).toContain('forvaltningsloven § 31')
  })

  it.each([
    ['Arabic, right to left', 'أريد أن أحصل على الإعانة الكاملة. (§ 20)'],
    ['Tigrinya, Ethiopic script', 'ምሉእ ሓገዝ ክወሃበኒ ደልየ እየ።'],
    ['Persian with a Latin fragment', 'من در Oslo زندگی می‌کنم و ۲ بچه دارم'],
    ['markup and message syntax', '<script>alert(1)</script> {name} @:x | $ & "quotes" \'apos\''],
    ['line breaks', 'Første linje.\n\nAndre linje.'],
  ])('quotes the user\'s words exactly as typed: %s', (_name, words) => {
    const letter = buildLetter({ ...base, wantedChange: words, reasons: words, fullName: words, kommuneName: words }, nbT, nbDate)
    expect(letter).toContain(`\u2068${words}\u2069`)
    expect(letter.split(words).length - 1).toBeGreaterThanOrEqual(4)
    expect(letter).not.toContain('&lt;')
  })
})

describe('stored complaint answers', () => {
  it('keep what is valid and drop the rest', () => {
    const { answers, dropped } = validateComplaint(
      { decision: 'stipend', noticeReceived: '2026-02-30', kommuneName: 'x'.repeat(101), fullName: 'Ola', interpreter: 'maybe', county: '46', evil: 1 },
      today,
    )
    expect(answers).toEqual({ decision: 'stipend', fullName: 'Ola', county: '46' })
    expect(dropped).toBe(3)
  })

  it.each([null, 'x', 42, [], { decision: {} }])('never throw on %o', (raw) => {
    expect(() => validateComplaint(raw, today)).not.toThrow()
  })

  it('send a deep link to the first step not done, and stop at a decision that cannot be appealed', () => {
    expect(firstOpenStep({})).toBe('decision')
    expect(firstOpenStep({ decision: 'holiday', noticeReceived: '2026-11-10' })).toBe('decision')
    expect(firstOpenStep({ decision: 'leave', noticeReceived: '2026-11-10' })).toBe('kommune')
    expect(
      firstOpenStep({ decision: 'leave', noticeReceived: '2026-11-10', kommuneName: 'K', wantedChange: 'a', reasons: 'b', fullName: 'c', interpreter: 'no' }),
    ).toBe('letter')
  })
})
