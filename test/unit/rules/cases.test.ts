/**
 * The example cases of shared/spec/rules.md section (c), plus the job rule from 2026, partial
 * dates and the stipend. Defaults of section (c): today 2025-06-01, settled yes, IMDi agreement
 * yes, first kommune yes, first settlement 2024-09-01, arrival = permit date, declined no,
 * started no, children no. Not in (c) and chosen here: permit date 2024-05-01.
 * "age N" is turned into a birth date N years and 100 days before the permit date.
 */
import { describe, expect, it } from 'vitest'
import { assess } from '@/rules'
import { contradictions } from './stance'
import type { Answers, Flag, Outcome, Stipend } from '@/rules'
import { isEngineError } from '@/rules/assess'
import { lawChanges } from '@/rules/lawChanges'
import { addDays, addYears } from '@/rules/dates'

const DEFAULT_TODAY = '2025-06-01'
const DEFAULT_PERMIT_DATE = '2024-05-01'

/** A birth date making the person `age` on `permitDate` (birthday 100 days before). */
function born(age: number, permitDate = DEFAULT_PERMIT_DATE): string {
  return addDays(addYears(permitDate, -age), -100)
}

/** Section (c) defaults, overridden by `a`. `permitDate` also sets the arrival unless given. */
function withDefaults(a: Answers): Answers {
  const permitDate = a.permitDate ?? DEFAULT_PERMIT_DATE
  return {
    settled: 'yes',
    imdiAgreement: 'yes',
    firstKommune: 'yes',
    settlementDate: '2024-09-01',
    declinedOrLeft: 'no',
    startedProgramme: 'no',
    childrenUnder18: 'no',
    birthDate: born(30, permitDate.length === 7 ? `${permitDate}-01` : permitDate),
    permitDate,
    arrivalDate: permitDate,
    ...a,
  }
}

interface Case {
  id: string
  description: string
  answers: Answers
  today?: string
  outcome: Outcome
  /** the flags, exactly (none when left out) */
  flags?: Flag[]
  /** these flags must be absent */
  noFlags?: Flag[]
  /** exact `missing` (for cannot-tell) */
  missing?: (keyof Answers)[]
  /** exact stipend ('none' = must be absent) */
  stipend?: Stipend | 'none'
  /** the first (deciding) reason code */
  reason?: string
}

const RESEARCH: Case[] = [
  {
    id: '1',
    description: 'refugee, 17 on the permit date (one day before the 18th birthday)',
    answers: { permit: 'refugee', birthDate: '2005-03-16', permitDate: '2023-03-15' },
    outcome: 'not-in-target-group',
    reason: 'age-under-18-at-permit',
  },
  {
    id: '2',
    description: 'refugee, 18 on the permit date (the birthday itself)',
    answers: { permit: 'refugee', birthDate: '2005-03-15', permitDate: '2023-03-15' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    // 20 today, livesWithParent not answered: the rate cannot be told.
    stipend: 'none',
  },
  {
    id: '3',
    description: 'refugee, 18 at the permit date (age given as a birth date), granted 2024-05-01',
    answers: { permit: 'refugee', birthDate: born(18), livesWithParent: 'no' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'two-thirds',
  },
  {
    id: '4',
    description: 'refugee, 55 on the permit date (55 is in)',
    answers: { permit: 'refugee', birthDate: '1967-03-16', permitDate: '2023-03-15' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    noFlags: ['age-limit-changing'],
  },
  {
    id: '5',
    description: 'refugee, 56 on the permit date (the birthday itself)',
    answers: { permit: 'refugee', birthDate: '1967-03-15', permitDate: '2023-03-15' },
    outcome: 'may-be-offered',
    flags: ['age-limit-changing'],
    reason: 'age-over-limit',
  },
  {
    id: '6',
    description: 'refugee, 60 on the permit date',
    answers: { permit: 'refugee', birthDate: born(60) },
    outcome: 'may-be-offered',
    flags: ['age-limit-changing'],
  },
  {
    id: '7',
    description: 'refugee, 61 on the permit date: no flag',
    answers: { permit: 'refugee', birthDate: born(61) },
    outcome: 'may-be-offered',
    noFlags: ['age-limit-changing'],
  },
  {
    id: '8',
    description: 'refugee, settled 2023-06-02: one day short of 2 years on 2025-06-01',
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-06-02' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '9',
    description: 'refugee, settled 2023-06-01: exactly 2 years on 2025-06-01',
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-06-01' },
    outcome: 'not-in-target-group',
    reason: 'two-years-passed',
  },
  {
    id: '10',
    description: 'as 9, but claimed in writing on 2025-04-15 (within the 2 years)',
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-06-01', claimDate: '2025-04-15' },
    outcome: 'cannot-tell',
    missing: ['claimDate'],
    reason: 'claim-before-two-years-unclear',
  },
  {
    id: '11',
    description: 'refugee, granted and arrived 2020-12-31',
    answers: { permit: 'refugee', permitDate: '2020-12-31', arrivalDate: '2020-12-31' },
    outcome: 'old-law',
    reason: 'old-law-permit-and-arrival-before-2021',
  },
  {
    id: '12',
    description: 'refugee, granted 2021-01-01, arrived 2020-10-01',
    answers: { permit: 'refugee', permitDate: '2021-01-01', arrivalDate: '2020-10-01', settlementDate: '2024-09-01' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '13',
    description: 'family (ref refugee, ref→app 2 y), granted 2020-12-31, arrived 2021-01-01, settled 2021-01-05, IMDi no',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2018-06-01',
      familyApplicationDate: '2020-06-01',
      permitDate: '2020-12-31',
      arrivalDate: '2021-01-01',
      birthDate: born(30, '2020-12-31'),
      settlementDate: '2021-01-05',
      imdiAgreement: 'no',
    },
    today: '2022-06-01',
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    reason: 'in-target-group',
  },
  {
    id: '14',
    description: 'refugee, granted 2020-12-31, arrival unknown',
    answers: { permit: 'refugee', permitDate: '2020-12-31', arrivalDate: undefined },
    outcome: 'cannot-tell',
    missing: ['arrivalDate'],
  },
  {
    id: '15',
    description: 'family, granted 2020-03-01, arrived 2020-06-01 (other answers do not matter)',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'other',
      permitDate: '2020-03-01',
      arrivalDate: '2020-06-01',
      startedProgramme: 'yes',
      declinedOrLeft: 'yes',
    },
    outcome: 'old-law',
  },
  { id: '16', description: 'resettled refugee, 40', answers: { permit: 'resettled-refugee', birthDate: born(40) }, outcome: 'right-and-duty', flags: ['start-within-3-months'] },
  {
    id: '17',
    description: 'humanitarian after asylum, 25',
    answers: { permit: 'humanitarian-after-asylum', birthDate: born(25) },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '18',
    description: 'humanitarian without asylum, 25',
    answers: { permit: 'humanitarian-no-asylum', birthDate: born(25) },
    outcome: 'not-in-target-group',
    reason: 'permit-humanitarian-no-asylum',
  },
  {
    id: '19',
    description: 'limited § 38 fifth paragraph a/b, 35',
    answers: { permit: 'limited-family-with-children', birthDate: born(35) },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '20',
    description: 'collective protection, 35, granted 2022-03-11 (first day of 6A)',
    answers: { permit: 'collective-protection', permitDate: '2022-03-11', birthDate: born(35, '2022-03-11') },
    outcome: 'right-temporary-rules',
    flags: ['start-within-3-months'],
    noFlags: ['rules-may-have-changed'],
    reason: 'collective-protection-temporary-rules',
  },
  {
    id: '21',
    description: 'collective protection, granted 2024-05-01, near-full-time job: before 2026 a flag only',
    answers: { permit: 'collective-protection', birthDate: born(35), job30Hours: 'yes' },
    outcome: 'right-temporary-rules',
    flags: ['may-refuse-if-job', 'start-within-3-months'],
  },
  {
    id: '22',
    description: 'collective protection, 56, granted 2023-02-01',
    answers: { permit: 'collective-protection', permitDate: '2023-02-01', birthDate: born(56, '2023-02-01') },
    outcome: 'may-be-offered',
    flags: ['age-limit-changing'],
  },
  {
    id: '23',
    description: 'collective protection, 35, self-settled',
    answers: { permit: 'collective-protection', birthDate: born(35), imdiAgreement: 'no' },
    outcome: 'may-be-offered',
    reason: 'no-imdi-agreement',
  },
  {
    // differs from research: research says CANNOT_TELL("6A expired or extended?"); contract
    // rules-api.md: past the valid-until date the right outcome stands, with rules-may-have-changed.
    // today ≥ 2026-01-01, so the job answer is needed (job30Hours: 'no').
    id: '24',
    description: 'collective protection, granted 2024-09-01, settled 2024-10-01, assessed 2026-07-01',
    answers: {
      permit: 'collective-protection',
      permitDate: '2024-09-01',
      birthDate: born(35, '2024-09-01'),
      settlementDate: '2024-10-01',
      job30Hours: 'no',
    },
    today: '2026-07-01',
    outcome: 'right-temporary-rules',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
  },
  {
    // differs from research: the research had no job rule; contract rules-api.md: from 2026 an
    // unanswered job30Hours gives cannot-tell [job30Hours].
    id: '24b',
    description: 'as 24, job not answered',
    answers: {
      permit: 'collective-protection',
      permitDate: '2024-09-01',
      birthDate: born(35, '2024-09-01'),
      settlementDate: '2024-10-01',
    },
    today: '2026-07-01',
    outcome: 'cannot-tell',
    missing: ['job30Hours'],
  },
  {
    id: '25',
    description: 'collective protection granted 2022-03-10 (before 6A): ordinary rules',
    answers: { permit: 'collective-protection', permitDate: '2022-03-10', birthDate: born(35, '2022-03-10') },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    // differs from research: CANNOT_TELL("NOT_YET_SETTLED"); contract rules-api.md: right-once-settled.
    id: '26',
    description: 'collective protection, still in a reception centre',
    answers: { permit: 'collective-protection', birthDate: born(35), settled: 'no', settlementDate: undefined },
    outcome: 'right-once-settled',
    flags: ['start-within-3-months'],
    reason: 'not-yet-settled',
  },
  {
    id: '27',
    description: 'family (ref collective protection, ref→app 1 y), IMDi no, 30: ordinary rules',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'collective-protection',
      referenceSettlementDate: '2023-02-01',
      familyApplicationDate: '2024-02-01',
      imdiAgreement: 'no',
    },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '28',
    description: 'family (ref refugee settled 2019-03-01), applied 2024-02-29 (< 5 years)',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2019-03-01',
      familyApplicationDate: '2024-02-29',
    },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '29',
    description: 'family (ref refugee settled 2019-03-01), applied 2024-03-01 (exactly 5 years)',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2019-03-01',
      familyApplicationDate: '2024-03-01',
    },
    outcome: 'may-be-offered',
    reason: 'family-reference-five-years-or-more',
  },
  {
    id: '30',
    description: 'family of a Norwegian citizen',
    answers: { permit: 'family-immigration', referencePermit: 'other' },
    outcome: 'may-be-offered',
    reason: 'family-reference-other',
  },
  {
    id: '31',
    description: 'family of a worker (§ 23)',
    answers: { permit: 'family-immigration', referencePermit: 'other', imdiAgreement: 'no' },
    outcome: 'may-be-offered',
  },
  {
    id: '32',
    description: 'family, reference person unknown',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'unknown',
      referenceSettlementDate: '2023-02-01',
      familyApplicationDate: '2024-02-01',
    },
    outcome: 'cannot-tell',
    missing: ['referencePermit'],
  },
  {
    id: '33',
    description: 'family (ref resettled, ref→app 3 y), 17 on the permit date',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'resettled-refugee',
      referenceSettlementDate: '2021-01-01',
      familyApplicationDate: '2024-01-01',
      birthDate: born(17),
    },
    outcome: 'not-in-target-group',
  },
  {
    id: '34',
    description: 'independent permit after abuse, 30, self-settled',
    answers: { permit: 'independent-after-abuse', imdiAgreement: 'no' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '35',
    description: 'independent permit on another § 53 ground',
    answers: { permit: 'independent-other' },
    outcome: 'cannot-tell',
    missing: ['permit'],
    reason: 'independent-permit-ground-unclear',
  },
  { id: '36', description: 'work permit, 30', answers: { permit: 'other-permit' }, outcome: 'not-in-target-group', reason: 'permit-other' },
  { id: '37', description: 'student', answers: { permit: 'other-permit' }, outcome: 'not-in-target-group' },
  { id: '38', description: 'EU citizen', answers: { permit: 'eea-nordic' }, outcome: 'not-in-target-group', reason: 'permit-eea-nordic' },
  {
    id: '39',
    description: 'asylum seeker without a permit',
    answers: { permit: 'asylum-seeker' },
    outcome: 'not-in-target-group',
    reason: 'permit-asylum-seeker',
  },
  { id: '40', description: 'permit unknown', answers: { permit: 'unknown' }, outcome: 'cannot-tell', missing: ['permit'] },
  {
    id: '41',
    description: 'refugee, self-settled',
    answers: { permit: 'refugee', imdiAgreement: 'no' },
    outcome: 'may-be-offered',
    reason: 'no-imdi-agreement',
  },
  {
    id: '42',
    description: 'refugee, IMDi agreement unknown',
    answers: { permit: 'refugee', imdiAgreement: 'unknown' },
    outcome: 'cannot-tell',
    missing: ['imdiAgreement'],
  },
  {
    id: '43',
    description: 'refugee, moved from the first kommune',
    answers: { permit: 'refugee', firstKommune: 'no' },
    outcome: 'may-be-offered',
    reason: 'moved-from-first-kommune',
  },
  {
    id: '44',
    description: 'refugee, first kommune unknown',
    answers: { permit: 'refugee', firstKommune: 'unknown' },
    outcome: 'cannot-tell',
    missing: ['firstKommune'],
  },
  { id: '45', description: 'refugee, declined', answers: { permit: 'refugee', declinedOrLeft: 'yes' }, outcome: 'duty-lapsed' },
  {
    id: '46',
    description: 'collective protection, dropped out',
    answers: { permit: 'collective-protection', declinedOrLeft: 'yes' },
    outcome: 'duty-lapsed',
  },
  {
    id: '47',
    description: 'refugee, 56, declined',
    answers: { permit: 'refugee', birthDate: born(56), declinedOrLeft: 'yes' },
    outcome: 'duty-lapsed',
  },
  {
    id: '48',
    description: 'refugee who started, now a citizen, first settled 2022-01-01 (over 2 years)',
    answers: { permit: 'refugee', startedProgramme: 'yes', permitDate: '2021-06-01', settlementDate: '2022-01-01' },
    outcome: 'right-and-duty',
    flags: ['can-complete'],
    reason: 'started-can-complete',
  },
  {
    id: '49',
    description: 'refugee, children under 18',
    answers: { permit: 'refugee', childrenUnder18: 'yes' },
    outcome: 'right-and-duty',
    flags: ['parent-guidance', 'start-within-3-months'],
  },
  {
    id: '50',
    description: 'collective protection granted 2024-01-10, children under 18',
    answers: {
      permit: 'collective-protection',
      permitDate: '2024-01-10',
      birthDate: born(30, '2024-01-10'),
      childrenUnder18: 'yes',
    },
    outcome: 'right-temporary-rules',
    flags: ['parent-guidance', 'start-within-3-months'],
  },
  {
    id: '51',
    description: 'refugee, 23 today, lives with a parent',
    answers: { permit: 'refugee', birthDate: '2002-01-15', livesWithParent: 'yes' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'one-third',
  },
  {
    id: '52',
    description: 'refugee, 23 today, does not live with a parent',
    answers: { permit: 'refugee', birthDate: '2002-01-15', livesWithParent: 'no' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'two-thirds',
  },
  {
    id: '53',
    description: 'refugee, 25 today',
    answers: { permit: 'refugee', birthDate: '2000-01-15', livesWithParent: 'yes' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'full',
  },
  {
    // differs from research: CANNOT_TELL("NOT_YET_SETTLED"); contract rules-api.md: right-once-settled.
    id: '54',
    description: 'refugee, still in a reception centre',
    answers: { permit: 'refugee', settled: 'no', settlementDate: undefined, imdiAgreement: undefined, firstKommune: undefined },
    outcome: 'right-once-settled',
    flags: ['start-within-3-months'],
  },
  {
    id: '55',
    description: 'family (ref refugee, ref→app 1 y), 30, moved',
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2022-06-01',
      familyApplicationDate: '2023-06-01',
      firstKommune: 'no',
    },
    outcome: 'may-be-offered',
    reason: 'moved-from-first-kommune',
  },
]

const LATE = '2026-11-23'
/** A recent refugee situation for the 2026 job-rule cases: permit 2025-05-01, settled 2025-09-01. */
const recent = (a: Answers): Answers =>
  withDefaults({ permitDate: '2025-05-01', settlementDate: '2025-09-01', birthDate: '1990-02-02', ...a })

const JOB_RULE: Case[] = [
  {
    id: 'job-1',
    description: '2026: refugee with a 30-hour job',
    answers: recent({ permit: 'refugee', job30Hours: 'yes' }),
    today: LATE,
    outcome: 'not-in-target-group',
    flags: ['right-returns-if-job-ends'],
    reason: 'job-30-hours-no-right',
  },
  {
    id: 'job-2',
    description: '2026: refugee without such a job',
    answers: recent({ permit: 'refugee', job30Hours: 'no' }),
    today: LATE,
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'full',
  },
  {
    id: 'job-3',
    description: '2026: job unknown',
    answers: recent({ permit: 'refugee', job30Hours: 'unknown' }),
    today: LATE,
    outcome: 'cannot-tell',
    missing: ['job30Hours'],
  },
  {
    id: 'job-4',
    description: '2026: job not answered',
    answers: recent({ permit: 'refugee' }),
    today: LATE,
    outcome: 'cannot-tell',
    missing: ['job30Hours'],
  },
  {
    id: 'job-5',
    description: '2026: collective protection with a 30-hour job (the 6A flag is gone)',
    answers: recent({ permit: 'collective-protection', job30Hours: 'yes' }),
    today: LATE,
    outcome: 'not-in-target-group',
    flags: ['right-returns-if-job-ends'],
    noFlags: ['may-refuse-if-job'],
  },
  {
    id: 'job-6',
    description: '2026 (after 1 July): collective protection without a job → right, 6A past its date',
    answers: recent({ permit: 'collective-protection', job30Hours: 'no' }),
    today: LATE,
    outcome: 'right-temporary-rules',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
  },
  {
    id: 'job-7',
    description: '2026: started already: the job rule does not touch can-complete',
    answers: recent({ permit: 'refugee', startedProgramme: 'yes', job30Hours: 'yes' }),
    today: LATE,
    outcome: 'right-and-duty',
    flags: ['can-complete'],
    noFlags: ['right-returns-if-job-ends', 'start-within-3-months'],
  },
  {
    id: 'job-8',
    description: '2026: self-settled with a job: may-be-offered untouched',
    answers: recent({ permit: 'refugee', imdiAgreement: 'no', job30Hours: 'yes' }),
    today: LATE,
    outcome: 'may-be-offered',
  },
  {
    id: 'job-9',
    description: '2026: not yet settled, with a job: right-once-settled untouched (lead)',
    answers: recent({ permit: 'refugee', settled: 'no', settlementDate: undefined, job30Hours: 'yes' }),
    today: LATE,
    outcome: 'right-once-settled',
    flags: ['start-within-3-months'],
  },
  {
    id: 'job-10',
    description: '31 Dec 2025: refugee with a job: the old law has no job rule for refugees',
    answers: recent({ permit: 'refugee', job30Hours: 'yes' }),
    today: '2025-12-31',
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    noFlags: ['may-refuse-if-job', 'right-returns-if-job-ends'],
  },
  {
    id: 'job-11',
    description: '31 Dec 2025: collective protection with a job → flag only',
    answers: recent({ permit: 'collective-protection', job30Hours: 'yes' }),
    today: '2025-12-31',
    outcome: 'right-temporary-rules',
    flags: ['may-refuse-if-job', 'start-within-3-months'],
  },
  {
    id: 'job-12',
    description: '31 Dec 2025: collective protection, job unknown → no flag, still the right',
    answers: recent({ permit: 'collective-protection', job30Hours: 'unknown' }),
    today: '2025-12-31',
    outcome: 'right-temporary-rules',
    flags: ['start-within-3-months'],
    noFlags: ['may-refuse-if-job'],
  },
  {
    id: 'job-13',
    description: '1 Jan 2026: the rule applies from that day',
    answers: recent({ permit: 'refugee', job30Hours: 'yes' }),
    today: '2026-01-01',
    outcome: 'not-in-target-group',
    flags: ['right-returns-if-job-ends'],
  },
  {
    id: 'job-14',
    description: '2026: 2 years passed and a job: the 2 years decide (no job flag)',
    answers: recent({ permit: 'refugee', permitDate: '2024-05-01', arrivalDate: '2024-05-01', settlementDate: '2024-09-01', job30Hours: 'yes' }),
    today: LATE,
    outcome: 'not-in-target-group',
    reason: 'two-years-passed',
    noFlags: ['right-returns-if-job-ends'],
  },
  {
    id: 'job-15',
    description: '2026: family (f) with a job',
    answers: recent({
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2023-01-01',
      familyApplicationDate: '2024-01-01',
      job30Hours: 'yes',
    }),
    today: LATE,
    outcome: 'not-in-target-group',
    flags: ['right-returns-if-job-ends'],
  },
]

const PARTIAL: Case[] = [
  {
    id: 'partial-1',
    description: "permit 'YYYY-MM' in Dec 2020, arrival in Dec 2020 → old law",
    answers: { permit: 'refugee', permitDate: '2020-12', arrivalDate: '2020-12' },
    outcome: 'old-law',
  },
  {
    id: 'partial-2',
    description: "permit 'YYYY-MM' in Jan 2021 → new law whatever the day (arrival not needed)",
    answers: { permit: 'refugee', permitDate: '2021-01', arrivalDate: undefined, birthDate: '1990-05-05', settlementDate: '2024-09-01' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: 'partial-3',
    description: "permit in Dec 2020, arrival 'YYYY-MM' in Jan 2021 → new law",
    answers: { permit: 'refugee', permitDate: '2020-12', arrivalDate: '2021-01', birthDate: '1990-05-05' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: 'partial-4',
    description: "permit in Dec 2020, arrival not answered → cannot tell",
    answers: { permit: 'refugee', permitDate: '2020-12', arrivalDate: undefined, birthDate: '1990-05-05' },
    outcome: 'cannot-tell',
    missing: ['arrivalDate'],
  },
  {
    id: 'partial-5',
    description: "birth 'YYYY' that decides: 1990, permit 2024-05-01 (33 or 34)",
    answers: { permit: 'refugee', birthDate: '1990' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'full',
  },
  {
    id: 'partial-6',
    description: "birth 'YYYY' that does not decide: 2006, permit 2024-05-01 (17 or 18)",
    answers: { permit: 'refugee', birthDate: '2006' },
    outcome: 'cannot-tell',
    missing: ['birthDate'],
    reason: 'missing-birth-date',
  },
  {
    id: 'partial-7',
    description: "birth 'YYYY' at the upper limit: 1968, permit 2024-05-01 (55 or 56)",
    answers: { permit: 'refugee', birthDate: '1968' },
    outcome: 'cannot-tell',
    missing: ['birthDate'],
  },
  {
    id: 'partial-8',
    description: "birth 'YYYY' 1965 (58 or 59): may be offered either way, with the flag",
    answers: { permit: 'refugee', birthDate: '1965' },
    outcome: 'may-be-offered',
    flags: ['age-limit-changing'],
  },
  {
    // Decision: outcome AND flags must agree (60 has age-limit-changing, 61 not) → cannot-tell.
    id: 'partial-9',
    description: "birth 'YYYY' 1963 (60 or 61): same outcome, different flags → cannot tell",
    answers: { permit: 'refugee', birthDate: '1963' },
    outcome: 'cannot-tell',
    missing: ['birthDate'],
  },
  {
    id: 'partial-10',
    description: "birth 'YYYY-MM' deciding the 18th birthday: born 2006-04, permit 2024-05-01 → 18",
    answers: { permit: 'refugee', birthDate: '2006-04', livesWithParent: 'yes' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'one-third',
  },
  {
    id: 'partial-11',
    description: "birth 2000 'YYYY': 24 or 25 today → the right, but the stipend is left out",
    answers: { permit: 'refugee', birthDate: '2000', livesWithParent: 'no' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    stipend: 'none',
  },
  {
    id: 'partial-12',
    description: "settlement 'YYYY-MM' where the 2 years end within the month",
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-06' },
    today: '2025-06-15',
    outcome: 'cannot-tell',
    missing: ['settlementDate'],
  },
  {
    id: 'partial-13',
    description: "settlement 'YYYY-MM' a month earlier: the 2 years have run out whatever the day",
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-05' },
    today: '2025-06-15',
    outcome: 'not-in-target-group',
  },
  {
    id: 'partial-14',
    description: "collective protection granted in March 2022: 6A or not depends on the day",
    answers: { permit: 'collective-protection', permitDate: '2022-03', birthDate: '1990-05-05' },
    outcome: 'cannot-tell',
    missing: ['permitDate'],
  },
  {
    id: 'partial-15',
    description: "family application in Feb 2024, ref settled 2019-03-01 → within 5 years",
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2019-03-01',
      familyApplicationDate: '2024-02',
    },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: 'partial-16',
    description: "family application in March 2024, ref settled 2019-03-01 → 5 years or more",
    answers: {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2019-03-01',
      familyApplicationDate: '2024-03',
    },
    outcome: 'may-be-offered',
  },
  {
    id: 'partial-17',
    description: "claim 'YYYY-MM' straddling the end of the 2 years",
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-06-15', claimDate: '2025-06' },
    today: '2025-07-01',
    outcome: 'cannot-tell',
    missing: ['claimDate'],
  },
  {
    id: 'partial-18',
    description: "claim 'YYYY-MM' after the 2 years ended → the 2 years decide",
    answers: { permit: 'refugee', permitDate: '2023-01-10', settlementDate: '2023-05-15', claimDate: '2025-06' },
    today: '2025-07-01',
    outcome: 'not-in-target-group',
  },
]

const DECISIONS: Case[] = [
  {
    id: 'settle-1',
    description: 'a first settlement before the present permit (a permit change) counts as given',
    answers: { permit: 'refugee', permitDate: '2024-05-01', settlementDate: '2022-01-01' },
    outcome: 'not-in-target-group',
    reason: 'two-years-passed',
  },
  {
    id: 'lead-1',
    description: 'declined beats started (who left cannot complete)',
    answers: { permit: 'refugee', startedProgramme: 'yes', declinedOrLeft: 'yes' },
    outcome: 'duty-lapsed',
  },
  {
    id: 'lead-2',
    description: 'declined while still in reception',
    answers: { permit: 'refugee', settled: 'no', settlementDate: undefined, declinedOrLeft: 'yes' },
    outcome: 'duty-lapsed',
  },
  {
    id: 'lead-3',
    description: 'declined, but under 18 on the permit date: outside the target group anyway',
    answers: { permit: 'refugee', birthDate: born(17), declinedOrLeft: 'yes' },
    outcome: 'not-in-target-group',
  },
  {
    id: 'lead-4',
    description: 'declined, but 2 years passed: outside anyway',
    answers: { permit: 'refugee', permitDate: '2022-06-01', settlementDate: '2023-01-01', declinedOrLeft: 'yes' },
    outcome: 'not-in-target-group',
  },
  {
    id: 'lead-5',
    description: 'declined, EEA: the permit check comes first',
    answers: { permit: 'eea-nordic', declinedOrLeft: 'yes' },
    outcome: 'not-in-target-group',
  },
  {
    id: 'lead-6',
    description: 'declined, IMDi agreement unknown: duty-lapsed either way',
    answers: { permit: 'refugee', declinedOrLeft: 'yes', imdiAgreement: 'unknown' },
    outcome: 'duty-lapsed',
  },
  {
    id: 'lead-7',
    description: 'declined, independent permit on another ground: duty-lapsed (lead)',
    answers: { permit: 'independent-other', declinedOrLeft: 'yes' },
    outcome: 'duty-lapsed',
  },
  {
    id: 'lead-8',
    description: 'started, independent permit on another ground → can complete',
    answers: { permit: 'independent-other', startedProgramme: 'yes' },
    outcome: 'right-and-duty',
    flags: ['can-complete'],
  },
  {
    id: 'lead-9',
    description: 'started at 17 on the permit date, not settled, 2 years passed: age and 2 years do not matter',
    answers: { permit: 'refugee', birthDate: born(17), startedProgramme: 'yes', settled: 'unknown', settlementDate: '2020-01-01' },
    outcome: 'right-and-duty',
    flags: ['can-complete'],
  },
  {
    id: 'lead-10',
    description: 'started, permit type unknown → cannot tell',
    answers: { permit: 'unknown', startedProgramme: 'yes' },
    outcome: 'cannot-tell',
    missing: ['permit'],
  },
  {
    id: 'lead-11',
    description: 'started, old law applies → old-law',
    answers: { permit: 'refugee', permitDate: '2019-01-01', arrivalDate: '2018-06-01', startedProgramme: 'yes' },
    outcome: 'old-law',
  },
  {
    id: 'lead-12',
    description: 'permit date missing → cannot tell [permitDate]',
    answers: { permit: 'refugee', permitDate: undefined, arrivalDate: '2024-01-01' },
    outcome: 'cannot-tell',
    missing: ['permitDate'],
  },
  {
    id: 'lead-13',
    description: 'settled unknown → cannot tell [settled]',
    answers: { permit: 'refugee', settled: 'unknown' },
    outcome: 'cannot-tell',
    missing: ['settled'],
  },
  {
    id: 'lead-14',
    description: 'under 18 and settled unknown: not in the target group either way',
    answers: { permit: 'refugee', birthDate: born(16), settled: 'unknown' },
    outcome: 'not-in-target-group',
  },
  {
    id: 'lead-15',
    description: 'family, reference person in a–e but the dates unknown → cannot tell with the dates',
    answers: { permit: 'family-immigration', referencePermit: 'refugee' },
    outcome: 'cannot-tell',
    missing: ['referenceSettlementDate', 'familyApplicationDate'],
  },
  {
    id: 'lead-16',
    description: 'not settled and 56: may be offered (with the flag)',
    answers: { permit: 'refugee', birthDate: born(57), settled: 'no', settlementDate: undefined },
    outcome: 'may-be-offered',
    flags: ['age-limit-changing'],
  },
  {
    id: 'lead-17',
    description: 'not settled, collective protection after 1 July 2026 → right-once-settled, flagged',
    answers: recent({ permit: 'collective-protection', settled: 'no', settlementDate: undefined }),
    today: LATE,
    outcome: 'right-once-settled',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
  },
  {
    id: 'lead-18',
    description: 'G past its valid-until date with a stipend → rules-may-have-changed',
    answers: recent({ permit: 'refugee', settlementDate: '2026-01-01', job30Hours: 'no' }),
    today: '2027-05-01',
    outcome: 'right-and-duty',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
    stipend: 'full',
  },
  {
    id: 'lead-19',
    description: 'G past its date but no stipend given → no flag',
    answers: recent({ permit: 'refugee', settlementDate: '2026-01-01', birthDate: '2004-01-01', job30Hours: 'no' }),
    today: '2027-05-01',
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
    noFlags: ['rules-may-have-changed'],
    stipend: 'none',
  },
  {
    id: 'lead-20',
    description: '29 February birthday turns 18 on 28 February (domstolloven § 148 rule)',
    answers: { permit: 'refugee', birthDate: '2004-02-29', permitDate: '2022-02-28', settlementDate: '2024-09-01' },
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: 'lead-21',
    description: 'a bad `today` falls back to the rules-checked-on date (2026-11-23)',
    answers: recent({ permit: 'refugee', job30Hours: 'yes' }),
    today: 'not a date',
    outcome: 'not-in-target-group',
    flags: ['right-returns-if-job-ends'],
  },
  {
    id: 'lead-22',
    description: 'an impossible permit date counts as not answered',
    answers: { permit: 'refugee', permitDate: '2023-02-30', arrivalDate: '2023-02-01' },
    outcome: 'cannot-tell',
    missing: ['permitDate'],
  },
  {
    id: 'lead-23',
    description: 'a permit date in the future counts as not answered',
    answers: { permit: 'refugee', permitDate: '2030-01-01', arrivalDate: '2024-01-01' },
    outcome: 'cannot-tell',
    missing: ['permitDate'],
  },
  {
    id: 'lead-24',
    description: 'two unknown answers that both matter are both in missing',
    answers: { permit: 'refugee', imdiAgreement: 'unknown', firstKommune: 'unknown' },
    outcome: 'cannot-tell',
    missing: ['imdiAgreement', 'firstKommune'],
  },
]

/** The case's answers: with the defaults of section (c), except for cases that give every answer. */
const answersOf = (c: Case): Answers =>
  c.id.startsWith('job-') || c.id === 'lead-17' || c.id === 'lead-18' || c.id === 'lead-19' || c.id === 'lead-21' ? c.answers : withDefaults(c.answers)

function run(cases: Case[]) {
  it.each(cases.map((c) => [`${c.id}: ${c.description}`, c] as const))('%s', (_name, c) => {
    const answers = answersOf(c)
    const a = assess(answers, c.today ?? DEFAULT_TODAY)
    expect(a.outcome, JSON.stringify(a)).toBe(c.outcome)
    // Exact: an extra flag fails as surely as a missing one (issue 15).
    expect([...a.flags].sort(), 'flags').toEqual([...(c.flags ?? [])].sort())
    for (const f of c.noFlags ?? []) expect(a.flags).not.toContain(f)
    if (c.missing) expect(a.missing).toEqual(c.missing)
    if (c.outcome !== 'cannot-tell') expect(a.missing).toEqual([])
    if (c.stipend === 'none') expect(a.stipend).toBeUndefined()
    else if (c.stipend) expect(a.stipend).toBe(c.stipend)
    if (c.reason) expect(a.reasons[0]?.code).toBe(c.reason)
    expect(a.reasons.length).toBeGreaterThan(0)
  })
}

/**
 * The 2 years of § 8 first paragraph are counted to the day the kommune decides (§ 12). For a
 * person with no decision yet, `today` stands in for that day (docs/law/two-years.md).
 */
const TWO_YEARS_TO_DECISION: Case[] = [
  {
    id: '2y-1',
    description: 'settled 1 September 2025, no decision yet, looked at on 6 December 2026: within the 2 years',
    answers: { permit: 'refugee', permitDate: '2025-06-20', settlementDate: '2025-09-01', job30Hours: 'no' },
    today: '2026-12-06',
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '2y-2',
    description: 'the same person on 31 August 2027, the last day the kommune can decide in time',
    answers: { permit: 'refugee', permitDate: '2025-06-20', settlementDate: '2025-09-01', job30Hours: 'no' },
    today: '2027-08-31',
    outcome: 'right-and-duty',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
  },
  {
    id: '2y-3',
    description: 'the same person on 1 September 2027, with no decision: the 2 years have passed',
    answers: { permit: 'refugee', permitDate: '2025-06-20', settlementDate: '2025-09-01', job30Hours: 'no' },
    today: '2027-09-01',
    outcome: 'not-in-target-group',
    reason: 'two-years-passed',
  },
  {
    id: '2y-4',
    description: 'settlement date not known, permit June 2025: it cannot have been before the permit, so the 2 years cannot have passed by December 2026',
    answers: { permit: 'refugee', permitDate: '2025-06-20', settlementDate: undefined, job30Hours: 'no' },
    today: '2026-12-06',
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    id: '2y-5',
    description: 'settlement known only as June 2025, permit 20 June 2025: settled 20–30 June, within the 2 years until 20 June 2027',
    answers: { permit: 'refugee', permitDate: '2025-06-20', settlementDate: '2025-06', job30Hours: 'no' },
    today: '2027-06-19',
    outcome: 'right-and-duty',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
  },
  {
    id: '2y-6',
    description: 'settlement date not known, permit December 2024: the 2 years may have passed by December 2026',
    answers: { permit: 'refugee', permitDate: '2024-12-01', settlementDate: undefined, job30Hours: 'no' },
    today: '2026-12-06',
    outcome: 'cannot-tell',
    missing: ['settlementDate'],
  },
]

describe('research cases (rules.md section c)', () => run(RESEARCH))
describe('the 2 years, counted to the decision (today stands in)', () => run(TWO_YEARS_TO_DECISION))
describe('job rule from 2026 (§ 8 fourth paragraph)', () => run(JOB_RULE))
describe('partial dates', () => run(PARTIAL))
describe('decisions of the lead and edge cases', () => run(DECISIONS))

/**
 * Every case of the table, run again on today and on every day the law changes (the day before
 * and the day of, from the parameter data): the engine answers without an error (strict in
 * tests), its reasons never contradict the outcome, and each cites the law in force that day.
 * So a coming change is run over the whole table before it arrives.
 */
describe('the whole table on every change day', () => {
  const ALL = [...RESEARCH, ...TWO_YEARS_TO_DECISION, ...JOB_RULE, ...PARTIAL, ...DECISIONS]
  const changeDays = [...new Set(lawChanges().flatMap((c) => [addDays(c.date, -1), c.date]))].filter((d) => d >= '2021-01-01')
  const days = [...new Set([LATE, ...changeDays])].sort()

  it('covers every change the engine knows', () => {
    expect(days).toEqual(expect.arrayContaining(['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01', '2026-04-30', '2026-05-01']))
  })

  it.each(days)('on %s', (day) => {
    for (const c of ALL) {
      const a = assess(answersOf(c), day)
      expect(isEngineError(a), `${c.id} on ${day}`).toBe(false)
      expect(contradictions(a), `${c.id} on ${day}`).toEqual([])
      for (const r of a.reasons) {
        for (const cite of r.citations) expect(cite.url, `${c.id} on ${day}: ${r.code}`).toMatch(/^https:\/\/lovdata\.no\//)
      }
    }
  })
})

describe('the whole table', () => {
  it('has all 55 research cases', () => {
    const ids = new Set(RESEARCH.map((c) => c.id.replace(/b$/, '')))
    for (let i = 1; i <= 55; i++) expect(ids.has(String(i)), `case ${i}`).toBe(true)
  })
})

describe('answers left out', () => {
  // The research's case table lists only the key inputs; started and declined are then "no".
  const minimal = {
    permit: 'refugee',
    birthDate: '1990-01-01',
    permitDate: '2024-05-01',
    settled: 'yes',
    settlementDate: '2024-09-01',
    imdiAgreement: 'yes',
    firstKommune: 'yes',
  } as const
  it('started and declined not answered count as no', () => {
    expect(assess(minimal, '2025-06-01').outcome).toBe('right-and-duty')
  })
  it("but an explicit 'unknown' keeps them open", () => {
    const a = assess({ ...minimal, declinedOrLeft: 'unknown' }, '2025-06-01')
    expect(a.outcome).toBe('cannot-tell')
    expect(a.missing).toContain('declinedOrLeft')
  })
  it('the job question not answered, from 2026, cannot be decided', () => {
    const a = assess(minimal, '2026-03-01')
    expect(a).toMatchObject({ outcome: 'cannot-tell', missing: ['job30Hours'] })
  })
})
