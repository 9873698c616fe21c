/**
 * The complaint letter (forvaltningsloven § 32: who complains, which decision and when it was
 * received, the change wanted, the reasons; signed), laid out as a Norwegian caseworker expects:
 * the sender's block, the addressee, the date, "Klage på vedtak om …", the reference, the
 * complaint, the signature line.
 *
 * Built as lines of segments: the letter's own text, the user's words (exactly as typed, never
 * through the message compiler), and citations of the law. The page shows the segments with the
 * user's words isolated (bdi) and citations kept whole; `letterText` gives the plain text for
 * copying and downloading, with no invisible direction marks. The Bokmål letter and "the same
 * letter in your language" come from the same function with a different translator.
 */
import type { AppealableDecision } from './decisions'
import { isNorwegian, type TextLanguage } from './language'

export interface LetterInput {
  decision: AppealableDecision
  /** 'YYYY-MM-DD' */
  noticeReceived: string
  kommuneName: string
  wantedChange: string
  reasons: string
  fullName: string
  interpreter: 'yes' | 'no'
  /** the language of wantedChange and reasons; Norwegian when not given */
  textLanguage?: TextLanguage
  caseNumber?: string
  /** 'YYYY-MM-DD' */
  decisionDate?: string
  idNumber?: string
  address?: string
  phone?: string
  /** the deadline has passed: ask for the complaint to be dealt with all the same */
  late: boolean
  /** 'YYYY-MM-DD', the letter's date */
  today: string
}

/** 'subject': the letter's subject line (shown bold). */
export type Segment = { kind: 'text' | 'user' | 'citation' | 'subject'; text: string }
/** A line of the letter; [] is an empty line. */
export type LetterLine = Segment[]

/** A message in the letter's language, with legal placeholders filled; no user text goes in. */
export type Translate = (key: string, named?: Record<string, unknown>) => string
export type FormatDate = (iso: string) => string

/** "integreringsloven § 47", "forvaltningsloven § 31", "(tolkeloven)": kept on one line, left to right. */
const CITATION = /[A-Za-zÆØÅæøå-]*loven(?: §{1,2} ?\d+(?: ?[a-z]\b)?(?: [a-zæøå]+ ledd)?(?: bokstav [a-z])?)?/g

function withCitations(text: string): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const m of text.matchAll(CITATION)) {
    if (!m[0].includes('§') && !/^tolkeloven$/.test(m[0])) continue
    const i = m.index ?? 0
    if (i > at) out.push({ kind: 'text', text: text.slice(at, i) })
    out.push({ kind: 'citation', text: m[0] })
    at = i + m[0].length
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) })
  return out
}

export function buildLetter(input: LetterInput, t: Translate, formatDate: FormatDate): LetterLine[] {
  // Placeholders are filled with markers and the user's words are put in afterwards, so nothing
  // the user typed is ever read as message syntax or escaped.
  const USER = (n: number) => `\u0000${n}\u0000`
  const userValues: string[] = []
  const mark = (value: string) => {
    userValues.push(value)
    return USER(userValues.length - 1)
  }
  const line = (key: string, named: Record<string, unknown> = {}): LetterLine => {
    const filled = t(key, named)
    const out: Segment[] = []
    for (const [i, part] of filled.split('\u0000').entries()) {
      if (i % 2 === 1) out.push({ kind: 'user', text: userValues[Number(part)] ?? '' })
      else if (part) out.push(...withCitations(part))
    }
    return out
  }
  const user = (value: string): LetterLine[] => value.split('\n').map((l) => (l === '' ? [] : [{ kind: 'user', text: l }]))
  const decision = t(`letter.decision.${input.decision}`)
  const foreign = input.textLanguage !== undefined && !isNorwegian(input.textLanguage)
  const languageLine = () =>
    line(input.interpreter === 'yes' ? 'letter.languageInterpreter' : 'letter.language', {
      language: t(`letter.languageName.${input.textLanguage}`),
    })

  const lines: LetterLine[] = []
  // Sender
  lines.push([{ kind: 'user', text: input.fullName }])
  if (input.idNumber) lines.push(line('letter.idNumber', { id: mark(input.idNumber) }))
  if (input.address) lines.push(...user(input.address))
  if (input.phone) lines.push(line('letter.phone', { phone: mark(input.phone) }))
  lines.push([])
  // Addressee and date
  lines.push(line('letter.to', { kommune: mark(input.kommuneName) }))
  lines.push([])
  lines.push(line('letter.date', { date: formatDate(input.today) }))
  lines.push([])
  // Subject and reference
  lines.push(line('letter.subject', { decision }).map((s): Segment => (s.kind === 'text' ? { kind: 'subject', text: s.text } : s)))
  if (input.caseNumber) lines.push(line('letter.reference', { caseNumber: mark(input.caseNumber) }))
  if (input.decisionDate) lines.push(line('letter.decisionDate', { date: formatDate(input.decisionDate) }))
  lines.push([])
  // The complaint
  lines.push(line('letter.intro', { kommune: mark(input.kommuneName), decision, received: formatDate(input.noticeReceived) }))
  lines.push([])
  lines.push(line('letter.wantedHeading'))
  lines.push(...user(input.wantedChange))
  if (foreign) lines.push(languageLine())
  lines.push([])
  lines.push(line('letter.reasonsHeading'))
  lines.push(...user(input.reasons))
  if (foreign) lines.push(languageLine())
  lines.push([])
  if (input.late) lines.push(line('letter.late'), [])
  if (input.interpreter === 'yes') lines.push(line('letter.interpreter'), [])
  lines.push(line('letter.documents'), [], line('letter.forward'), [], line('letter.closing'), [], [])
  // Signature
  lines.push([{ kind: 'text', text: '______________________________' }], [{ kind: 'user', text: input.fullName }])
  return lines
}

/** Invisible direction marks and isolates: never in a copied or downloaded letter. */
export const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/** The letter as plain text: the user's words verbatim, no direction marks. */
export function letterText(lines: LetterLine[], newline = '\n'): string {
  return lines.map((l) => l.map((s) => s.text).join('').replace(DIRECTION_MARKS, '')).join(newline)
}
