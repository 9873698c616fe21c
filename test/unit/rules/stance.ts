/** Shared by the tests: the reasons of an assessment that contradict its outcome, by their stance. */
import { REASON_STANCE, RIGHT_OUTCOMES } from '@/rules'
import type { Assessment } from '@/rules'
import { includes } from '@/rules/values'

/** "<code> under <outcome>" for each reason saying "no right" under a right, or "right" under none. */
export function contradictions(a: Pick<Assessment, 'outcome' | 'reasons'>): string[] {
  const right = includes(RIGHT_OUTCOMES, a.outcome)
  return a.reasons
    .filter((r) => REASON_STANCE[r.code as keyof typeof REASON_STANCE] === (right ? 'no-right' : 'right'))
    .map((r) => `${r.code} under ${a.outcome}`)
}
