/**
 * The decision procedure for ONE fully known situation: every fact it asks for has one value.
 * Uncertain answers are handled around it (./engine.ts tries every value a fact can take).
 *
 * The reasoning: docs/law/ (one file per rule); where the contract (rules-api.md) or the lead's decisions
 * differ, they win, and the comment says so.
 */
import type { AnswerKey, Flag, Outcome, Permit, Stipend } from './types'
import type { FactId, FactValues, Norm } from './facts'
import type { ReasonCode } from './reasons'
import { chapter6APast, chapter6AStarted, gInForce, isPastValidity, jobRuleOn } from './params'
import { includes, EXCLUDED_PERMITS } from './values'

/** The result for one situation. `missing` is set only for a cannot-tell that the law leaves open. */
export interface Leaf {
  outcome: Outcome
  flags: Flag[]
  stipend?: Stipend
  missing: AnswerKey[]
  reasons: ReasonCode[]
}

export type Ask = <F extends FactId>(fact: F) => FactValues[F]

const EXCLUDED_REASON: Record<(typeof EXCLUDED_PERMITS)[number], ReasonCode> = {
  'eea-nordic': 'permit-eea-nordic',
  'asylum-seeker': 'permit-asylum-seeker',
  'other-permit': 'permit-other',
  'humanitarian-no-asylum': 'permit-humanitarian-no-asylum',
}

/** § 9 first paragraph letter of each permit (family: f only if the reference person qualifies). */
const PERMIT_REASON: Partial<Record<Permit, ReasonCode>> = {
  refugee: 'permit-refugee',
  'resettled-refugee': 'permit-resettled-refugee',
  'humanitarian-after-asylum': 'permit-humanitarian-after-asylum',
  'limited-family-with-children': 'permit-limited-family-with-children',
  'collective-protection': 'permit-collective-protection',
  'independent-after-abuse': 'permit-independent-after-abuse',
}

/** Letters a–e: settlement by agreement with IMDi is required (not for f and g). */
const NEEDS_AGREEMENT: readonly Permit[] = [
  'refugee',
  'resettled-refugee',
  'humanitarian-after-asylum',
  'limited-family-with-children',
  'collective-protection',
]

const leaf = (outcome: Outcome, reasons: ReasonCode[], flags: Flag[] = []): Leaf => ({
  outcome,
  reasons,
  flags,
  missing: [],
})

/** A cannot-tell the law itself leaves open (not an answer the user could give more exactly). */
const openQuestion = (reasons: ReasonCode[], missing: AnswerKey[]): Leaf => ({
  outcome: 'cannot-tell',
  reasons,
  flags: [],
  missing,
})

export function decide(norm: Norm, ask: Ask): Leaf {
  const today = norm.today
  const permit = norm.permit

  // 1. Permit type, before everything (lead: also before the old-law check; the old law did not
  //    cover these groups either). Unknown or no answer: nothing else can be told.
  if (!permit || permit === 'unknown') return openQuestion(['missing-permit'], ['permit'])
  if (includes(EXCLUDED_PERMITS, permit)) return leaf('not-in-target-group', [EXCLUDED_REASON[permit]])

  const support: ReasonCode[] = []

  // 2. Which law (integreringsloven § 51, forskrift § 72): permit AND arrival before 2021 → old law.
  if (ask('permitBefore2021')) {
    if (ask('arrivalBefore2021')) return leaf('old-law', ['old-law-permit-and-arrival-before-2021'])
    support.push('new-law-arrival-2021-or-later')
  }

  // 3. Declined or left (§ 3 third paragraph) → duty-lapsed, "unless the person is outside the
  //    target group anyway" (contract). Lead: this beats startedProgramme 'yes' (who left cannot
  //    complete), and it applies before settlement too (§ 3 names training in reception).
  //    Outside anyway = under 18 on the permit date, or 2 years in a kommune run out (§ 8 first
  //    paragraph) — but not for someone who started: § 9 second paragraph set those aside for them.
  //    may-be-offered groups are not "outside": 56 and declined is duty-lapsed (docs/law/age.md).
  if (ask('declined')) {
    if (ask('started')) return leaf('duty-lapsed', ['declined-or-left'])
    if (ask('ageClass') === 'under-18') return leaf('not-in-target-group', ['age-under-18-at-permit'])
    if (ask('settled') && ask('twoYearsPassed')) {
      if (ask('claim') === 'in-time') return openQuestion(['claim-before-two-years-unclear'], ['claimDate'])
      return leaf('not-in-target-group', ['two-years-passed'])
    }
    return leaf('duty-lapsed', ['declined-or-left'])
  }

  const permitReason = PERMIT_REASON[permit]

  // 4. Started (§ 9 second paragraph): may complete whatever happens to the permit. Lead: for any
  //    permit but the excluded ones; age, settlement, the 2 years, IMDi, first kommune and the job
  //    rule no longer matter. Stipend and parent guidance are still given.
  if (ask('started')) {
    const reasons: ReasonCode[] = ['started-can-complete']
    if (permitReason) reasons.push(permitReason)
    return withRightExtras(norm, ask, leaf('right-and-duty', reasons, ['can-complete']), { started: true })
  }

  // 5. Age on the permit date (§ 8 first paragraph): 17 is out for good; 56+ may be offered, with
  //    age-limit-changing for 56–60 (the adopted limit of 60 is not in force).
  const age = ask('ageClass')
  if (age === 'under-18') return leaf('not-in-target-group', ['age-under-18-at-permit'])
  const kan: ReasonCode[] = [] // reasons for may-be-offered (§ 8 third paragraph), first one decides
  const flags: Flag[] = []
  if (age === 'over-limit-changing' || age === 'over-limit') {
    kan.push('age-over-limit')
    if (age === 'over-limit-changing') {
      flags.push('age-limit-changing')
      support.push('age-limit-amendment-not-in-force')
    }
  } else {
    support.push('age-within-limits')
  }

  // 6. The § 9 letter. Family (f): the reference person in a–e (lead: referencePermit 'other' →
  //    may-be-offered) and the application before the 5th anniversary of their first settlement,
  //    else may-be-offered (docs/law/permit-groups.md). Letter f needs no IMDi agreement and follows the
  //    ordinary rules even when the reference person holds § 34 (R-D3).
  let letterReason = permitReason
  if (permit === 'family-immigration') {
    if (ask('refGroup') === 'other') kan.push('family-reference-other')
    else if (!ask('familyWithin5')) kan.push('family-reference-five-years-or-more')
    else letterReason = 'permit-family-reference-within-five-years'
  }
  // Lead: an independent permit on another § 53 ground → cannot-tell [permit] (docs/law/permit-groups.md),
  // once nothing else decides it (declined, started, under 18 and the 2 years come first).
  const groundUnclear = permit === 'independent-other'
  const unclearGround = () =>
    openQuestion(['independent-permit-ground-unclear'], ['permit'])

  // 7. Not yet settled in a kommune: in the target group once settled (contract; docs/law/open-points.md; cases
  //    26 and 54). The 2 years, IMDi agreement and first kommune cannot be known yet.
  if (!ask('settled')) {
    if (groundUnclear) return unclearGround()
    if (kan.length > 0) return mayBeOffered(kan, support, letterReason, flags)
    const reasons: ReasonCode[] = ['not-yet-settled']
    if (letterReason) reasons.push(letterReason)
    const f: Flag[] = [...flags]
    if (permit === 'collective-protection' && ask('sixA') && chapter6APast(today)) {
      f.push('rules-may-have-changed')
      reasons.push('temporary-rules-expired')
    }
    reasons.push(...support)
    return withRightExtras(norm, ask, leaf('right-once-settled', reasons, f), { started: false })
  }

  // 8. Less than 2 years in a kommune, measured on `today` from the first settlement (lead;
  //    docs/law/two-years.md). Applies to the may-be-offered groups too (docs/law/permit-groups.md). A written claim
  //    made before the 2 years ran out may keep the right: the law is unclear → cannot-tell.
  if (ask('twoYearsPassed')) {
    if (ask('claim') === 'in-time') return openQuestion(['claim-before-two-years-unclear'], ['claimDate'])
    return leaf('not-in-target-group', ['two-years-passed'])
  }
  support.push('within-two-years')

  if (groundUnclear) return unclearGround()

  // 9. Settled by agreement with IMDi (a–e only) and still in the first kommune (all letters;
  //    docs/law/first-kommune.md): otherwise the kommune may offer it.
  if (NEEDS_AGREEMENT.includes(permit)) {
    if (!ask('imdi')) kan.push('no-imdi-agreement')
    else support.push('settled-by-agreement')
  } else {
    support.push('agreement-not-required')
  }
  if (!ask('firstKommune')) kan.push('moved-from-first-kommune')

  if (kan.length > 0) return mayBeOffered(kan, support, letterReason, flags)

  // 10. The right. Collective protection from 11 March 2022: chapter 6A (right-temporary-rules);
  //     past its valid-until date still the right, flagged (contract).
  let outcome: Outcome = 'right-and-duty'
  const reasons: ReasonCode[] = []
  if (permit === 'collective-protection') {
    // Chapter 6A as dated data (LAW.CHAPTER_6A): before it came into force, the ordinary rules;
    // past its end as enacted, still the chapter's answer, flagged.
    if (ask('sixA') && chapter6AStarted(today)) {
      outcome = 'right-temporary-rules'
      reasons.push('collective-protection-temporary-rules')
      if (letterReason) reasons.push(letterReason)
      if (chapter6APast(today)) {
        flags.push('rules-may-have-changed')
        reasons.push('temporary-rules-expired')
      }
    } else {
      reasons.push('in-target-group')
      if (letterReason) reasons.push(letterReason)
      reasons.push('collective-protection-before-temporary-rules')
    }
  } else {
    reasons.push('in-target-group')
    if (letterReason) reasons.push(letterReason)
  }
  reasons.push(...support)

  // 11. The job rule, by the law in force on `today` (contract). From 2026 (§ 8 fourth paragraph):
  //     a 30-hour job (offer) takes the right away until the job ends; "don't know" is tried both
  //     ways and so gives cannot-tell [job30Hours]. Before 2026: only a flag under chapter 6A
  //     (old § 37 c). It does not touch may-be-offered, can-complete or right-once-settled (lead).
  if (jobRuleOn(today)) {
    if (ask('job')) return leaf('not-in-target-group', ['job-30-hours-no-right'], ['right-returns-if-job-ends'])
    reasons.push('no-job-30-hours')
  } else if (outcome === 'right-temporary-rules' && ask('job')) {
    flags.push('may-refuse-if-job')
    reasons.push('job-near-full-time-may-refuse')
  }

  return withRightExtras(norm, ask, leaf(outcome, reasons, flags), { started: false })
}

function mayBeOffered(kan: ReasonCode[], support: ReasonCode[], letterReason: ReasonCode | undefined, flags: Flag[]): Leaf {
  const reasons: ReasonCode[] = [...kan]
  if (letterReason) reasons.push(letterReason)
  // Only the supporting reasons that still hold some meaning for a may-be-offered result.
  for (const s of support) if (s !== 'age-within-limits') reasons.push(s)
  return leaf('may-be-offered', reasons, flags)
}

/**
 * Flags and stipend for the outcomes that give (or will give) a right: right-and-duty,
 * right-temporary-rules, right-once-settled.
 */
function withRightExtras(norm: Norm, ask: Ask, base: Leaf, opts: { started: boolean }): Leaf {
  const flags = [...base.flags]
  const reasons = [...base.reasons]
  // § 12 second paragraph. Not for someone who has started already: the start is behind them.
  if (!opts.started) {
    flags.push('start-within-3-months')
    reasons.push('start-within-three-months')
  }
  if (ask('children')) {
    flags.push('parent-guidance')
    reasons.push('parent-guidance')
  }
  // § 20: full 2 G from 25 (age on `today`), else 1/3 living with a parent, 2/3 not. Omitted when
  // the age today or the living situation is not known.
  let stipend: Stipend | undefined
  const ageToday = ask('ageToday')
  if (ageToday === '25+') stipend = 'full'
  else if (ageToday === 'under-25') {
    const lives = ask('lives')
    if (lives === 'yes') stipend = 'one-third'
    else if (lives === 'no') stipend = 'two-thirds'
  }
  if (stipend) {
    reasons.push(stipend === 'full' ? 'stipend-full' : stipend === 'two-thirds' ? 'stipend-two-thirds' : 'stipend-one-third')
    // G is set each 1 May; past the known value's validUntil the amount may be out of date.
    if (isPastValidity(gInForce(norm.today), norm.today)) {
      flags.push('rules-may-have-changed')
      reasons.push('g-may-be-outdated')
    }
  } else {
    reasons.push('stipend-rate-unknown')
  }
  const result: Leaf = { ...base, flags, reasons }
  if (stipend) result.stipend = stipend
  return result
}
