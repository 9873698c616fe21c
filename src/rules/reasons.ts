import type { Citation, Reason } from './types'
import type { IlTopic } from './params'
import {
  folketrygdloven,
  ilHasRule,
  ilRule,
  integreringsforskriften as forskrift,
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

/**
 * The citations of each reason, in the numbering of integreringsloven in force on the day
 * (LAW.IL_SECTIONS: ./params.ts): `r(topic)` is that day's place of the rule.
 */
const CITATIONS: Record<ReasonCode, (r: (topic: IlTopic) => Citation, day: string) => Citation[]> = {
  'missing-permit': (r) => [r('permits')],
  'missing-reference-permit': (r) => [r('permitFamily')],
  'missing-reference-settlement-date': (r) => [r('permitFamily')],
  'missing-family-application-date': (r) => [r('permitFamily')],
  'missing-permit-date': (r) => [r('transition'), r('targetGroup')],
  'missing-arrival-date': (r) => [forskrift('72', 1), r('transition')],
  'missing-birth-date': (r) => [r('targetGroup')],
  'missing-started-programme': (r) => [r('canComplete')],
  'missing-declined-or-left': (r) => [r('dutyLapsed')],
  'missing-settled': (r) => [r('targetGroup')],
  'missing-settlement-date': (r) => [r('targetGroup')],
  'missing-imdi-agreement': (r) => [r('targetGroup'), r('mayOffer')],
  'missing-first-kommune': (r) => [r('targetGroup'), r('mayOffer')],
  'missing-claim-date': (r) => [r('targetGroup'), r('startDeadline')],
  // Before 2026 the job answer matters only under chapter 6A (the old § 37 c).
  'missing-job-30-hours': (r, day) => [r(ilHasRule('jobRule', day) ? 'jobRule' : 'ch6aJob')],
  'independent-permit-ground-unclear': (r) => [r('permitIndependent'), utl('53')],
  'claim-before-two-years-unclear': (r) => [r('targetGroup'), r('startDeadline')],
  'permit-eea-nordic': (r) => [r('eeaExclusion')],
  'permit-asylum-seeker': (r) => [r('permits')],
  'permit-other': (r) => [r('permits')],
  'permit-humanitarian-no-asylum': (r) => [r('permitHumanitarian'), utl('38', 1)],
  'age-under-18-at-permit': (r) => [r('targetGroup')],
  'two-years-passed': (r) => [r('targetGroup')],
  'job-30-hours-no-right': (r) => [r('jobRule')],
  'old-law-permit-and-arrival-before-2021': (r) => [r('transition'), forskrift('72', 2), introduksjonsloven('2')],
  'declined-or-left': (r) => [r('dutyLapsed')],
  'started-can-complete': (r) => [r('canComplete')],
  'age-over-limit': (r) => [r('targetGroup'), r('mayOffer')],
  'family-reference-other': (r) => [r('mayOffer'), r('permitFamily')],
  'family-reference-five-years-or-more': (r) => [r('permitFamily'), r('mayOffer')],
  'not-yet-settled': (r) => [r('targetGroup')],
  'no-imdi-agreement': (r) => [r('targetGroup'), r('mayOffer')],
  'moved-from-first-kommune': (r) => [r('targetGroup'), r('mayOffer')],
  'in-target-group': (r) => [r('targetGroup'), r('permits')],
  // The adaptations are set by regulation under § 37 e; from 2026 § 37 c leaves samfunnskunnskap
  // out (docs/law/chapter-6a.md).
  'collective-protection-temporary-rules': (r, day) => [
    r('permitCollective'),
    ...(ilHasRule('ch6aSocialStudies', day) ? [r('ch6aSocialStudies')] : []),
    r('ch6aAdaptations'),
  ],
  'permit-refugee': (r) => [r('permitRefugee'), utl('28')],
  'permit-resettled-refugee': (r) => [r('permitResettled'), utl('35', 3)],
  'permit-humanitarian-after-asylum': (r) => [r('permitHumanitarian'), utl('38', 1)],
  'permit-limited-family-with-children': (r) => [r('permitLimitedFamily'), utl('38', 5)],
  'permit-collective-protection': (r) => [r('permitCollective'), utl('34')],
  'permit-family-reference-within-five-years': (r) => [r('permitFamily')],
  'permit-independent-after-abuse': (r) => [r('permitIndependent'), utl('53', 1, 'b')],
  'new-law-arrival-2021-or-later': (r) => [forskrift('72', 1), r('transition')],
  'age-within-limits': (r) => [r('targetGroup')],
  'age-limit-amendment-not-in-force': (r) => [integreringslovenEndret2025('8', 1), r('mayOffer')],
  'settled-by-agreement': (r) => [r('targetGroup')],
  'agreement-not-required': (r) => [r('targetGroup'), r('permits')],
  'within-two-years': (r) => [r('targetGroup')],
  'no-job-30-hours': (r) => [r('jobRule')],
  'collective-protection-before-temporary-rules': (r) => [r('permitCollective')],
  'temporary-rules-expired': (r) => [r('permitCollective'), r('ch6aAdaptations')],
  'job-near-full-time-may-refuse': (r) => [r('ch6aJob')],
  'start-within-three-months': (r) => [r('startDeadline')],
  'parent-guidance': (r) => [r('parentGuidance'), forskrift('3')],
  'stipend-full': (r) => [r('stipend')],
  'stipend-two-thirds': (r) => [r('stipend')],
  'stipend-one-third': (r) => [r('stipend')],
  'stipend-rate-unknown': (r) => [r('stipend')],
  'g-may-be-outdated': () => [folketrygdloven('1-4')],
  'engine-error': (r) => [r('targetGroup')],
}

export function makeReason(code: ReasonCode, today: string): Reason {
  return { code, citations: CITATIONS[code]((topic) => ilRule(topic, today), today) }
}
