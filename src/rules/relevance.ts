/**
 * isRelevant(): whether a question can still change the result, given the answers to the
 * questions before it (QUESTION_ORDER). The flow asks a question only when it is relevant.
 *
 * It uses the engine itself, so it cannot drift from the rules: the question `key` is relevant
 * when some fact made from it (./facts.ts) changes the result (outcome, flags, stipend) in some
 * situation the answers so far and the later answers could still bring about. Later questions
 * count as not yet answered, and their effect on flags and the stipend is tried with every value.
 * An earlier "I don't know" does not stop the questions: what could matter once it is known is
 * still asked, so a cannot-tell can say what each answer to the open point would give
 * (./openPoints.ts).
 * It errs on the generous side (asks rather than skips) only where facts are correlated in a way
 * the engine does not model (e.g. one vague birth date behind both the age on the permit date
 * and the age today).
 */
import type { AnswerKey, Answers } from './types'
import { decide } from './decide'
import type { Ask } from './decide'
import { FACT_FIELDS, FACT_IDS, factDomains, normalize } from './facts'
import { factMatters } from './engine'
import { resolveToday } from './assess'
import { QUESTION_ORDER, includes } from './values'

export { QUESTION_ORDER }

/**
 * The answers already given, by question, day and earlier answers. The flow asks the same
 * question about the same answers again and again (each tap walks the whole path, and the result
 * page tries each open point's answers): on a phone-class CPU each check costs milliseconds.
 * The answer depends on nothing else, so it can be kept; the cap only bounds memory.
 */
const remembered = new Map<string, boolean>()
const REMEMBER_AT_MOST = 5000

export function isRelevant(key: AnswerKey, answers: Answers, today: string): boolean {
  let earlier: Record<string, unknown>
  let at: number
  try {
    if (!includes(QUESTION_ORDER, key)) return false
    // The first question always matters: without it nothing can be told.
    if (key === 'permit') return true
    at = QUESTION_ORDER.indexOf(key)
    earlier = {}
    if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
      for (const k of QUESTION_ORDER.slice(0, at)) earlier[k] = (answers as Record<string, unknown>)[k]
    }
  } catch {
    return true // never skip a question because of an error
  }
  // Only plain text answers (what the guide stores) are remembered: any other value is judged
  // as it is, so two values that print alike can never share an answer.
  const plain = Object.values(earlier).every((v) => v === undefined || typeof v === 'string')
  if (!plain || typeof today !== 'string') return relevantNow(key, earlier, at, today)
  const id = `${key}|${today}|${JSON.stringify(earlier)}`
  const known = remembered.get(id)
  if (known !== undefined) return known
  const relevant = relevantNow(key, earlier, at, today)
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear()
  remembered.set(id, relevant)
  return relevant
}

function relevantNow(key: AnswerKey, earlier: Record<string, unknown>, at: number, today: string): boolean {
  try {
    const norm = normalize(earlier, resolveToday(today))
    const free = new Set<AnswerKey>(QUESTION_ORDER.slice(at))
    const domains = factDomains(norm, free)
    const evaluate = (ask: Ask) => decide(norm, ask)
    return FACT_IDS.some((f) => FACT_FIELDS[f].includes(key) && factMatters(f, domains, evaluate))
  } catch {
    return true // never skip a question because of an error
  }
}
