/**
 * assess(): the contract entry point (rules-api.md section 1). Pure and total: it validates every
 * answer (an invalid one counts as not answered), never reads the clock (`today` is a parameter),
 * and never throws.
 */
import type { Answers, Assessment } from './types'
import { parseIsoDate } from './dates'
import { normalize } from './facts'
import { assessNorm } from './engine'
import { keyDates } from './keyDates'
import { ifAnswered } from './openPoints'
import { makeReason } from './reasons'
import { RULES_CHECKED_ON } from './params'
import { engineChecks } from './checks'

/**
 * A `today` that is not a valid 'YYYY-MM-DD' falls back to RULES_CHECKED_ON: the day the rules
 * were last checked is the day they are known to describe.
 */
export function resolveToday(today: unknown): string {
  return parseIsoDate(today) ?? RULES_CHECKED_ON
}

export { engineChecks }

/** True when a result is the engine's fallback, not a decision (tests fail on it). */
export const isEngineError = (a: Pick<Assessment, 'reasons'>): boolean => a.reasons.some((r) => r.code === 'engine-error')

export function assess(answers: Answers, today: string): Assessment {
  const day = resolveToday(today)
  try {
    const norm = normalize(answers, day)
    const core = assessNorm(norm)
    return {
      ...core,
      keyDates: keyDates(norm, core.outcome),
      ifAnswered: core.outcome === 'cannot-tell' ? ifAnswered(answers, day, core.missing) : [],
    }
  } catch (error) {
    if (engineChecks.strict) throw error
    // Last line of defence: should not happen, but a guide must never crash on a result page.
    return {
      outcome: 'cannot-tell',
      reasons: [makeReason('engine-error', day)],
      flags: [],
      missing: ['permit'],
      rulesCheckedOn: RULES_CHECKED_ON,
      keyDates: [],
      ifAnswered: [],
    }
  }
}
