/**
 * The valid values of every enumerated answer and result, as runtime lists (the types in
 * ./types.ts are erased at run time). `satisfies` keeps each list in step with its type.
 */
import type { AnswerKey, Flag, Outcome, Permit, ReferencePermit, Tri } from './types'

export const PERMITS = [
  'refugee',
  'resettled-refugee',
  'humanitarian-after-asylum',
  'limited-family-with-children',
  'collective-protection',
  'family-immigration',
  'independent-after-abuse',
  'independent-other',
  'humanitarian-no-asylum',
  'other-permit',
  'eea-nordic',
  'asylum-seeker',
  'unknown',
] as const satisfies readonly Permit[]

export const REFERENCE_PERMITS = [
  'refugee',
  'resettled-refugee',
  'humanitarian-after-asylum',
  'limited-family-with-children',
  'collective-protection',
  'other',
  'unknown',
] as const satisfies readonly ReferencePermit[]

export const TRI_VALUES = ['yes', 'no', 'unknown'] as const satisfies readonly Tri[]

/** Outcomes that give (or, once settled, will give) a right to the programme and its stønad. */
export const RIGHT_OUTCOMES = [
  'right-and-duty',
  'right-temporary-rules',
  'right-once-settled',
] as const satisfies readonly Outcome[]

export const OUTCOMES = [
  'right-and-duty',
  'right-temporary-rules',
  'right-once-settled',
  'may-be-offered',
  'old-law',
  'duty-lapsed',
  'not-in-target-group',
  'cannot-tell',
] as const satisfies readonly Outcome[]

/** In this order in every Assessment (flags are sorted by it). */
export const FLAGS = [
  'can-complete',
  'parent-guidance',
  'may-refuse-if-job',
  'right-returns-if-job-ends',
  'age-limit-changing',
  'rules-may-have-changed',
  'start-within-3-months',
] as const satisfies readonly Flag[]

/** Answers holding a date ('YYYY-MM-DD' or 'YYYY-MM'; 'YYYY' only for birthDate). */
export const DATE_KEYS = [
  'birthDate',
  'permitDate',
  'arrivalDate',
  'settlementDate',
  'referenceSettlementDate',
  'familyApplicationDate',
  'claimDate',
] as const satisfies readonly AnswerKey[]

/** Answers holding a Tri. */
export const TRI_KEYS = [
  'settled',
  'imdiAgreement',
  'firstKommune',
  'startedProgramme',
  'declinedOrLeft',
  'childrenUnder18',
  'job30Hours',
  'livesWithParent',
] as const satisfies readonly AnswerKey[]

export type DateKey = (typeof DATE_KEYS)[number]
export type TriKey = (typeof TRI_KEYS)[number]

/** Permits the programme can never cover (integreringsloven § 8 and § 9 first paragraph). */
export const EXCLUDED_PERMITS = [
  'eea-nordic',
  'asylum-seeker',
  'other-permit',
  'humanitarian-no-asylum',
] as const satisfies readonly Permit[]

/** Reference permits in § 9 first paragraph letters a–e. */
export const REFERENCE_PERMITS_A_TO_E = [
  'refugee',
  'resettled-refugee',
  'humanitarian-after-asylum',
  'limited-family-with-children',
  'collective-protection',
] as const satisfies readonly ReferencePermit[]

export function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

/**
 * The order the guide asks the questions in. `isRelevant(key, …)` may look only at the answers
 * to questions before `key` here.
 */
export const QUESTION_ORDER = [
  'permit',
  'referencePermit',
  'referenceSettlementDate',
  'familyApplicationDate',
  'permitDate',
  'arrivalDate',
  'birthDate',
  'startedProgramme',
  'declinedOrLeft',
  'settled',
  'settlementDate',
  'imdiAgreement',
  'firstKommune',
  'claimDate',
  'job30Hours',
  'childrenUnder18',
  'livesWithParent',
] as const satisfies readonly AnswerKey[]

/** Position in QUESTION_ORDER (for sorting `missing`). */
export function questionIndex(key: AnswerKey): number {
  return (QUESTION_ORDER as readonly AnswerKey[]).indexOf(key)
}

/** Whether the programme can cover this permit at all (a known permit, not one of EXCLUDED_PERMITS). */
export function isCoverablePermit(permit: unknown): permit is Permit {
  return includes(PERMITS, permit) && permit !== 'unknown' && !includes(EXCLUDED_PERMITS, permit)
}
