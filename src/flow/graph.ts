/**
 * The question graph: which question comes next, which come before, and which answers go stale
 * when an earlier one changes. Pure TypeScript, no Vue. Whether a question can matter is legal
 * knowledge and is asked of src/rules (isRelevant); this file only walks the order.
 *
 * Everything here comes from one walk over the questions (walk()); the store walks once per
 * state, and the engine remembers its relevance answers (src/rules/relevance.ts): a tap on a
 * phone-class CPU must not pay for the same checks several times.
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

/** What one walk over the questions finds for a state. */
export interface Walk {
  /** The state without the answers that no longer matter (see prune()). */
  clean: FlowState
  /** The questions that matter, in order, up to and including the first unanswered one. */
  path: AnswerKey[]
  /** The first question that matters and has no answer; null when the questionnaire is complete. */
  next: AnswerKey | null
  /** The answered questions on the path, for "your answers" and the check page. */
  answered: AnswerKey[]
}

/**
 * Walks the questions in order. Each relevance test sees only the (already cleaned) answers
 * before it, so an answer whose question no longer matters is dropped.
 *
 * Relevance can only be judged once every question before is answered: an open question (say,
 * a new follow-up after a change) could make a later answer matter again. So the answers after
 * the first open question are kept as they are, and judged when the user has answered it.
 */
export function walk(state: FlowState, today: string): Walk {
  const answers: Answers = {}
  const unknownDates: AnswerKey[] = []
  const path: AnswerKey[] = []
  let next: AnswerKey | null = null
  const keep = (key: AnswerKey) => {
    if (state.unknownDates.includes(key)) unknownDates.push(key)
    else (answers as Record<string, unknown>)[key] = state.answers[key]
  }
  for (const key of QUESTION_ORDER) {
    if (next !== null) {
      if (isAnswered(state, key)) keep(key)
      continue
    }
    if (!isRelevant(key, answers, today)) continue
    path.push(key)
    if (!isAnswered(state, key)) {
      next = key
      continue
    }
    keep(key)
  }
  return { clean: { answers, unknownDates }, path, next, answered: next === null ? path : path.slice(0, -1) }
}

/** Drops every answer whose question no longer matters (see walk()). */
export function prune(state: FlowState, today: string): FlowState {
  return walk(state, today).clean
}

/** The questions that matter for these answers, in order, up to and including the first unanswered one. */
export function path(state: FlowState, today: string): AnswerKey[] {
  return walk(state, today).path
}

/** The first question that matters and has no answer; null when the questionnaire is complete. */
export function nextQuestion(state: FlowState, today: string): AnswerKey | null {
  return walk(state, today).next
}

/** A question may be shown when it matters and every question before it on the path is answered. */
export function canAsk(state: FlowState, key: AnswerKey, today: string): boolean {
  return walk(state, today).path.includes(key)
}

/** The question before `key` on the path, or null for the first one. */
export function previousQuestion(state: FlowState, key: AnswerKey, today: string): AnswerKey | null {
  return previousOnPath(walk(state, today).path, key)
}

/** The question before `key` on a path already walked, or null for the first one. */
export function previousOnPath(path: readonly AnswerKey[], key: AnswerKey): AnswerKey | null {
  const i = path.indexOf(key)
  return i > 0 ? (path[i - 1] ?? null) : null
}

/** The answered questions on the path, for "your answers" and the check page. */
export function answeredPath(state: FlowState, today: string): AnswerKey[] {
  return walk(state, today).answered
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
