/**
 * The law as dated data: every legal number, date and section number the engine uses, each a
 * list of dated entries (as OpenFisca keeps its parameters and GOV.UK Smart Answers its rates).
 * The engine takes the entry in force on the day that matters — the decision day it stands in
 * for (`today`, or the ?asof= day). A change in the law is a new entry here plus rows in the test
 * table (test/unit/rules/dated.test.ts): no code, no translation (the messages take the values
 * as parameters; the reviewers' page draws its list of changes from these entries).
 *
 * `checkedOn` is per entry: the day the entry was checked against the source named with it, by
 * the project's legal research (a verbatim copy of the law text: docs/law/README.md). `null`
 * where the entry rests on guidance or on a secondary source instead — the note says which.
 *
 * The reasoning behind each value: docs/law/ (one file per rule).
 */
import type { Stipend } from './types'

export interface Source {
  /** Short name, e.g. "integreringsloven § 8" or "FOR-2025-05-23-837". */
  name: string
  url: string
}

export interface DatedEntry<T> {
  /** In force from this day. */
  from: string
  /** Exclusive: ends on this day (a known end, such as a temporary chapter's); else until the next entry. */
  until?: string
  /**
   * Exclusive: a newer value is expected on this day (the G is set each 1 May). Past it the entry
   * still applies, and a result that turns on it carries `rules-may-have-changed`.
   */
  reviewBy?: string
  value: T
  source: Source
  /** The day this entry was checked against its source itself; null: not checked there (see note). */
  checkedOn: string | null
  note?: string
}

/** The day the project's legal research checked the entries below (Assessment.rulesCheckedOn). */
export const RULES_CHECKED_ON = '2026-11-23'

/** Checked against a verbatim copy of the source on the research day. */
const CHECKED = RULES_CHECKED_ON

const IL = 'https://lovdata.no/lov/2020-11-06-127'
const IL8: Source = { name: 'integreringsloven § 8', url: `${IL}/%C2%A78` }
const IL9: Source = { name: 'integreringsloven § 9', url: `${IL}/%C2%A79` }
const IL20: Source = {
  name: 'integreringsloven § 20; IMDi "Introduksjonsstønad"',
  url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/introduksjonsstonad/',
}
const LOV_2025_35: Source = {
  name: 'lov 20. juni 2025 nr. 35 (endringer i integreringsloven)',
  url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
}
const FOR_2025_1102: Source = {
  name: 'FOR-2025-06-20-1102 (delt ikraftsetting av lov 20. juni 2025 nr. 35)',
  url: 'https://lovdata.no/dokument/LTI/forskrift/2025-06-20-1102',
}
const IMDI_6A: Source = {
  name: 'IMDi, juridisk veileder til integreringslovens midlertidige kapittel 6A',
  url: 'https://imdi.no/kvalifisering/regelverk/juridisk-veileder-til-integreringslovens-midlertidige-kapittel-6a',
}

/** The day integreringsloven came into force; the first entries below are the act as it started. */
const ACT_START = '2021-01-01'

export type FvlAct = '1967' | '2025'

/** The sections of forvaltningsloven the complaint helper cites, in each act. */
export interface FvlSections {
  /** complaint deadline (3 weeks) */
  deadline: string
  /** a complaint is on time when sent before the deadline ends */
  onTime: string
  /** late complaints */
  late: string
  /** where to send it, form and content */
  content: string
  /** what the body that decided must do with a complaint */
  lowerBody: string
  /** a party's right to see the documents */
  documents: string
}

/** A place in integreringsloven: section ('8', '14 a'), paragraph (ledd, by number), letter (bokstav). */
export interface IlRef {
  section: string
  paragraph?: number
  letter?: string
}

/**
 * The rules of integreringsloven the guide cites, by what they say, so that a renumbering (as on
 * 1 January 2026, when a new § 8 fourth paragraph moved the EEA exclusion to the fifth) is a new
 * dated entry of IL_SECTIONS and no change in the code. A topic missing from an entry is not a
 * rule on that day; citing it then is a bug (the engine fails, and the tests with it).
 */
export type IlTopic =
  | 'targetGroup' // § 8 (1): 18–55, a § 9 permit, settled by agreement, less than 2 years
  | 'mayOffer' // § 8 (3): the kommune may offer it to others
  | 'jobRule' // § 8 (4) from 2026: a 30-hour job takes the right away; it returns if the job ends
  | 'eeaExclusion' // Nordic and EEA citizens are not covered
  | 'permits' // § 9 (1): the permits that give the right
  | 'permitRefugee' // § 9 (1) a
  | 'permitResettled' // § 9 (1) b
  | 'permitHumanitarian' // § 9 (1) c
  | 'permitLimitedFamily' // § 9 (1) d
  | 'permitCollective' // § 9 (1) e
  | 'permitFamily' // § 9 (1) f
  | 'permitIndependent' // § 9 (1) g
  | 'canComplete' // § 9 (2): a programme started may be completed
  | 'dutyLapsed' // § 3 (3): declined or left: the duty lapses
  | 'startDeadline' // the programme starts within 3 months
  | 'parentGuidance' // foreldreveiledning for parents of children under 18
  | 'stipend' // introduksjonsstønad
  | 'transition' // § 51: who stays under introduksjonsloven
  | 'training' // §§ 26–28 (first of them): Norwegian and social studies outside the programme
  | 'trainingRight' // the right to training
  | 'trainingDuty' // the duty to training
  | 'decisions' // § 46: which decisions are enkeltvedtak
  | 'appeal' // § 47: complaints go to Statsforvalteren
  | 'ch6aJob' // chapter 6A until 2025: the kommune may refuse with a near-full-time job (§ 37 c)
  | 'ch6aSocialStudies' // chapter 6A from 2026: samfunnskunnskap left out (new § 37 c)
  | 'ch6aAdaptations' // chapter 6A: adaptations set by regulation (§ 37 e)

export type IlSections = Partial<Record<IlTopic, IlRef>>

/** integreringsloven as it came into force on 1 January 2021 (chapter 6A's topics from 15 June 2022). */
const IL_2021: IlSections = {
  targetGroup: { section: '8', paragraph: 1 },
  mayOffer: { section: '8', paragraph: 3 },
  eeaExclusion: { section: '8', paragraph: 4 },
  permits: { section: '9', paragraph: 1 },
  permitRefugee: { section: '9', paragraph: 1, letter: 'a' },
  permitResettled: { section: '9', paragraph: 1, letter: 'b' },
  permitHumanitarian: { section: '9', paragraph: 1, letter: 'c' },
  permitLimitedFamily: { section: '9', paragraph: 1, letter: 'd' },
  permitCollective: { section: '9', paragraph: 1, letter: 'e' },
  permitFamily: { section: '9', paragraph: 1, letter: 'f' },
  permitIndependent: { section: '9', paragraph: 1, letter: 'g' },
  canComplete: { section: '9', paragraph: 2 },
  dutyLapsed: { section: '3', paragraph: 3 },
  startDeadline: { section: '12' },
  parentGuidance: { section: '14' },
  stipend: { section: '20' },
  transition: { section: '51' },
  training: { section: '26' },
  trainingRight: { section: '27' },
  trainingDuty: { section: '28' },
  decisions: { section: '46' },
  appeal: { section: '47' },
}

const IL_6A: IlSections = { ...IL_2021, ch6aJob: { section: '37 c' }, ch6aAdaptations: { section: '37 e' } }

const IL_2025_06: IlSections = { ...IL_6A, startDeadline: { section: '12', paragraph: 2 } }

/** Lov 20. juni 2025 nr. 35, the parts in force from 1 January 2026. */
const { ch6aJob: _oldJobRule, ...IL_2025_06_WITHOUT_OLD_JOB_RULE } = IL_2025_06
const IL_2026: IlSections = {
  ...IL_2025_06_WITHOUT_OLD_JOB_RULE,
  jobRule: { section: '8', paragraph: 4 },
  eeaExclusion: { section: '8', paragraph: 5 },
  parentGuidance: { section: '14 a' },
  ch6aSocialStudies: { section: '37 c' },
}

export interface Durations {
  withUpperSecondary: { months: number; extensionMonths: number }
  qualifyForWork: { months: number; extensionMonths: number }
  partialUpperSecondary: { months: number; extensionMonths: number }
  completedUpperSecondary: { months: number; extensionMonths: number }
  vocational: { months: number; extensionMonths: number }
}

export interface LawTable {
  /** integreringsloven in force (it replaced introduksjonsloven 2003). */
  INTEGRERINGSLOVEN: DatedEntry<true>[]
  /** § 8 first paragraph: the lower age (inclusive) on the permit date. */
  AGE_MIN: DatedEntry<number>[]
  /** § 8 first paragraph: the upper age (inclusive) on the permit date. */
  AGE_MAX: DatedEntry<number>[]
  /**
   * An upper age enacted but not in force (used only for the flag age-limit-changing). Taken, as
   * every value, from its first entry before that entry's day too: the research's cases (of
   * 1 June 2025, while the bill was before the Storting) flag the coming change.
   */
  AGE_MAX_ADOPTED: DatedEntry<number>[]
  /** § 8 first paragraph third sentence: less than this many years in a kommune. */
  TWO_YEARS: DatedEntry<number>[]
  /** § 9 first paragraph f: the family member has lived in a kommune less than this many years. */
  FIVE_YEARS: DatedEntry<number>[]
  /** § 12: decide on and start the programme within this many months. */
  START_DEADLINE_MONTHS: DatedEntry<number>[]
  /** §§ 13–14: how long the programme lasts. */
  DURATIONS: DatedEntry<Durations>[]
  /** Parent guidance for participants with children under this age. */
  CHILD_AGE: DatedEntry<number>[]
  /** § 20: a year of stønad is this many G. */
  STIPEND_G_MULTIPLE: DatedEntry<number>[]
  /** § 20: the shares of the full rate. */
  STIPEND_SHARES: DatedEntry<Record<Stipend, number>>[]
  /** § 20: the full rate from this age. */
  STIPEND_FULL_FROM_AGE: DatedEntry<number>[]
  /** A proposed share for couples: mentioned as possible, never computed. */
  STIPEND_COUPLE_SHARE_PROPOSED: DatedEntry<number>[]
  /** Grunnbeløpet (G) in kroner, a new value each 1 May. */
  G: DatedEntry<number>[]
  /** Chapter 6A: the temporary rules for collective protection. */
  CHAPTER_6A: DatedEntry<true>[]
  /** Chapter 6A covers collective protection granted on or after this day. */
  CH6A_PERMIT_FROM: DatedEntry<string>[]
  /** Chapter 6A: samfunnskunnskap left out of the programme (while an entry is in force). */
  CH6A_NO_SOCIAL_STUDIES: DatedEntry<true>[]
  /** § 8 fourth paragraph: a job (offer) of at least this many hours a week takes the right away. */
  JOB_HOURS: DatedEntry<number>[]
  /** § 46: a deduction of this share of one payment or more is an enkeltvedtak. */
  LARGE_DEDUCTION_PERCENT: DatedEntry<number>[]
  /** forvaltningsloven: weeks to complain. */
  COMPLAINT_WEEKS: DatedEntry<number>[]
  /** Which forvaltningslov is in force. */
  FVL_ACT: DatedEntry<FvlAct>[]
  /** The sections of each forvaltningslov the complaint helper cites. */
  FVL_SECTIONS: DatedEntry<Record<FvlAct, FvlSections>>[]
  /** The sections of integreringsloven the guide cites, by topic. */
  IL_SECTIONS: DatedEntry<IlSections>[]
}

export const LAW: LawTable = {
  INTEGRERINGSLOVEN: [
    {
      from: ACT_START,
      value: true,
      source: { name: 'integreringsloven § 51; integreringsforskriften § 72', url: `${IL}/%C2%A751` },
      checkedOn: CHECKED,
      note: 'Permit granted before this day AND arrival before this day: introduksjonsloven 2003 applies (docs/law/permit-groups.md).',
    },
  ],
  AGE_MIN: [{ from: ACT_START, value: 18, source: IL8, checkedOn: CHECKED, note: '"mellom 18 og 55 år"; age in whole years on the permit date (docs/law/age.md).' }],
  AGE_MAX: [
    {
      from: ACT_START,
      value: 55,
      source: IL8,
      checkedOn: CHECKED,
      note:
        '"mellom 18 og 55 år"; 55 is in, 56 is out (kan-tilbud, § 8 third paragraph). The change to 60 (lov 20. juni 2025 ' +
        'nr. 35) is enacted but expressly NOT in force (FOR-2025-06-20-1102): when it is, add an entry here (docs/law/age.md).',
    },
  ],
  AGE_MAX_ADOPTED: [
    {
      from: '2025-06-20',
      value: 60,
      source: LOV_2025_35,
      checkedOn: CHECKED,
      note:
        '§ 8 first paragraph "fra og med 18 til og med 60 år", enacted on this day and expressly not put in force by ' +
        'FOR-2025-06-20-1102; no later in-force decision found.',
    },
  ],
  TWO_YEARS: [
    {
      from: ACT_START,
      value: 2,
      source: IL8,
      checkedOn: null,
      note:
        'From IMDi guidance and Statsforvalteren: § 8 first paragraph third sentence is the place (confirmed by the new § 8 fourth ' +
        'paragraph\'s reference), but its own words were not seen (docs/law/two-years.md).',
    },
  ],
  FIVE_YEARS: [
    {
      from: ACT_START,
      value: 5,
      source: { name: 'integreringsloven § 9 første ledd bokstav f', url: `${IL}/%C2%A79` },
      checkedOn: CHECKED,
      note: 'Quoted as gjeldende rett in Prop. 81 L (2024–2025) (docs/law/family-five-years.md).',
    },
  ],
  START_DEADLINE_MONTHS: [
    {
      from: '2025-06-20',
      value: 3,
      source: { name: 'integreringsloven § 12 andre ledd (lov 20. juni 2025 nr. 35)', url: `${IL}/%C2%A712` },
      checkedOn: CHECKED,
      note:
        'Decide on and start the programme within 3 months of settlement or of the claim. Before this day the guide uses the ' +
        'same 3 months (IMDi guidance; the older wording was not seen) (docs/law/start-deadline.md).',
    },
  ],
  DURATIONS: [
    {
      from: '2026-01-01',
      value: {
        withUpperSecondary: { months: 12, extensionMonths: 0 },
        qualifyForWork: { months: 24, extensionMonths: 0 },
        partialUpperSecondary: { months: 36, extensionMonths: 12 },
        completedUpperSecondary: { months: 48, extensionMonths: 12 },
        vocational: { months: 60, extensionMonths: 0 },
      },
      source: { name: 'integreringsloven §§ 13–14 (lov 20. juni 2025 nr. 35)', url: LOV_2025_35.url },
      checkedOn: CHECKED,
      note:
        'By the date the programme was offered (integreringsforskriften §§ 75–76, FOR-2025-06-20-1154). The durations before ' +
        '2026 are not held: the programme page says from when these apply.',
    },
  ],
  CHILD_AGE: [
    {
      from: ACT_START,
      value: 18,
      source: { name: 'integreringsloven § 14 a; integreringsforskriften § 3', url: `${IL}/%C2%A714a` },
      checkedOn: null,
      note: 'Foreldreveiledning for participants with children under 18: from IMDi guidance; the regulation text was not seen.',
    },
  ],
  STIPEND_G_MULTIPLE: [
    { from: ACT_START, value: 2, source: IL20, checkedOn: null, note: 'A year is 2 G: IMDi guidance and the old act\'s text; the verbatim § 20 was not seen (docs/law/stipend.md).' },
  ],
  STIPEND_SHARES: [
    {
      from: ACT_START,
      value: { full: 1, 'two-thirds': 2 / 3, 'one-third': 1 / 3 },
      source: IL20,
      checkedOn: null,
      note: 'Under 25: 2/3; under 25 and living with one or both parents: 1/3. IMDi guidance; the verbatim § 20 was not seen.',
    },
  ],
  STIPEND_FULL_FROM_AGE: [
    {
      from: ACT_START,
      value: 25,
      source: IL20,
      checkedOn: null,
      note: 'IMDi guidance. Age on the day of the assessment (per payment or at the start is not verified: docs/law/stipend.md).',
    },
  ],
  STIPEND_COUPLE_SHARE_PROPOSED: [
    {
      from: '2024-06-01',
      value: 5 / 6,
      source: { name: 'Prop. 101 L (2023–2024); Innst. 431 L (2023–2024)', url: 'https://www.regjeringen.no/no/dokumenter/prop.-101-l-20232024/id3037628/?ch=9' },
      checkedOn: null,
      note: 'Couples without children who both take part: 5/6 each. Proposed; adoption and in-force date not confirmed: NOT computed. `from` is the proposal\'s month.',
    },
  ],
  G: [
    {
      from: '2025-05-01',
      reviewBy: '2026-05-01',
      value: 130160,
      source: { name: 'FOR-2025-05-23-837 (folketrygdloven § 1-4)', url: 'https://lovdata.no/dokument/LTI/forskrift/2025-05-23-837' },
      checkedOn: CHECKED,
    },
    {
      from: '2026-05-01',
      reviewBy: '2027-05-01',
      value: 136549,
      source: { name: 'NAV, grunnbeløpet (folketrygdloven § 1-4)', url: 'https://www.nav.no/grunnbelopet' },
      checkedOn: null,
      note: 'From NAV\'s published data (github.com/navikt/g); the regulation (FOR-2026-05-22-869) was not seen.',
    },
  ],
  CHAPTER_6A: [
    {
      from: '2022-06-15',
      until: '2026-07-01',
      value: true,
      source: { name: 'Prop. 81 L (2024–2025) kap. 11; Innst. 430 L (2023–2024)', url: 'https://www.regjeringen.no/no/dokumenter/prop.-81-l-20242025/id3094568/?ch=11' },
      checkedOn: null,
      note:
        'In force 15 June 2022 (IMDi, juridisk veileder til kapittel 6A); "gjelder til 1. juli 2026", no extension found (sources up ' +
        'to 27 October 2025). Past that day the right still stands (§ 9 first paragraph e); only the adaptations were temporary → ' +
        'rules-may-have-changed (docs/law/chapter-6a.md).',
    },
  ],
  CH6A_PERMIT_FROM: [
    {
      from: '2022-06-15',
      value: '2022-03-11',
      source: IMDI_6A,
      checkedOn: null,
      note: 'Chapter 6A covers collective protection (utlendingsloven § 34) granted on or after 11 March 2022: IMDi guidance (docs/law/chapter-6a.md).',
    },
  ],
  CH6A_NO_SOCIAL_STUDIES: [
    {
      from: '2026-01-01',
      value: true,
      source: FOR_2025_1102,
      checkedOn: CHECKED,
      note:
        'The new § 37 c (lov 20. juni 2025 nr. 35, in force 1 January 2026) leaves samfunnskunnskap out for collective protection. ' +
        'Before 2026 it was part of the programme under chapter 6A too.',
    },
  ],
  JOB_HOURS: [
    {
      from: '2026-01-01',
      value: 30,
      source: FOR_2025_1102,
      checkedOn: CHECKED,
      note: 'Integreringsloven § 8 fourth paragraph (lov 20. juni 2025 nr. 35), in force from 1 January 2026; it replaced the 6A rule in old § 37 c.',
    },
  ],
  LARGE_DEDUCTION_PERCENT: [
    {
      from: ACT_START,
      value: 50,
      source: { name: 'integreringsloven § 46 andre ledd bokstav g', url: `${IL}/%C2%A746` },
      checkedOn: CHECKED,
      note: 'Verbatim as of 2021 (IMDi, juridisk veileder, kapittel 8). 50 % or more of one payment is an enkeltvedtak; smaller is not.',
    },
  ],
  COMPLAINT_WEEKS: [
    {
      from: '1970-01-01',
      value: 3,
      source: { name: 'forvaltningsloven § 29 første ledd', url: 'https://lovdata.no/lov/1967-02-10/%C2%A729' },
      checkedOn: CHECKED,
      note: 'From the day the notice reached the person; computed by domstolloven §§ 148–149. The new act (§ 63) keeps 3 weeks.',
    },
  ],
  FVL_ACT: [
    {
      from: '1970-01-01',
      value: '1967',
      source: { name: 'lov 20. juni 2025 nr. 81 § 99', url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-81' },
      checkedOn: CHECKED,
      note:
        'The 1967 act applies. The 2025 act is adopted; its in-force date was not found (sources up to 27 October 2025). When it is ' +
        'decided, add an entry { from: <that day>, value: "2025" }.',
    },
  ],
  FVL_SECTIONS: [
    {
      from: '1970-01-01',
      value: {
        '1967': { deadline: '29', onTime: '30', late: '31', content: '32', lowerBody: '33', documents: '18' },
        '2025': { deadline: '63', onTime: '64', late: '65', content: '66', lowerBody: '67', documents: '46' },
      },
      source: { name: 'forvaltningsloven 1967 and lov 20. juni 2025 nr. 81', url: 'https://lovdata.no/lov/1967-02-10' },
      checkedOn: CHECKED,
      note: 'The 2025 act\'s numbers verbatim from Norsk Lovtidend; the 1967 act\'s from Lovdata.',
    },
  ],
  IL_SECTIONS: [
    {
      from: ACT_START,
      value: IL_2021,
      source: { name: 'integreringsloven (LOV-2020-11-06-127)', url: IL },
      checkedOn: null,
      note:
        'Numbering of the act as it came into force. The paragraph of § 12 holding the 3 months before June 2025 was not seen, so ' +
        'the section alone is cited.',
    },
    {
      from: '2022-06-15',
      value: IL_6A,
      source: IMDI_6A,
      checkedOn: null,
      note: 'Chapter 6A added (lov 7. juni 2022): § 37 c (a near-full-time job), § 37 e (adaptations by regulation).',
    },
    {
      from: '2025-06-20',
      value: IL_2025_06,
      source: FOR_2025_1102,
      checkedOn: CHECKED,
      note: 'The 3 months in § 12 second paragraph, in force 20 June 2025.',
    },
    {
      from: '2026-01-01',
      value: IL_2026,
      source: FOR_2025_1102,
      checkedOn: CHECKED,
      note:
        'New § 8 fourth paragraph (the 30-hour job), so the EEA exclusion moves to the fifth; content moves from § 14 to the new ' +
        '§ 14 a; the new § 37 c leaves samfunnskunnskap out under chapter 6A (the old § 37 c job rule ends).',
    },
  ],
}

export type LawName = keyof LawTable

export type LawUnit = 'years' | 'months' | 'weeks' | 'hours'

/**
 * The unit of each value that is a count (the others: kroner, a share, a percentage, a date), so
 * that the guide says it in the reader's grammar ("55 år", "55 лет"): the reviewers' page and
 * every message parameter taken from these values (src/i18n/useText.ts).
 */
export const LAW_UNITS: Partial<Record<LawName, LawUnit>> = {
  AGE_MIN: 'years',
  AGE_MAX: 'years',
  AGE_MAX_ADOPTED: 'years',
  TWO_YEARS: 'years',
  FIVE_YEARS: 'years',
  START_DEADLINE_MONTHS: 'months',
  CHILD_AGE: 'years',
  STIPEND_FULL_FROM_AGE: 'years',
  JOB_HOURS: 'hours',
  COMPLAINT_WEEKS: 'weeks',
}
type ValueOf<K extends LawName> = LawTable[K][number]['value']

/** The entry in force on `day`, if any. */
export function entryOn<T>(entries: readonly DatedEntry<T>[], day: string): DatedEntry<T> | undefined {
  let found: DatedEntry<T> | undefined
  for (const e of entries) if (e.from <= day && (e.until === undefined || day < e.until)) found = e
  return found
}

/**
 * The entry that applies on `day`: the one in force; before the first entry, the first (the
 * earliest the guide knows); past a known end with nothing after, the last (the caller flags it).
 */
export function entryFor<K extends LawName>(name: K, day: string): DatedEntry<ValueOf<K>> {
  const entries = LAW[name] as readonly DatedEntry<ValueOf<K>>[]
  const inForce = entryOn(entries, day)
  if (inForce) return inForce
  let latest = entries[0]!
  for (const e of entries) if (e.from <= day) latest = e
  return latest
}

/** The value that applies on `day` (see entryFor). */
export const lawOn = <K extends LawName>(name: K, day: string): ValueOf<K> => entryFor(name, day).value

/** Whether an entry of `name` is in force on `day` (a rule that starts or ends). */
export const inForce = (name: LawName, day: string): boolean => entryOn(LAW[name] as readonly DatedEntry<unknown>[], day) !== undefined

/** The day integreringsloven came into force. */
export const integreringslovenFrom = (): string => LAW.INTEGRERINGSLOVEN[0]!.from

/** Whether the 30-hour job rule is in force on `day` (its hours: lawOn('JOB_HOURS', day)). */
export const jobRuleOn = (day: string): boolean => inForce('JOB_HOURS', day)

/** Chapter 6A: whether it had come into force by `day` (past its end too: still its answer, flagged). */
export const chapter6AStarted = (day: string): boolean => LAW.CHAPTER_6A.some((e) => e.from <= day)

/** Chapter 6A: the day it ends as enacted, and whether `day` is on or past it. */
export const chapter6AEnds = (): string | undefined => LAW.CHAPTER_6A[LAW.CHAPTER_6A.length - 1]?.until
export const chapter6APast = (day: string): boolean => {
  const end = chapter6AEnds()
  return end !== undefined && day >= end
}

/** The forvaltningslov in force on `day` and the section it numbers `topic`. */
export function fvlOn(day: string): { act: FvlAct; sections: FvlSections } {
  const act = lawOn('FVL_ACT', day)
  return { act, sections: lawOn('FVL_SECTIONS', day)[act] }
}

export interface GInForce {
  value: number
  from: string
  /** a newer G is expected on this day (the entry's reviewBy) */
  validUntil?: string
}

/**
 * The G in force on `today`: the latest entry from on or before `today`. Before the first
 * entry, the first entry (the earliest value this engine knows). Past the last entry's
 * reviewBy, the last entry (the caller flags rules-may-have-changed).
 */
export function gInForce(today: string): GInForce {
  const e = entryFor('G', today)
  return e.reviewBy === undefined ? { value: e.value, from: e.from } : { value: e.value, from: e.from, validUntil: e.reviewBy }
}

/** True when `today` is on or after the G's (or any entry's) reviewBy. */
export function isPastValidity(param: { validUntil?: string }, today: string): boolean {
  return param.validUntil !== undefined && today >= param.validUntil
}
