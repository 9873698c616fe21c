import type { Citation, Reason } from './types'
import { PARAMS } from './params'
import {
  folketrygdloven,
  integreringsforskriften as forskrift,
  integreringsloven as il,
  integreringslovenEndret2025,
  introduksjonsloven,
  utlendingsloven as utl,
} from './citations'

/**
 * Every reason code assess can emit (the text is `reason.<code>` in locales/), with its stance:
 * what the reason says about the right, so that no reason contradicts the headline
 * (test/unit/rules/reasonStance.test.ts):
 *  - right: says the person has (or will have) the right, or describes what the right gives;
 *  - no-right: says the person has no right to the programme (may still be offered it);
 *  - open: something is not known or not settled in law;
 *  - neutral: a fact that holds whatever the outcome (e.g. "a refugee permit is one of those
 *    that can give the right").
 *
 * Codes are stable ids: rename only together with every locale.
 */
export type ReasonStance = 'right' | 'no-right' | 'open' | 'neutral'

export const REASON_STANCE = {
  'missing-permit': 'open',
  'missing-reference-permit': 'open',
  'missing-reference-settlement-date': 'open',
  'missing-family-application-date': 'open',
  'missing-permit-date': 'open',
  'missing-arrival-date': 'open',
  'missing-birth-date': 'open',
  'missing-started-programme': 'open',
  'missing-declined-or-left': 'open',
  'missing-settled': 'open',
  'missing-settlement-date': 'open',
  'missing-imdi-agreement': 'open',
  'missing-first-kommune': 'open',
  'missing-claim-date': 'open',
  'missing-job-30-hours': 'open',
  'independent-permit-ground-unclear': 'open',
  'claim-before-two-years-unclear': 'open',
  'permit-eea-nordic': 'no-right',
  'permit-asylum-seeker': 'no-right',
  'permit-other': 'no-right',
  'permit-humanitarian-no-asylum': 'no-right',
  'age-under-18-at-permit': 'no-right',
  'two-years-passed': 'no-right',
  'job-30-hours-no-right': 'no-right',
  'old-law-permit-and-arrival-before-2021': 'neutral',
  'declined-or-left': 'no-right',
  'started-can-complete': 'right',
  'age-over-limit': 'no-right',
  'family-reference-other': 'no-right',
  'family-reference-five-years-or-more': 'no-right',
  'not-yet-settled': 'right',
  'no-imdi-agreement': 'no-right',
  'moved-from-first-kommune': 'no-right',
  'in-target-group': 'right',
  'collective-protection-temporary-rules': 'right',
  'permit-refugee': 'neutral',
  'permit-resettled-refugee': 'neutral',
  'permit-humanitarian-after-asylum': 'neutral',
  'permit-limited-family-with-children': 'neutral',
  'permit-collective-protection': 'neutral',
  'permit-family-reference-within-five-years': 'neutral',
  'permit-independent-after-abuse': 'neutral',
  'new-law-arrival-2021-or-later': 'neutral',
  'age-within-limits': 'neutral',
  'age-limit-amendment-not-in-force': 'neutral',
  'settled-by-agreement': 'neutral',
  'agreement-not-required': 'neutral',
  'within-two-years': 'neutral',
  'no-job-30-hours': 'right',
  'collective-protection-before-temporary-rules': 'neutral',
  'temporary-rules-expired': 'right',
  'job-near-full-time-may-refuse': 'right',
  'start-within-three-months': 'right',
  'parent-guidance': 'right',
  'stipend-full': 'right',
  'stipend-two-thirds': 'right',
  'stipend-one-third': 'right',
  'stipend-rate-unknown': 'right',
  'g-may-be-outdated': 'right',
  'engine-error': 'open',
} as const satisfies Record<string, ReasonStance>

export type ReasonCode = keyof typeof REASON_STANCE

/** Every reason code assess can emit. */
export const REASON_CODES = Object.keys(REASON_STANCE) as ReasonCode[]

const after2026 = (today: string) => today >= PARAMS.AMENDMENTS_2026_FROM.value

/** The citations of each reason; some depend on the law in force on `today`. */
const CITATIONS: Record<ReasonCode, (today: string) => Citation[]> = {
  'missing-permit': () => [il('9', 1)],
  'missing-reference-permit': () => [il('9', 1, 'f')],
  'missing-reference-settlement-date': () => [il('9', 1, 'f')],
  'missing-family-application-date': () => [il('9', 1, 'f')],
  'missing-permit-date': () => [il('51'), il('8', 1)],
  'missing-arrival-date': () => [forskrift('72', 1), il('51')],
  'missing-birth-date': () => [il('8', 1)],
  'missing-started-programme': () => [il('9', 2)],
  'missing-declined-or-left': () => [il('3', 3)],
  'missing-settled': () => [il('8', 1)],
  'missing-settlement-date': () => [il('8', 1)],
  'missing-imdi-agreement': () => [il('8', 1), il('8', 3)],
  'missing-first-kommune': () => [il('8', 1), il('8', 3)],
  'missing-claim-date': () => [il('8', 1), il('12', 2)],
  'missing-job-30-hours': () => [il('8', 4)],
  'independent-permit-ground-unclear': () => [il('9', 1, 'g'), utl('53')],
  'claim-before-two-years-unclear': () => [il('8', 1), il('12', 2)],
  // The EEA exclusion was § 8 fourth paragraph; from 2026 it is the fifth (a new fourth was inserted).
  'permit-eea-nordic': (t) => [il('8', after2026(t) ? 5 : 4)],
  'permit-asylum-seeker': () => [il('9', 1)],
  'permit-other': () => [il('9', 1)],
  'permit-humanitarian-no-asylum': () => [il('9', 1, 'c'), utl('38', 1)],
  'age-under-18-at-permit': () => [il('8', 1)],
  'two-years-passed': () => [il('8', 1)],
  'job-30-hours-no-right': () => [il('8', 4)],
  'old-law-permit-and-arrival-before-2021': () => [il('51'), forskrift('72', 2), introduksjonsloven('2')],
  'declined-or-left': () => [il('3', 3)],
  'started-can-complete': () => [il('9', 2)],
  'age-over-limit': () => [il('8', 1), il('8', 3)],
  'family-reference-other': () => [il('8', 3), il('9', 1, 'f')],
  'family-reference-five-years-or-more': () => [il('9', 1, 'f'), il('8', 3)],
  'not-yet-settled': () => [il('8', 1)],
  'no-imdi-agreement': () => [il('8', 1), il('8', 3)],
  'moved-from-first-kommune': () => [il('8', 1), il('8', 3)],
  'in-target-group': () => [il('8', 1), il('9', 1)],
  // Chapter 6A: the adaptations are set by regulation under § 37 e; from 2026 § 37 c leaves
  // samfunnskunnskap out (§ 37 a is about training in reception, not the programme).
  'collective-protection-temporary-rules': (t) => (after2026(t) ? [il('9', 1, 'e'), il('37 c'), il('37 e')] : [il('9', 1, 'e'), il('37 e')]),
  'permit-refugee': () => [il('9', 1, 'a'), utl('28')],
  'permit-resettled-refugee': () => [il('9', 1, 'b'), utl('35', 3)],
  'permit-humanitarian-after-asylum': () => [il('9', 1, 'c'), utl('38', 1)],
  'permit-limited-family-with-children': () => [il('9', 1, 'd'), utl('38', 5)],
  'permit-collective-protection': () => [il('9', 1, 'e'), utl('34')],
  'permit-family-reference-within-five-years': () => [il('9', 1, 'f')],
  'permit-independent-after-abuse': () => [il('9', 1, 'g'), utl('53', 1, 'b')],
  'new-law-arrival-2021-or-later': () => [forskrift('72', 1), il('51')],
  'age-within-limits': () => [il('8', 1)],
  'age-limit-amendment-not-in-force': () => [integreringslovenEndret2025('8', 1), il('8', 3)],
  'settled-by-agreement': () => [il('8', 1)],
  'agreement-not-required': () => [il('8', 1), il('9', 1)],
  'within-two-years': () => [il('8', 1)],
  'no-job-30-hours': () => [il('8', 4)],
  'collective-protection-before-temporary-rules': () => [il('9', 1, 'e')],
  'temporary-rules-expired': () => [il('9', 1, 'e'), il('37 e')],
  'job-near-full-time-may-refuse': () => [il('37 c')],
  // § 12 second paragraph holds the 3 months since 20 June 2025 (before: § 12, paragraph not verified).
  'start-within-three-months': (t) =>
    t >= (PARAMS.START_DEADLINE_MONTHS.validFrom ?? '') ? [il('12', 2)] : [il('12')],
  // Content moved from § 14 to the new § 14 a on 1 January 2026.
  'parent-guidance': (t) => [after2026(t) ? il('14 a') : il('14'), forskrift('3')],
  'stipend-full': () => [il('20')],
  'stipend-two-thirds': () => [il('20')],
  'stipend-one-third': () => [il('20')],
  'stipend-rate-unknown': () => [il('20')],
  'g-may-be-outdated': () => [folketrygdloven('1-4')],
  'engine-error': () => [il('8', 1)],
}

export function makeReason(code: ReasonCode, today: string): Reason {
  return { code, citations: CITATIONS[code](today) }
}
