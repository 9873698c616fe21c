/**
 * Personas: people who walk the questionnaire. Each lists exactly the answers it is asked for
 * (null = "I don't know the date"); the path test fails if the flow asks anything else.
 * `today` is fixed so the legal dates (2-year window, job rule, chapter 6A) are deterministic.
 */
import type { Flag, Outcome } from '@/rules/types'

export interface Persona {
  name: string
  today: string
  answers: Record<string, string | null>
  outcome: Outcome
  flags?: Flag[]
  stipend?: 'full' | 'two-thirds' | 'one-third'
}

export const TODAY = '2026-11-23'

/** A refugee who has the right and duty, up to the settlement questions (shared by several tests). */
export const adultRefugee = {
  permit: 'refugee',
  permitDate: '2025-03-10',
  birthDate: '1990-05-01',
  startedProgramme: 'no',
  declinedOrLeft: 'no',
  settled: 'yes',
  settlementDate: '2025-06-01',
  imdiAgreement: 'yes',
  firstKommune: 'yes',
}

/** The same answers without the two settlement-agreement questions. */
function withoutAgreement(a: Record<string, string>): Record<string, string> {
  const { imdiAgreement: _i, firstKommune: _f, ...rest } = a
  return rest
}

/** The same refugee with every question answered: right and duty. */
export const REFUGEE_WITH_RIGHT = { ...adultRefugee, job30Hours: 'no', childrenUnder18: 'yes' }

export const PERSONAS: Persona[] = [
  {
    name: 'adult refugee with children',
    today: TODAY,
    answers: { ...adultRefugee, job30Hours: 'no', childrenUnder18: 'yes' },
    outcome: 'right-and-duty',
    flags: ['parent-guidance', 'start-within-3-months'],
    stipend: 'full',
  },
  {
    name: 'young refugee living with a parent',
    today: TODAY,
    answers: { ...adultRefugee, birthDate: '2004-02', job30Hours: 'no', childrenUnder18: 'no', livesWithParent: 'yes' },
    outcome: 'right-and-duty',
    stipend: 'one-third',
  },
  {
    name: 'collective protection (Ukraine), after 1 July 2026',
    today: TODAY,
    answers: {
      ...adultRefugee,
      permit: 'collective-protection',
      permitDate: '2025-02-01',
      settlementDate: '2025-09-01',
      job30Hours: 'no',
      childrenUnder18: 'no',
    },
    outcome: 'right-temporary-rules',
    flags: ['rules-may-have-changed'],
  },
  { name: 'EEA citizen', today: TODAY, answers: { permit: 'eea-nordic' }, outcome: 'not-in-target-group' },
  { name: 'work permit', today: TODAY, answers: { permit: 'other-permit' }, outcome: 'not-in-target-group' },
  { name: 'does not know the permit', today: TODAY, answers: { permit: 'unknown' }, outcome: 'cannot-tell' },
  {
    name: 'family immigrant of a refugee (no IMDi question)',
    today: TODAY,
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      // Settled early 2020: whether the application came within 5 years is a real question.
      referenceSettlementDate: '2020-02-10',
      familyApplicationDate: '2024-05',
      permitDate: '2025-01-15',
      birthDate: '1995',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'yes',
      settlementDate: '2025-03-01',
      firstKommune: 'yes',
      job30Hours: 'no',
      childrenUnder18: 'yes',
    },
    outcome: 'right-and-duty',
    flags: ['parent-guidance'],
  },
  {
    name: 'family immigrant of a Norwegian citizen',
    today: TODAY,
    answers: {
      permit: 'family-immigration',
      referencePermit: 'other',
      permitDate: '2025-01-15',
      birthDate: '1995-06-01',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'yes',
      settlementDate: '2025-03-01',
    },
    outcome: 'may-be-offered',
  },
  {
    name: 'permit and arrival before 2021: old law',
    today: TODAY,
    answers: { permit: 'refugee', permitDate: '2019-05-01', arrivalDate: '2018-11-01' },
    outcome: 'old-law',
  },
  {
    name: 'permit before 2021, does not know the arrival date',
    today: TODAY,
    // The open point does not stop the questions: what decides the result under the new law is
    // still asked, so the result can say what each arrival date would give.
    answers: {
      permit: 'refugee',
      permitDate: '2020-12',
      arrivalDate: null,
      birthDate: '1990-05-01',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'yes',
      settlementDate: '2025-09-01',
      imdiAgreement: 'yes',
      firstKommune: 'yes',
      job30Hours: 'no',
      childrenUnder18: 'no',
    },
    outcome: 'cannot-tell',
  },
  {
    name: 'still in a reception centre',
    today: TODAY,
    answers: {
      permit: 'refugee',
      permitDate: '2026-09-01',
      birthDate: '1990-05-01',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'no',
      childrenUnder18: 'no',
    },
    outcome: 'right-once-settled',
  },
  {
    name: 'self-settled refugee',
    today: TODAY,
    // may-be-offered either way, so the first-kommune question is not asked
    answers: { ...withoutAgreement(adultRefugee), imdiAgreement: 'no' },
    outcome: 'may-be-offered',
  },
  {
    name: 'declined the programme',
    today: TODAY,
    // Settlement is still asked: someone outside the target group anyway (2 years passed) is not "lapsed".
    answers: {
      permit: 'refugee',
      permitDate: '2025-03-10',
      birthDate: '1990-05-01',
      startedProgramme: 'no',
      declinedOrLeft: 'yes',
      settled: 'yes',
      settlementDate: '2025-06-01',
    },
    outcome: 'duty-lapsed',
  },
  {
    name: 'full-time job since 2026',
    today: TODAY,
    answers: { ...adultRefugee, job30Hours: 'yes' },
    outcome: 'not-in-target-group',
    flags: ['right-returns-if-job-ends'],
  },
  {
    name: 'started the programme, now over 2 years',
    today: TODAY,
    answers: {
      permit: 'refugee',
      permitDate: '2023-01-05',
      birthDate: '1980-01-01',
      startedProgramme: 'yes',
      declinedOrLeft: 'no',
      childrenUnder18: 'no',
    },
    outcome: 'right-and-duty',
    flags: ['can-complete'],
  },
  {
    name: 'over 2 years, claimed in time',
    today: TODAY,
    answers: { ...withoutAgreement(adultRefugee), permitDate: '2023-11-01', settlementDate: '2024-01-10', claimDate: '2025-06-01' },
    outcome: 'cannot-tell',
  },
  {
    name: 'over 2 years, never claimed',
    today: TODAY,
    answers: { ...withoutAgreement(adultRefugee), permitDate: '2023-11-01', settlementDate: '2024-01-10', claimDate: null },
    outcome: 'not-in-target-group',
  },
  {
    name: '57 at the permit date',
    today: TODAY,
    // may-be-offered whatever the settlement details: they are not asked
    answers: { ...withoutAgreement(adultRefugee), birthDate: '1967-06-01' },
    outcome: 'may-be-offered',
    flags: ['age-limit-changing'],
  },
  {
    name: '17 at the permit date',
    today: TODAY,
    // Still asked whether they started: having started overrides age (§ 9 second paragraph).
    answers: { permit: 'refugee', permitDate: '2025-03-10', birthDate: '2007-06-01', startedProgramme: 'no' },
    outcome: 'not-in-target-group',
  },
  {
    name: 'moved to another kommune',
    today: TODAY,
    answers: { ...adultRefugee, firstKommune: 'no' },
    outcome: 'may-be-offered',
  },
]
