/**
 * The complaint helper's steps, their fields, and every check on them — written once, used both
 * when the user sends a step (the step components) and when stored answers are read back (the
 * store). Pure TypeScript: no Vue.
 *
 * Contract (rules-api.md section 3): each step is a form with data-question = its first field.
 */
import { DECISIONS, isAppealable, type Decision } from './decisions'
import { COUNTIES } from './statsforvalteren'
import { checkIdNumber } from './idNumber'
import { TEXT_LANGUAGES, type TextLanguage } from './language'
import { parseDateParts, toDateParts, type DateParts } from '@/flow/dateParts'

export interface ComplaintAnswers {
  decision?: Decision
  /** 'YYYY-MM-DD': the day the decision letter reached the person */
  noticeReceived?: string
  kommuneName?: string
  /** the kommune's case number, as typed */
  caseNumber?: string
  /** 'YYYY-MM-DD': the date on the decision letter */
  decisionDate?: string
  wantedChange?: string
  reasons?: string
  /** the language the user wrote wantedChange and reasons in */
  textLanguage?: TextLanguage
  fullName?: string
  /** fødselsnummer or D-nummer, 11 digits */
  idNumber?: string
  address?: string
  phone?: string
  interpreter?: 'yes' | 'no'
  /** county number, for the Statsforvalter office (not part of the letter) */
  county?: string
}
export type Field = keyof ComplaintAnswers

export const STEPS = ['decision', 'notice', 'kommune', 'change', 'name', 'letter'] as const
export type Step = (typeof STEPS)[number]
export type FormStep = Exclude<Step, 'letter'>

/** The fields of each step, the first one naming the form (data-question). */
export const STEP_FIELDS: Record<FormStep, readonly Field[]> = {
  decision: ['decision'],
  notice: ['noticeReceived'],
  kommune: ['kommuneName', 'caseNumber', 'decisionDate'],
  change: ['wantedChange', 'reasons', 'textLanguage'],
  name: ['fullName', 'idNumber', 'address', 'phone', 'interpreter'],
}

/** Longest accepted text per field: long enough for a real letter, short enough to stay sane. */
export const MAX_LENGTH = { kommuneName: 100, caseNumber: 60, wantedChange: 4000, reasons: 8000, fullName: 200, address: 300, phone: 30 } as const
type TextField = keyof typeof MAX_LENGTH

const REQUIRED: readonly Field[] = ['decision', 'noticeReceived', 'kommuneName', 'wantedChange', 'reasons', 'fullName', 'interpreter']
export const isRequired = (f: Field): boolean => REQUIRED.includes(f)

/** What the user sends: text, a choice, or the three parts of a date. */
export type Raw = string | DateParts | undefined

export interface FieldError {
  field: Field
  /** locale key of the message, under complaint.error (or error.date for date parts) */
  key: string
  /** which control the message belongs to: the field, or a part of a date ('day' …) */
  part?: keyof DateParts
  named?: Record<string, unknown>
}

type Checked = { ok: true; value: string | undefined } | { ok: false; error: Omit<FieldError, 'field'> }

const ok = (value: string | undefined): Checked => ({ ok: true, value })
const fail = (key: string, extra: Partial<Omit<FieldError, 'field' | 'key'>> = {}): Checked => ({ ok: false, error: { key, ...extra } })

const asText = (raw: Raw): string => (typeof raw === 'string' ? raw : '')
const isEmptyDate = (p: DateParts) => !p.day.trim() && !p.month.trim() && !p.year.trim()
// Control characters (but line breaks) never belong in a letter.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

function text(field: TextField, raw: Raw, keepLines: boolean): Checked {
  const v = asText(raw)
  const value = keepLines ? v.replace(/\r\n?/g, '\n') : v.trim()
  if (value.trim() === '') return isRequired(field) ? fail('complaint.error.required') : ok(undefined)
  if (value.length > MAX_LENGTH[field]) return fail('complaint.error.tooLong', { named: { max: MAX_LENGTH[field] } })
  if (CONTROL.test(value)) return fail('complaint.error.badCharacters')
  return ok(value)
}

function fullDate(raw: Raw, today: string, required: boolean): Checked {
  const parts = typeof raw === 'string' ? toDateParts(raw) : (raw ?? { day: '', month: '', year: '' })
  if (isEmptyDate(parts)) return required ? fail('complaint.error.dateRequired', { part: 'day' }) : ok(undefined)
  const r = parseDateParts(parts, 'month', today)
  if (!r.ok) return fail(r.error === 'required' ? 'complaint.error.dateRequired' : `error.date.${r.error}`, { part: r.field })
  if (r.value.length !== 10) return fail('complaint.error.dayMissing', { part: 'day' })
  return ok(r.value)
}

export interface Context {
  today: string
  /** the answers so far (a decision date cannot be after the notice reached the person) */
  answers: ComplaintAnswers
}

/** One check per field. */
export const CHECKS: Record<Field, (raw: Raw, ctx: Context) => Checked> = {
  decision: (raw) => ((DECISIONS as readonly unknown[]).includes(raw) ? ok(raw as string) : fail('complaint.error.choose')),
  noticeReceived: (raw, { today }) => fullDate(raw, today, true),
  kommuneName: (raw) => text('kommuneName', raw, false),
  caseNumber: (raw) => text('caseNumber', raw, false),
  decisionDate: (raw, { today, answers }) => {
    const r = fullDate(raw, today, false)
    if (r.ok && r.value && answers.noticeReceived && r.value > answers.noticeReceived) return fail('complaint.error.decisionAfterNotice', { part: 'day' })
    return r
  },
  wantedChange: (raw) => text('wantedChange', raw, true),
  reasons: (raw) => text('reasons', raw, true),
  textLanguage: (raw) => ((TEXT_LANGUAGES as readonly unknown[]).includes(raw) ? ok(raw as string) : raw === undefined || raw === '' ? ok(undefined) : fail('complaint.error.choose')),
  fullName: (raw) => text('fullName', raw, false),
  idNumber: (raw) => {
    const v = asText(raw).trim()
    if (v === '') return ok(undefined)
    const r = checkIdNumber(v)
    // Kept as typed (the letter carries it so); only the digits are checked.
    return r.ok ? ok(v) : fail(`complaint.error.${r.error}`)
  },
  address: (raw) => text('address', raw, true),
  phone: (raw) => {
    const r = text('phone', raw, false)
    if (!r.ok || r.value === undefined) return r
    const digits = r.value.replace(/\D/g, '').length
    return /^\+?[\d\s().-]+$/.test(r.value) && digits >= 8 && digits <= 15 ? r : fail('complaint.error.phone')
  },
  interpreter: (raw) => (raw === 'yes' || raw === 'no' ? ok(raw) : fail('complaint.error.choose')),
  county: (raw) => (COUNTIES.some((c) => c.number === raw) ? ok(raw as string) : raw === undefined || raw === '' ? ok(undefined) : fail('complaint.error.choose')),
}

/**
 * Checks a step as sent: the errors, in the order of the fields, and the answers to keep. An
 * optional field left empty is removed from the answers.
 */
export function checkStep(step: FormStep, input: Partial<Record<Field, Raw>>, ctx: Context): { errors: FieldError[]; patch: ComplaintAnswers; cleared: Field[] } {
  const errors: FieldError[] = []
  const patch: Record<string, string> = {}
  const cleared: Field[] = []
  for (const field of STEP_FIELDS[step]) {
    const r = CHECKS[field](input[field], ctx)
    if (!r.ok) errors.push({ field, ...r.error })
    else if (r.value === undefined) cleared.push(field)
    else patch[field] = r.value
  }
  return { errors, patch: patch as ComplaintAnswers, cleared }
}

/** Stored answers read back: each kept only if it passes its own check. */
export function validateStored(raw: unknown, today: string): { answers: ComplaintAnswers; dropped: number } {
  const out: Record<string, string> = {}
  let dropped = 0
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { answers: {}, dropped: raw == null ? 0 : 1 }
  const r = raw as Record<string, unknown>
  for (const key of Object.keys(r)) {
    if (!(key in CHECKS)) {
      dropped++
      continue
    }
    const field = key as Field
    const value = r[key]
    const checked = typeof value === 'string' ? CHECKS[field](value, { today, answers: out }) : null
    // Stored values are already clean: keep one only if checking gives it back unchanged.
    if (typeof value === 'string' && checked?.ok && checked.value === value) out[field] = value
    else dropped++
  }
  return { answers: out as ComplaintAnswers, dropped }
}

/** The first step not yet done: where a deep link to a later step is sent. */
export function firstOpenStep(a: ComplaintAnswers): Step {
  if (!isAppealable(a.decision)) return 'decision'
  if (!a.noticeReceived) return 'notice'
  if (!a.kommuneName) return 'kommune'
  if (!a.wantedChange || !a.reasons) return 'change'
  if (!a.fullName || !a.interpreter) return 'name'
  return 'letter'
}

export { toDateParts }
