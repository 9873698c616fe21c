/**
 * Every reason code `assess` can emit, with a one-line English description (the source for the
 * user-facing text in locales, key `reason.<code>`) and the citations that go with it.
 *
 * Codes are stable ids: rename only together with every locale.
 */
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

export const REASON_DESCRIPTIONS = {
  // ── cannot-tell: an answer is missing, "don't know", or not exact enough ──
  'missing-permit': 'The kind of residence permit is not known; it decides whether the programme can apply at all.',
  'missing-reference-permit': 'The permit of the family member in Norway is not known; family of refugees and the other groups in § 9 a–e are covered, family of others are not.',
  'missing-reference-settlement-date': 'When the family member in Norway was first settled in a kommune is not known (or not exactly enough) to check the 5-year limit.',
  'missing-family-application-date': 'When the application for family immigration was made is not known (or not exactly enough) to check the 5-year limit.',
  'missing-permit-date': 'The date the permit was granted is not known (or not exactly enough); it decides which law applies and the age that counts.',
  'missing-arrival-date': 'The permit is from before 2021, and the arrival date is not known (or not exactly enough) to tell whether the old or the new law applies.',
  'missing-birth-date': 'The birth date is not known (or not exactly enough) to tell the age on the day the permit was granted.',
  'missing-started-programme': 'It is not known whether the person has already started an introduction programme.',
  'missing-declined-or-left': 'It is not known whether the person has said no to, or left, the programme or the training.',
  'missing-settled': 'It is not known whether the person now lives in a kommune (or still in a reception centre).',
  'missing-settlement-date': 'The date of the first settlement in a kommune is not known (or not exactly enough) to tell whether the 2 years have run out.',
  'missing-imdi-agreement': 'It is not known whether the person was settled by agreement between IMDi and the kommune.',
  'missing-first-kommune': 'It is not known whether the person still lives in the first kommune they were settled in.',
  'missing-claim-date': 'The date the person asked the kommune to take part is not exact enough to compare with the 2-year limit.',
  'missing-job-30-hours': 'It is not known whether the person has a job, or a job offer, of at least 30 hours a week; from 2026 such a job means no right.',
  'independent-permit-ground-unclear': 'An independent permit (utlendingsloven § 53) gives the right only on some grounds (first paragraph b, second and third paragraphs); the ground must be checked.',
  'claim-before-two-years-unclear': 'The 2 years have run out, but the person asked to take part before that; whether a claim in time keeps the right is not settled (ask the kommune).',
  // ── not in the target group ──
  'permit-eea-nordic': 'Nordic and EEA citizens are not covered by the introduction programme.',
  'permit-asylum-seeker': 'Without a residence permit there is no right to the programme yet (training in the reception centre is separate).',
  'permit-other': 'Work, study and other permits not listed in § 9 give no right to the programme.',
  'permit-humanitarian-no-asylum': 'A humanitarian permit (§ 38) gives the right only when it follows an application for asylum.',
  'age-under-18-at-permit': 'The person was under 18 on the day the permit was granted; the age on that day decides, and one cannot grow into the group.',
  'two-years-passed': 'The person has lived in a Norwegian kommune for 2 years or more since the first settlement.',
  'job-30-hours-no-right': 'From 2026, a person with a job or job offer of at least 30 hours a week has no right; the right returns if the job ends within the 2 years.',
  // ── the other outcomes, deciding rule ──
  'old-law-permit-and-arrival-before-2021': 'The permit was granted and the person arrived before 1 January 2021, so the old introduksjonsloven (2003) applies.',
  'declined-or-left': 'The person said no to, or left, the programme or the training, so the kommune no longer has a duty to offer it.',
  'started-can-complete': 'The person has started an introduction programme and may complete it, whatever happens to the permit (§ 9 second paragraph).',
  'age-over-limit': 'The person was over 55 on the day the permit was granted; the kommune may offer the programme but does not have to.',
  'family-reference-other': 'The family member in Norway is not a refugee or in another § 9 a–e group; the kommune may offer the programme but does not have to.',
  'family-reference-five-years-or-more': 'The family member in Norway had lived in a kommune for 5 years or more when the family application was made; the kommune may offer the programme.',
  'not-yet-settled': 'The person is in the target group but not yet settled in a kommune; the right starts with settlement.',
  'no-imdi-agreement': 'The person was not settled by agreement between IMDi and the kommune (settled on their own); the kommune may offer the programme.',
  'moved-from-first-kommune': 'The right applies in the first kommune the person was settled in; after a move the new kommune may offer the programme.',
  'in-target-group': 'The person has a permit listed in § 9, was 18 to 55 on the permit date, lives in the kommune and has lived in a kommune less than 2 years.',
  'collective-protection-temporary-rules': 'Collective protection granted from 11 March 2022: the right to the programme with the temporary adaptations of chapter 6A.',
  // ── supporting reasons ──
  'permit-refugee': 'A refugee permit (utlendingsloven § 28) is listed in § 9 first paragraph a.',
  'permit-resettled-refugee': 'A permit as a resettled refugee (utlendingsloven § 35 third paragraph) is listed in § 9 first paragraph b.',
  'permit-humanitarian-after-asylum': 'A renewable humanitarian permit after an asylum application (utlendingsloven § 38) is listed in § 9 first paragraph c.',
  'permit-limited-family-with-children': 'A limited permit as a member of a family with children (utlendingsloven § 38 fifth paragraph a or b) is listed in § 9 first paragraph d.',
  'permit-collective-protection': 'Collective protection (utlendingsloven § 34) is listed in § 9 first paragraph e.',
  'permit-family-reference-within-five-years': 'Family immigration to a person in § 9 a–e who had lived in a kommune less than 5 years when the application was made is listed in § 9 first paragraph f.',
  'permit-independent-after-abuse': 'A renewable independent permit after abuse (utlendingsloven § 53 first paragraph b) is listed in § 9 first paragraph g.',
  'new-law-arrival-2021-or-later': 'The permit is from before 2021, but the person came to Norway in 2021 or later, so integreringsloven applies.',
  'age-within-limits': 'The person was between 18 and 55 on the day the permit was granted.',
  'age-limit-amendment-not-in-force': 'A change of the age limit to 60 has been adopted (lov 20. juni 2025 nr. 35) but is not in force.',
  'settled-by-agreement': 'The person was settled in the kommune by agreement between IMDi and the kommune.',
  'agreement-not-required': 'For family immigrants (§ 9 f) and independent permits (§ 9 g), settlement by agreement with IMDi is not required.',
  'within-two-years': 'The person has lived in a kommune for less than 2 years.',
  'no-job-30-hours': 'The person has no job or job offer of 30 hours a week or more; if that changes, the right ends (and returns if the job ends within the 2 years).',
  'collective-protection-before-temporary-rules': 'Collective protection granted before 11 March 2022 follows the ordinary rules, not the temporary chapter 6A.',
  'temporary-rules-expired': 'The temporary rules of chapter 6A were set to end on 1 July 2026 and no extension was found; the right itself stands in § 9, ask the kommune what applies now.',
  'job-near-full-time-may-refuse': 'Before 2026 the kommune may refuse a person with collective protection who has a job or job offer close to full time (old § 37 c).',
  'start-within-three-months': 'The kommune must decide on and start the programme as soon as possible and within 3 months of settlement or of the claim.',
  'parent-guidance': 'Participants with children under 18 take a course for parents (foreldreveiledning) as part of the programme.',
  'stipend-full': 'Introduksjonsstønad: the full rate, 2 G a year (25 or older).',
  'stipend-two-thirds': 'Introduksjonsstønad: two thirds of 2 G a year (under 25, not living with a parent).',
  'stipend-one-third': 'Introduksjonsstønad: one third of 2 G a year (under 25, living with one or both parents).',
  'stipend-rate-unknown': 'The rate of introduksjonsstønad cannot be told: the age today or whether the person lives with a parent is not known.',
  'g-may-be-outdated': 'The grunnbeløp (G) used here may have changed since (a new G is set each 1 May).',
  'engine-error': 'The answers could not be assessed; contact the kommune.',
} as const

export type ReasonCode = keyof typeof REASON_DESCRIPTIONS

/** Every reason code assess can emit. */
export const REASON_CODES = Object.keys(REASON_DESCRIPTIONS) as ReasonCode[]

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
  'collective-protection-temporary-rules': () => [il('9', 1, 'e'), il('37 a')],
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
  'temporary-rules-expired': () => [il('37 a'), il('9', 1, 'e')],
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
