/**
 * The question graph: which question comes next, which come before, and which answers go stale
 * when an earlier one changes. Pure TypeScript, no Vue. Whether a question can matter is legal
 * knowledge and is asked of src/rules (isRelevant); this file only walks the order.
 */
import type { AnswerKey, Answers } from '@/rules/types'
import { isRelevant, QUESTION_ORDER } from '@/rules/relevance'

export interface FlowState {
  answers: Answers
  /** Date questions answered with "I don't know": asked, but no date to give the engine. */
  unknownDates: AnswerKey[]
}

export const emptyState = (): FlowState => ({ answers: {}, unknownDates: [] })

export function isAnswered(state: FlowState, key: AnswerKey): boolean {
  return state.answers[key] !== undefined || state.unknownDates.includes(key)
}

/**
 * Drops every answer whose question no longer matters, walking the questions in order so that
 * each relevance test sees only the (already cleaned) answers before it.
 *
 * Relevance can only be judged once every question before is answered: an open question (say,
 * a new follow-up after a change) could make a later answer matter again. So the answers after
 * the first open question are kept as they are, and judged when the user has answered it.
 */
export function prune(state: FlowState, today: string): FlowState {
  const answers: Answers = {}
  const unknownDates: AnswerKey[] = []
  let open = false
  const keep = (key: AnswerKey) => {
    if (state.unknownDates.includes(key)) unknownDates.push(key)
    else (answers as Record<string, unknown>)[key] = state.answers[key]
  }
  for (const key of QUESTION_ORDER) {
    if (open) {
      if (isAnswered(state, key)) keep(key)
      continue
    }
    if (!isRelevant(key, answers, today)) continue
    if (!isAnswered(state, key)) {
      open = true
      continue
    }
    keep(key)
  }
  return { answers, unknownDates }
}

/** The questions that matter for these answers, in order, up to and including the first unanswered one. */
export function path(state: FlowState, today: string): AnswerKey[] {
  const clean = prune(state, today)
  const out: AnswerKey[] = []
  const seen: Answers = {}
  for (const key of QUESTION_ORDER) {
    if (!isRelevant(key, seen, today)) continue
    out.push(key)
    if (!isAnswered(clean, key)) break
    if (clean.answers[key] !== undefined) (seen as Record<string, unknown>)[key] = clean.answers[key]
  }
  return out
}

/** The first question that matters and has no answer; null when the questionnaire is complete. */
export function nextQuestion(state: FlowState, today: string): AnswerKey | null {
  const p = path(state, today)
  const last = p[p.length - 1]
  return last !== undefined && !isAnswered(prune(state, today), last) ? last : null
}

/** A question may be shown when it matters and every question before it on the path is answered. */
export function canAsk(state: FlowState, key: AnswerKey, today: string): boolean {
  return path(state, today).includes(key)
}

/** The question before `key` on the path, or null for the first one. */
export function previousQuestion(state: FlowState, key: AnswerKey, today: string): AnswerKey | null {
  const p = path(state, today)
  const i = p.indexOf(key)
  return i > 0 ? (p[i - 1] ?? null) : null
}

/** The answered questions on the path, for "your answers" and the check page. */
export function answeredPath(state: FlowState, today: string): AnswerKey[] {
  const clean = prune(state, today)
  return path(clean, today).filter((k) => isAnswered(clean, k))
}

/** Records an answer (a value, or "I don't know" for a date) and drops what it made irrelevant. */
export function answer(state: FlowState, key: AnswerKey, value: string | null, today: string): FlowState {
  const answers = { ...state.answers } as Record<string, unknown>
  let unknownDates = state.unknownDates.filter((k) => k !== key)
  if (value === null) {
    delete answers[key]
    unknownDates = [...unknownDates, key]
  } else {
    answers[key] = value
  }
  return prune({ answers: answers as Answers, unknownDates }, today)
}
