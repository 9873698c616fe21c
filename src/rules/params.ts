/**
 * Every legal number and date the engine uses, in one place, each with its source and the day it
 * was last checked against that source. A change in the law should be a change here only.
 *
 * `validFrom` / `validUntil` (exclusive) give the period a value is known to hold; past
 * `validUntil` the engine still uses the value but adds the flag `rules-may-have-changed`
 * where a result depends on it.
 *
 * The reasoning behind each value: docs/law/ (one file per rule).
 */

export interface Source {
  /** Short name, e.g. "integreringsloven § 8" or "FOR-2025-05-23-837". */
  name: string
  url: string
}

export interface Param<T> {
  value: T
  source: Source
  /** The day the value was last checked against the source. */
  checkedOn: string
  validFrom?: string
  /** Exclusive: the value is not known to hold on or after this day. */
  validUntil?: string
  note?: string
}

/** The date the parameters were last checked against the sources (Assessment.rulesCheckedOn). */
export const RULES_CHECKED_ON = '2026-11-23'

const CHECKED = RULES_CHECKED_ON

const IL = 'https://lovdata.no/lov/2020-11-06-127'
const IL8: Source = { name: 'integreringsloven § 8', url: `${IL}/%C2%A78` }
const LOV_2025_35: Source = {
  name: 'lov 20. juni 2025 nr. 35 (endringer i integreringsloven)',
  url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
}
const FOR_2025_1102: Source = {
  name: 'FOR-2025-06-20-1102 (delt ikraftsetting av lov 20. juni 2025 nr. 35)',
  url: 'https://lovdata.no/dokument/LTI/forskrift/2025-06-20-1102',
}

export interface GEntry {
  /** Grunnbeløpet in kroner. */
  value: number
  from: string
  validUntil: string
}

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

export const PARAMS = {
  AGE_MIN: {
    value: 18,
    source: IL8,
    checkedOn: CHECKED,
    note: '§ 8 første ledd: "mellom 18 og 55 år"; age in whole years on the day the permit was granted.',
  },
  AGE_MAX_ADOPTED: {
    value: 60,
    source: LOV_2025_35,
    checkedOn: CHECKED,
    note:
      '§ 8 første ledd første punktum "fra og med 18 til og med 60 år" is enacted but expressly NOT put in force by ' +
      'FOR-2025-06-20-1102 (https://lovdata.no/dokument/LTI/forskrift/2025-06-20-1102); no later in-force decision found. ' +
      'Used only for the flag age-limit-changing.',
  },
  INTEGRERINGSLOVEN_START: {
    value: '2021-01-01',
    source: { name: 'integreringsloven § 51; integreringsforskriften § 72', url: `${IL}/%C2%A751` },
    checkedOn: CHECKED,
    note: 'Permit granted before this day AND arrival before this day: introduksjonsloven 2003 applies.',
  },
  TWO_YEARS: {
    value: 2,
    source: IL8,
    checkedOn: CHECKED,
    note: '§ 8 første ledd tredje punktum: lived in a kommune less than 2 years, counted from the first settlement.',
  },
  FIVE_YEARS: {
    value: 5,
    source: { name: 'integreringsloven § 9 første ledd bokstav f', url: `${IL}/%C2%A79` },
    checkedOn: CHECKED,
    note: 'The reference person has lived in a kommune less than 5 years when the family application is made.',
  },
  CH6A_PERMIT_FROM: {
    value: '2022-03-11',
    source: {
      name: 'IMDi, juridisk veileder til integreringslovens midlertidige kapittel 6A',
      url: 'https://imdi.no/kvalifisering/regelverk/juridisk-veileder-til-integreringslovens-midlertidige-kapittel-6a',
    },
    checkedOn: CHECKED,
    note: 'Chapter 6A covers collective protection (utlendingsloven § 34) granted on or after this day.',
  },
  AMENDMENTS_2026_FROM: {
    value: '2026-01-01',
    source: FOR_2025_1102,
    checkedOn: CHECKED,
    note:
      'Most of lov 20. juni 2025 nr. 35 in force (new § 8 fourth and fifth paragraphs, §§ 13, 14, 14 a, 37 c); ' +
      'not § 8 first paragraph first sentence (age 60) nor § 8 third paragraph first sentence. Used for dated citations.',
  },
  START_DEADLINE_MONTHS: {
    value: 3,
    source: { name: 'integreringsloven § 12 andre ledd', url: `${IL}/%C2%A712` },
    checkedOn: CHECKED,
    validFrom: '2025-06-20',
    note: 'Decide on and start the programme within 3 months of settlement or of the claim (in force 20 June 2025).',
  },
  DURATIONS: {
    value: {
      withUpperSecondary: { months: 12, extensionMonths: 0 },
      qualifyForWork: { months: 24, extensionMonths: 0 },
      partialUpperSecondary: { months: 36, extensionMonths: 12 },
      completedUpperSecondary: { months: 48, extensionMonths: 12 },
      vocational: { months: 60, extensionMonths: 0 },
    },
    source: { name: 'integreringsloven §§ 13–14 (lov 20. juni 2025 nr. 35)', url: LOV_2025_35.url },
    checkedOn: CHECKED,
    validFrom: '2026-01-01',
    note:
      'By the date the programme was offered (integreringsforskriften §§ 75–76, FOR-2025-06-20-1154); ' +
      '§ 76 first paragraph says 1 January 2025 for upper-secondary tracks, as printed.',
  },
  CHILD_AGE: {
    value: 18,
    source: { name: 'integreringsloven § 14 a; integreringsforskriften § 3', url: `${IL}/%C2%A714a` },
    checkedOn: CHECKED,
    note: 'Participants with children under 18 take foreldreveiledning (parent guidance) in the programme.',
  },
  STIPEND_G_MULTIPLE: {
    value: 2,
    source: {
      name: 'integreringsloven § 20; IMDi "Introduksjonsstønad"',
      url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/introduksjonsstonad/',
    },
    checkedOn: CHECKED,
    note: 'A year of introduksjonsstønad is 2 G.',
  },
  STIPEND_SHARES: {
    value: { full: 1, 'two-thirds': 2 / 3, 'one-third': 1 / 3 },
    source: {
      name: 'integreringsloven § 20; IMDi "Introduksjonsstønad"',
      url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/introduksjonsstonad/',
    },
    checkedOn: CHECKED,
    note: 'Under 25: 2/3; under 25 and living with one or both parents: 1/3.',
  },
  STIPEND_FULL_FROM_AGE: {
    value: 25,
    source: {
      name: 'integreringsloven § 20; IMDi "Introduksjonsstønad"',
      url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/introduksjonsstonad/',
    },
    checkedOn: CHECKED,
    note: 'Age on the day of the assessment (docs/law/age.md: per payment or at the start is not verified).',
  },
  STIPEND_COUPLE_SHARE_PROPOSED: {
    value: 5 / 6,
    source: {
      name: 'Prop. 101 L (2023–2024); Innst. 431 L (2023–2024)',
      url: 'https://www.regjeringen.no/no/dokumenter/prop.-101-l-20232024/id3037628/?ch=9',
    },
    checkedOn: CHECKED,
    note: 'Couples without children who both take part: 5/6 each. Adoption and in-force date not confirmed: NOT computed.',
  },
  /** Grunnbeløpet (G), a new value each 1 May. The last entry's validUntil is the next expected change. */
  G: {
    value: [
      {
        value: 130160,
        from: '2025-05-01',
        validUntil: '2026-05-01',
        source: { name: 'FOR-2025-05-23-837', url: 'https://lovdata.no/dokument/LTI/forskrift/2025-05-23-837' },
      },
      {
        value: 136549,
        from: '2026-05-01',
        validUntil: '2027-05-01',
        source: { name: 'NAV, grunnbeløpet', url: 'https://www.nav.no/grunnbelopet' },
      },
    ],
    source: { name: 'folketrygdloven § 1-4', url: 'https://lovdata.no/lov/1997-02-28-19/%C2%A71-4' },
    checkedOn: CHECKED,
    validFrom: '2025-05-01',
    validUntil: '2027-05-01',
    note: 'G is set each year from 1 May. 2026: NAV data (github.com/navikt/g), regulation FOR-2026-05-22-869 not seen.',
  },
  LARGE_DEDUCTION_PERCENT: {
    value: 50,
    source: { name: 'integreringsloven § 46 andre ledd bokstav g', url: `${IL}/%C2%A746` },
    checkedOn: CHECKED,
    note: 'A deduction of 50 % or more of one payment is an enkeltvedtak (appealable); smaller ones are not.',
  },
  COMPLAINT_WEEKS: {
    value: 3,
    source: { name: 'forvaltningsloven § 29 første ledd', url: 'https://lovdata.no/lov/1967-02-10/%C2%A729' },
    checkedOn: CHECKED,
    note: 'From the day the notice reached the person; computed by domstolloven §§ 148–149.',
  },
  /** Which forvaltningslov is in force: switch to '2025' (one line) when lov 20. juni 2025 nr. 81 comes into force. */
  FVL_ACTIVE: {
    value: '1967' as FvlAct,
    source: { name: 'lov 20. juni 2025 nr. 81 § 99', url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-81' },
    checkedOn: CHECKED,
    note: 'The 2025 act is adopted; its in-force date was not found, so the 1967 act (§§ 28–36) applies.',
  },
  FVL_SECTIONS: {
    value: {
      '1967': { deadline: '29', onTime: '30', late: '31', content: '32', lowerBody: '33', documents: '18' },
      '2025': { deadline: '63', onTime: '64', late: '65', content: '66', lowerBody: '67', documents: '46' },
    } satisfies Record<FvlAct, FvlSections>,
    source: { name: 'forvaltningsloven 1967 and lov 20. juni 2025 nr. 81', url: 'https://lovdata.no/lov/1967-02-10' },
    checkedOn: CHECKED,
  },
} as const

export type ParamName = keyof typeof PARAMS

/**
 * A legal value that changes with time: a list of dated entries, as OpenFisca keeps its
 * parameters. The engine takes the entry in force on the day that matters (the decision day it
 * stands in for: `today`, or the ?asof= day). A change in the law is a new entry here, plus rows
 * in the test table (test/unit/rules/dated.test.ts) — no code.
 */
export interface DatedEntry<T> {
  /** In force from this day. */
  from: string
  /** Exclusive: ends on this day (a known end, such as a temporary chapter's); else until the next entry. */
  until?: string
  value: T
  source: Source
  /** The day this entry was checked against its source itself; null: not checked there (see note). */
  checkedOn: string | null
  note?: string
}

export interface DatedParams {
  /** integreringsloven § 8 first paragraph: the upper age (inclusive) on the permit date. */
  AGE_MAX: DatedEntry<number>[]
  /** § 8 fourth paragraph: a job (offer) of at least this many hours a week takes the right away. */
  JOB_HOURS: DatedEntry<number>[]
  /** Chapter 6A: the temporary rules for collective protection. */
  CHAPTER_6A: DatedEntry<true>[]
}

export const DATED: DatedParams = {
  AGE_MAX: [
    {
      from: '2021-01-01',
      value: 55,
      source: IL8,
      checkedOn: CHECKED,
      note:
        '"mellom 18 og 55 år"; 55 is in, 56 is out (kan-tilbud, § 8 third paragraph). The change to 60 (lov 20. juni 2025 ' +
        'nr. 35) is enacted but expressly NOT in force (FOR-2025-06-20-1102): when it is, add an entry here.',
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
  CHAPTER_6A: [
    {
      from: '2022-06-15',
      until: '2026-07-01',
      value: true,
      source: {
        name: 'Prop. 81 L (2024–2025) kap. 11; Innst. 430 L (2023–2024)',
        url: 'https://www.regjeringen.no/no/dokumenter/prop.-81-l-20242025/id3094568/?ch=11',
      },
      checkedOn: CHECKED,
      note:
        'In force 15 June 2022 (IMDi, juridisk veileder til kapittel 6A); "gjelder til 1. juli 2026", no extension found. ' +
        'Past that day the right still stands (§ 9 first paragraph letter e); only the adaptations were temporary → rules-may-have-changed.',
    },
  ],
}

/** The entry in force on `day`, if any. */
export function entryOn<T>(entries: readonly DatedEntry<T>[], day: string): DatedEntry<T> | undefined {
  let found: DatedEntry<T> | undefined
  for (const e of entries) if (e.from <= day && (e.until === undefined || day < e.until)) found = e
  return found
}

/** The value in force on `day`, if any. */
export const valueOn = <T>(entries: readonly DatedEntry<T>[], day: string): T | undefined => entryOn(entries, day)?.value

/** The upper age on `day`: before the first entry (the old act), the first entry's. */
export const ageMaxOn = (day: string): number => valueOn(DATED.AGE_MAX, day) ?? DATED.AGE_MAX[0]!.value

/** Whether the 30-hour job rule is in force on `day`, and the hours it names (the first known when not). */
export const jobRuleOn = (day: string): boolean => valueOn(DATED.JOB_HOURS, day) !== undefined
export const jobHoursOn = (day: string): number => valueOn(DATED.JOB_HOURS, day) ?? DATED.JOB_HOURS[0]!.value

/** Chapter 6A: whether it had come into force by `day` (past its end too: still its answer, flagged). */
export const chapter6AStarted = (day: string): boolean => DATED.CHAPTER_6A.some((e) => e.from <= day)

/** Chapter 6A: the day it ends as enacted, and whether `day` is on or past it. */
export const chapter6AEnds = (): string | undefined => DATED.CHAPTER_6A[DATED.CHAPTER_6A.length - 1]?.until
export const chapter6APast = (day: string): boolean => {
  const end = chapter6AEnds()
  return end !== undefined && day >= end
}

export interface GInForce {
  value: number
  from: string
  validUntil: string
}

/**
 * The G in force on `today`: the latest entry from on or before `today`. Before the first
 * entry, the first entry (the earliest value this engine knows). Past the last entry's
 * validUntil, the last entry (the caller flags rules-may-have-changed).
 */
export function gInForce(today: string): GInForce {
  const list = PARAMS.G.value
  let chosen: (typeof list)[number] = list[0]
  for (const entry of list) if (entry.from <= today) chosen = entry
  return { value: chosen.value, from: chosen.from, validUntil: chosen.validUntil }
}

/** True when `today` is on or after the param's validUntil. */
export function isPastValidity(param: { validUntil?: string }, today: string): boolean {
  return param.validUntil !== undefined && today >= param.validUntil
}
