/**
 * Types of the rules engine. The names and meanings here are a fixed contract
 * (../shared/spec/rules-api.md section 1): outside checks call them. Add, never rename.
 */

export type Tri = 'yes' | 'no' | 'unknown'

/** The residence permit the person has now (utlendingsloven ground). */
export type Permit =
  | 'refugee' // utlendingsloven § 28
  | 'resettled-refugee' // § 35 third paragraph (overføringsflyktning)
  | 'humanitarian-after-asylum' // renewable § 38 first paragraph after an asylum application
  | 'limited-family-with-children' // § 38 fifth paragraph a or b
  | 'collective-protection' // § 34
  | 'family-immigration' // chapter 6
  | 'independent-after-abuse' // § 53 first paragraph b (and the second and third paragraphs)
  | 'independent-other' // any other § 53 ground
  | 'humanitarian-no-asylum' // § 38 without an asylum application
  | 'other-permit' // work, study, and any other permit
  | 'eea-nordic' // Nordic or EEA citizen
  | 'asylum-seeker' // has applied, no permit yet
  | 'unknown'

/** Family immigration only: the permit of the family member in Norway. */
export type ReferencePermit =
  | 'refugee'
  | 'resettled-refugee'
  | 'humanitarian-after-asylum'
  | 'limited-family-with-children'
  | 'collective-protection'
  | 'other' // a Norwegian citizen, a worker, anyone else
  | 'unknown'

/**
 * 'YYYY-MM-DD', or 'YYYY-MM' when the day is not known, or 'YYYY' (birth date only).
 * Kept as a string alias: answers come from storage and forms and are validated by the engine.
 */
export type PartialDate = string

export interface Answers {
  permit?: Permit
  birthDate?: PartialDate
  permitDate?: PartialDate
  arrivalDate?: PartialDate
  settled?: Tri
  settlementDate?: PartialDate
  imdiAgreement?: Tri
  firstKommune?: Tri
  referencePermit?: ReferencePermit
  referenceSettlementDate?: PartialDate
  familyApplicationDate?: PartialDate
  startedProgramme?: Tri
  declinedOrLeft?: Tri
  claimDate?: PartialDate
  childrenUnder18?: Tri
  job30Hours?: Tri
  livesWithParent?: Tri
}

export type AnswerKey = keyof Answers

export type Outcome =
  | 'right-and-duty' // integreringsloven § 8 first paragraph with § 9 first paragraph
  | 'right-temporary-rules' // collective protection: the right, with the adaptations of chapter 6A
  | 'right-once-settled' // in the target group, but not yet settled in a kommune
  | 'may-be-offered' // no right; the kommune may offer it (§ 8 third paragraph)
  | 'old-law' // introduksjonsloven 2003 applies (integreringsloven § 51, forskrift § 72)
  | 'duty-lapsed' // declined or left: the kommune's duty has lapsed (§ 3 third paragraph)
  | 'not-in-target-group'
  | 'cannot-tell' // the answers do not decide it; `missing` says which would

export type Flag =
  | 'can-complete' // started already: may finish whatever happens to the permit (§ 9 second paragraph)
  | 'parent-guidance' // children under 18: foreldreveiledning is part of the programme
  | 'may-refuse-if-job' // before 2026: collective protection with a near-full-time job (old § 37 c)
  | 'right-returns-if-job-ends' // from 2026: no right while working 30+ hours; it returns if the job ends in time (§ 8 fourth paragraph)
  | 'age-limit-changing' // 56-60 at the permit date: a 2025 amendment to 60 is adopted, not yet in force
  | 'rules-may-have-changed' // a parameter this result depends on is past its valid-until date
  | 'start-within-3-months' // the kommune must start the programme within 3 months

export interface Citation {
  law: string
  section: string
  paragraph?: string
  letter?: string
  url: string
}

/** code: a stable id; the text for it comes from i18n (`reason.<code>`). */
export interface Reason {
  code: string
  citations: Citation[]
}

export type Stipend = 'full' | 'two-thirds' | 'one-third'

export type KeyDateKind = 'start-deadline' | 'two-year-limit' | 'family-five-years'

/** One of the person's own dates that the law makes matter, worked out from their answers. */
export interface KeyDate {
  kind: KeyDateKind
  /** 'YYYY-MM-DD' */
  date: string
  /** start-deadline: today > date; two-year-limit and family-five-years: today >= date */
  passed: boolean
  /** a partial date was used: `date` is then the earliest it can be */
  approximate: boolean
  /** at least one */
  rule: Citation[]
}

/** One possible answer to an open point and the outcome it would give, the other answers unchanged. */
export interface BranchAnswer {
  /** choice fields: the answer's value */
  value?: string
  /** date fields: the first day of the range (open when absent) */
  from?: string
  /** date fields: the day after the range (open when absent: up to today) */
  before?: string
  outcome: Outcome
}

export interface Branch {
  field: AnswerKey
  answers: BranchAnswer[]
}

export interface Assessment {
  outcome: Outcome
  reasons: Reason[] // at least one, the deciding rule first
  flags: Flag[]
  missing: AnswerKey[] // for 'cannot-tell': the answers that would decide it; else []
  stipend?: Stipend // share of 2 G, when the outcome gives a right
  rulesCheckedOn: string // the date the parameters were last checked against the sources
  /** the person's own dates that the law makes matter ([] when none) */
  keyDates: KeyDate[]
  /** for 'cannot-tell': one entry per field in `missing`, in that order; else [] */
  ifAnswered: Branch[]
}

export interface ComplaintDeadline {
  /** The last day to send the complaint, moved past weekends and public holidays. */
  deadline: string
  /** The plain date: the day the notice was received + 21 days. Equal to `deadline` unless moved. */
  plainDeadline: string
  /** True when `deadline` was moved because the plain date is a Saturday, Sunday or public holiday. */
  moved: boolean
  /** Why it moved: 'saturday' | 'sunday' | a public holiday id; empty when not moved. */
  movedBecause: string[]
  rule: Citation[]
}
