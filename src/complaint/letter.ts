/**
 * Builds the complaint letter as plain text (forvaltningsloven § 32: who complains, which
 * decision and when it was received, the change wanted, the reasons, date and signature).
 * The Bokmål letter and "the same letter in your language" come from the same function with a
 * different translator. The user's own words are put in exactly as typed, never through the
 * message compiler, and the result is shown as text, never as HTML.
 */
import type { AppealableDecision } from '@/rules/complaintRoute'

export interface LetterInput {
  decision: AppealableDecision
  /** 'YYYY-MM-DD' */
  noticeReceived: string
  kommuneName: string
  wantedChange: string
  reasons: string
  fullName: string
  interpreter: 'yes' | 'no'
  /** the deadline has passed: ask for the complaint to be dealt with all the same */
  late: boolean
  /** 'YYYY-MM-DD', the letter's date */
  today: string
}

/** A message in the letter's language, with legal placeholders filled; no user text goes in. */
export type Translate = (key: string, named?: Record<string, unknown>) => string
export type FormatDate = (iso: string) => string

/** First-strong isolates keep right-to-left or Ethiopic words from reordering the Norwegian line. */
const isolate = (text: string) => `\u2068${text}\u2069`

export function buildLetter(input: LetterInput, t: Translate, formatDate: FormatDate): string {
  // Placeholders are filled with markers and the user's text is put in afterwards, so nothing
  // the user typed is ever read as message syntax or escaped.
  const KOMMUNE = '\u0000K\u0000'
  const NAME = '\u0000N\u0000'
  const user = (s: string) => s.split(KOMMUNE).join(isolate(input.kommuneName)).split(NAME).join(isolate(input.fullName))
  const decision = t(`letter.decision.${input.decision}`)
  const lines = [
    user(t('letter.to', { kommune: KOMMUNE })),
    user(t('letter.from', { name: NAME })),
    t('letter.date', { date: formatDate(input.today) }),
    '',
    t('letter.subject', { decision }),
    '',
    user(t('letter.intro', { kommune: KOMMUNE, decision, received: formatDate(input.noticeReceived) })),
    '',
    t('letter.wantedHeading'),
    isolate(input.wantedChange),
    '',
    t('letter.reasonsHeading'),
    isolate(input.reasons),
    '',
  ]
  if (input.late) lines.push(t('letter.late'), '')
  if (input.interpreter === 'yes') lines.push(t('letter.interpreter'), '')
  lines.push(t('letter.documents'), '', user(t('letter.forward')), '', t('letter.closing'), '', '', '______________________________', `${t('letter.signature')}: ${isolate(input.fullName)}`)
  return lines.join('\n')
}
