/**
 * Validates a stored answer state read back from sessionStorage (or anywhere untrusted):
 * unknown keys, values outside the options and impossible dates are dropped, never trusted.
 */
import type { AnswerKey, Answers } from '@/rules/types'
import { getQuestion, isQuestionId } from './questions'
import { parseDateParts, toDateParts } from './dateParts'
import { prune, type FlowState } from './graph'

export interface ValidationResult {
  state: FlowState
  /** How many stored entries were dropped as invalid or no longer relevant. */
  dropped: number
}

export function isValidAnswer(key: AnswerKey, value: unknown, today: string): boolean {
  const q = getQuestion(key)
  if (!q || typeof value !== 'string') return false
  if (q.kind === 'choice') return q.options.includes(value)
  // Round-trip through the same parser the form uses: same rules for typed and stored dates.
  const canonical = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)
  if (!canonical) return false
  const parsed = parseDateParts(toDateParts(value), q.precision, today)
  return parsed.ok && parsed.value === value
}

export function validateState(raw: unknown, today: string): ValidationResult {
  const answers: Record<string, string> = {}
  const unknownDates: AnswerKey[] = []
  let dropped = 0
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null
  if (!obj) return { state: { answers: {}, unknownDates: [] }, dropped: raw == null ? 0 : 1 }

  const rawAnswers = obj.answers
  if (rawAnswers && typeof rawAnswers === 'object' && !Array.isArray(rawAnswers)) {
    for (const [key, value] of Object.entries(rawAnswers as Record<string, unknown>)) {
      if (isQuestionId(key) && isValidAnswer(key, value, today)) answers[key] = value as string
      else dropped++
    }
  } else if (rawAnswers !== undefined) dropped++

  const rawUnknown = obj.unknownDates
  if (Array.isArray(rawUnknown)) {
    for (const key of rawUnknown) {
      const q = typeof key === 'string' ? getQuestion(key) : undefined
      if (q && q.kind === 'date' && q.allowUnknown && answers[q.id] === undefined && !unknownDates.includes(q.id)) {
        unknownDates.push(q.id)
      } else dropped++
    }
  } else if (rawUnknown !== undefined) dropped++

  const state: FlowState = { answers: answers as Answers, unknownDates }
  const clean = prune(state, today)
  dropped +=
    Object.keys(state.answers).length - Object.keys(clean.answers).length +
    (state.unknownDates.length - clean.unknownDates.length)
  return { state: clean, dropped }
}
