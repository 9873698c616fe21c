/**
 * The complaint letter: every part a kommune needs, in the order a caseworker expects, the user's
 * words verbatim, and a plain-text form (copy, download) with no invisible direction marks.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLetter, letterText, DIRECTION_MARKS, type LetterInput, type LetterLine } from '@/complaint/letter'
import { i18n, loadMessages } from '@/i18n'
import { legalTextParams } from '@/rules/programme'
import { formatDate } from '@/lib/formatDate'

const today = '2026-11-23'
const tIn = (locale: string) => (key: string, named: Record<string, unknown> = {}) =>
  i18n.global.t(key, { ...legalTextParams(today), ...named }, { locale, escapeParameter: false })
const nbT = tIn('nb')
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
const full: LetterInput = {
  ...base,
  caseNumber: '2026/4711-3',
  decisionDate: '2026-11-05',
  idNumber: '010190 12345',
  address: 'Storgata 1\n5003 Bergen',
  phone: '+47 912 34 567',
}

beforeAll(async () => {
  await loadMessages('nb')
  await loadMessages('ar')
})

const text = (l: LetterLine[]) => letterText(l)
const lineIndex = (lines: string[], start: string) => lines.findIndex((l) => l.startsWith(start))

describe('the complaint letter (forvaltningsloven § 32)', () => {
  it('has every part: sender, addressee, date, subject, the decision and when it came, the change, the reasons, signature, and the way on to Statsforvalteren', () => {
    const letter = text(buildLetter(base, nbT, nbDate))
    expect(letter).toContain('Til: Bergen kommune')
    expect(letter).toContain('Dato: 23. november 2026')
    expect(letter).toContain('Klage på vedtak om introduksjonsstønad')
    expect(letter).toContain('Jeg fikk vedtaket 10. november 2026')
    expect(letter).toContain('Dette vil jeg at dere endrer:\nJeg vil ha full stønad.')
    expect(letter).toContain('Dette er grunnene mine:\nJeg bor ikke med foreldrene mine.')
    expect(letter).toContain('sendes videre til Statsforvalteren (integreringsloven § 47)')
    expect(letter).toContain('forvaltningsloven § 18')
    expect(letter).toMatch(/______________________________\nAmina Yusuf$/)
    expect(letter.startsWith('Amina Yusuf\n')).toBe(true)
    expect(letter).not.toContain('tolk')
    expect(letter).not.toContain('etter fristen')
    // without the optional fields, none of their lines
    expect(letter).not.toMatch(/Fødselsnummer|Telefon|saksnummer|datert/)
  })

  it('with every optional field: the sender block, the reference and the date on the decision, as typed, in the order a caseworker expects', () => {
    const lines = text(buildLetter(full, nbT, nbDate)).split('\n')
    expect(lines.slice(0, 6)).toEqual(['Amina Yusuf', 'Fødselsnummer/D-nummer: 010190 12345', 'Storgata 1', '5003 Bergen', 'Telefon: +47 912 34 567', ''])
    const order = [
      lineIndex(lines, 'Til: Bergen kommune'),
      lineIndex(lines, 'Dato: 23. november 2026'),
      lineIndex(lines, 'Klage på vedtak om introduksjonsstønad'),
      lineIndex(lines, 'Deres referanse (saksnummer): 2026/4711-3'),
      lineIndex(lines, 'Vedtaket er datert 5. november 2026.'),
      lineIndex(lines, 'Jeg klager på vedtaket'),
      lineIndex(lines, 'Dette vil jeg at dere endrer:'),
      lineIndex(lines, 'Dette er grunnene mine:'),
      lineIndex(lines, 'Med vennlig hilsen'),
    ]
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('asks for an interpreter, and for a late complaint to be dealt with, only when needed', () => {
    const letter = text(buildLetter({ ...base, interpreter: 'yes', late: true }, nbT, nbDate))
    expect(letter).toContain('Jeg ber om tolk')
    expect(letter).toContain('Klagen kommer etter fristen')
    expect(letter).toContain('forvaltningsloven § 31')
  })

  it('words in another language: verbatim, each followed by a line in Norwegian naming the language and asking for a translation (and an interpreter)', () => {
    const words = 'أريد أن أحصل على الإعانة الكاملة.'
    const letter = text(buildLetter({ ...base, wantedChange: words, reasons: words, textLanguage: 'ar', interpreter: 'yes' }, nbT, nbDate))
    const line = 'Teksten over er skrevet på arabisk. Jeg ber kommunen om å få den oversatt, og om å bruke tolk når dere snakker med meg (tolkeloven).'
    expect(letter).toContain(`Dette vil jeg at dere endrer:\n${words}\n${line}`)
    expect(letter).toContain(`Dette er grunnene mine:\n${words}\n${line}`)
    const noInterpreter = text(buildLetter({ ...base, wantedChange: words, textLanguage: 'ar' }, nbT, nbDate))
    expect(noInterpreter).toContain('Teksten over er skrevet på arabisk. Jeg ber kommunen om å få den oversatt.')
    // Norwegian text: no such line
    expect(text(buildLetter({ ...base, textLanguage: 'nb' }, nbT, nbDate))).not.toContain('Teksten over')
  })

  it.each([
    ['Arabic, right to left', 'أريد أن أحصل على الإعانة الكاملة. (§ 20)'],
    ['Tigrinya, Ethiopic script', 'ምሉእ ሓገዝ ክወሃበኒ ደልየ እየ።'],
    ['Persian with a Latin fragment', 'من در Oslo زندگی می‌کنم و ۲ بچه دارم'],
    ['markup and message syntax', '<script>alert(1)</script> {name} @:x | $ & "quotes" \'apos\''],
  ])("quotes the user's words exactly as typed, with no direction marks in the text: %s", (_name, words) => {
    const lines = buildLetter({ ...full, wantedChange: words, reasons: words, fullName: words, kommuneName: words, caseNumber: words, address: words }, nbT, nbDate)
    const plain = text(lines)
    expect(plain.split(words).length - 1).toBeGreaterThanOrEqual(6)
    expect(plain).not.toContain('&lt;')
    expect(plain).not.toMatch(DIRECTION_MARKS)
    // the user's words are their own segments: the page isolates them (bdi)
    expect(lines.flat().filter((s) => s.kind === 'user' && s.text === words).length).toBeGreaterThanOrEqual(6)
  })

  it('keeps line breaks of the user text; CRLF for the downloaded file', () => {
    const lines = buildLetter({ ...base, reasons: 'Første linje.\n\nAndre linje.' }, nbT, nbDate)
    expect(text(lines)).toContain('Første linje.\n\nAndre linje.')
    expect(letterText(lines, '\r\n')).toContain('Første linje.\r\n\r\nAndre linje.')
  })

  it('marks citations as whole segments, in Norwegian and in the translation', () => {
    for (const t of [nbT, tIn('ar')]) {
      const citations = buildLetter({ ...base, late: true }, t, nbDate).flat().filter((s) => s.kind === 'citation').map((s) => s.text)
      expect(citations).toEqual(expect.arrayContaining(['integreringsloven § 47', 'forvaltningsloven § 31', 'forvaltningsloven § 18']))
    }
  })
})
