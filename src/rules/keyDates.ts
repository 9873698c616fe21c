/**
 * The person's own dates that the law makes matter (contract: rules-api.md section 1, "The
 * person's own dates and the open points"), worked out from the answers. Pure: `today` is given.
 *
 * - start-deadline: settlement + 3 months, or the written claim + 3 months where the claim came
 *   later (integreringsloven § 12 second paragraph; docs/law/start-deadline.md);
 * - two-year-limit: settlement + 2 years, the first day on which the 2 years have passed
 *   (§ 8 first paragraph; docs/law/two-years.md);
 * - family-five-years: the family member's settlement + 5 years; an application made before it
 *   is within the 5 years (§ 9 first paragraph f; docs/law/family-five-years.md).
 *
 * A month with no such day ends the period on its last day (domstolloven § 148 second
 * paragraph: 30 November + 3 months = the last day of February). A partial date gives the
 * earliest day it can mean, marked approximate.
 */
import type { KeyDate, Outcome } from './types'
import type { Norm } from './facts'
import { settlementInterval } from './facts'
import { addMonths, addYears } from './dates'
import { lawOn } from './params'
import { ilRule } from './citations'
import { RIGHT_OUTCOMES, REFERENCE_PERMITS_A_TO_E, includes, isCoverablePermit } from './values'

export function keyDates(norm: Norm, outcome: Outcome): KeyDate[] {
  const out: KeyDate[] = []
  const today = norm.today
  const settled = norm.tri.settled === 'yes'
  const started = norm.tri.startedProgramme === 'yes'
  // As answered, narrowed by what the other answers imply (never before the permit: ./facts.ts).
  const settlement = norm.dates.settlementDate && settlementInterval(norm, false, norm.dates.settlementDate)

  if (settled && !started && settlement && includes(RIGHT_OUTCOMES, outcome)) {
    const claim = norm.dates.claimDate
    const fromClaim = claim !== undefined && claim.earliest > settlement.earliest
    const base = fromClaim ? claim : settlement
    const date = addMonths(base.earliest, lawOn('START_DEADLINE_MONTHS', today))
    out.push({
      kind: 'start-deadline',
      date,
      passed: today > date,
      approximate: base.precision !== 'day',
      rule: [ilRule('startDeadline', today)],
    })
  }

  if (settled && !started && settlement && isCoverablePermit(norm.permit)) {
    const date = addYears(settlement.earliest, lawOn('TWO_YEARS', today))
    out.push({ kind: 'two-year-limit', date, passed: today >= date, approximate: settlement.precision !== 'day', rule: [ilRule('targetGroup', today)] })
  }

  const reference = norm.dates.referenceSettlementDate
  if (norm.permit === 'family-immigration' && includes(REFERENCE_PERMITS_A_TO_E, norm.referencePermit) && reference) {
    const date = addYears(reference.earliest, lawOn('FIVE_YEARS', today))
    out.push({ kind: 'family-five-years', date, passed: today >= date, approximate: reference.precision !== 'day', rule: [ilRule('permitFamily', today)] })
  }
  return out
}
