/**
 * Facts about the programme for the information pages and the message parameters: durations,
 * start deadline, introduksjonsstønad. All numbers come from ./params.ts, so a change in the law
 * needs no change in any translation.
 */
import type { Assessment, Citation, Stipend } from './types'
import { ageOn, parsePartialDate } from './dates'
import { ilRule } from './citations'
import { chapter6AEnds, entryFor, fvlOn, gInForce, inForce, integreringslovenFrom, LAW, lawOn, type LawName } from './params'
import type { GInForce } from './params'

export interface Duration {
  /** locale key programme.duration.<id> */
  id: 'higher-education' | 'work' | 'partial-upper-secondary' | 'upper-secondary' | 'vocational'
  months: number
  extensionMonths: number
}

export interface ProgrammeFacts {
  /** §§ 13–14 as amended from 1 January 2026 (for programmes offered from then). */
  durations: Duration[]
  durationsFrom: string
  /** § 12 second paragraph */
  startDeadlineMonths: number
  g: GInForce
  stipendMultipleOfG: number
  shares: Record<Stipend, number>
  /** age from which the full rate is paid */
  fullRateFromAge: number
}

export function programmeFacts(today: string): ProgrammeFacts {
  const durations = entryFor('DURATIONS', today)
  const d = durations.value
  return {
    durations: [
      { id: 'higher-education', ...d.withUpperSecondary },
      { id: 'work', ...d.qualifyForWork },
      { id: 'partial-upper-secondary', ...d.partialUpperSecondary },
      { id: 'upper-secondary', ...d.completedUpperSecondary },
      { id: 'vocational', ...d.vocational },
    ],
    durationsFrom: durations.from,
    startDeadlineMonths: lawOn('START_DEADLINE_MONTHS', today),
    g: gInForce(today),
    stipendMultipleOfG: lawOn('STIPEND_G_MULTIPLE', today),
    shares: { ...lawOn('STIPEND_SHARES', today) },
    fullRateFromAge: lawOn('STIPEND_FULL_FROM_AGE', today),
  }
}

/** Kroner a year (before tax) for a stipend share, with the G in force on `today`, rounded to whole kroner. */
export function stipendYearly(share: Stipend, today: string): number {
  return Math.round(gInForce(today).value * lawOn('STIPEND_G_MULTIPLE', today) * lawOn('STIPEND_SHARES', today)[share])
}

/**
 * Message parameters that are one legal value each: `{twoYears}` is LAW.TWO_YEARS on the day.
 * Their units (LAW_UNITS) give the `{…Text}` forms too (src/i18n/useText.ts).
 */
export const LAW_PARAMS = {
  ageMin: 'AGE_MIN',
  ageMax: 'AGE_MAX',
  ageMaxAdopted: 'AGE_MAX_ADOPTED',
  childAge: 'CHILD_AGE',
  youngAge: 'STIPEND_FULL_FROM_AGE',
  twoYears: 'TWO_YEARS',
  fiveYears: 'FIVE_YEARS',
  jobHours: 'JOB_HOURS',
  ch6aPermitFrom: 'CH6A_PERMIT_FROM',
  startMonths: 'START_DEADLINE_MONTHS',
  complaintWeeks: 'COMPLAINT_WEEKS',
  largeDeduction: 'LARGE_DEDUCTION_PERCENT',
  stipendG: 'STIPEND_G_MULTIPLE',
} as const satisfies Record<string, LawName>

/**
 * Named parameters for every message: "{twoYears} år", never "2 år". Dates are ISO strings
 * (the UI formats them).
 */
export function legalTextParams(today: string): Record<string, string | number> {
  const g = gInForce(today)
  const fvl = fvlOn(today)
  const out: Record<string, string | number> = {}
  for (const [param, name] of Object.entries(LAW_PARAMS)) out[param] = lawOn(name, today)
  return {
    ...out,
    jobFrom: LAW.JOB_HOURS[0]!.from,
    lawStart: integreringslovenFrom(),
    ch6aUntil: chapter6AEnds() ?? '',
    fvlLate: fvl.sections.late,
    fvlDocuments: fvl.sections.documents,
    ilAppeal: ilRule('appeal', today).section.replace('§ ', ''),
    gValue: g.value,
    gFrom: g.from,
  }
}

/** The parts of the programme (locale keys programme.content.<item>). */
export const CONTENT_ITEMS = ['norwegian', 'society', 'lifeSkills', 'workOrSchool', 'parentGuidance'] as const
export type ContentItem = (typeof CONTENT_ITEMS)[number]

export interface ContentFor {
  /** the parts the programme holds for this person */
  included: ContentItem[]
  /**
   * Parts left out under the temporary rules for collective protection (chapter 6A):
   * 'left-out' while the rules are known to hold, 'ask' once they may have ended.
   */
  leftOut: { item: ContentItem; status: 'left-out' | 'ask'; citations: Citation[] }[]
}

/**
 * What the programme contains for the person (integreringsloven § 14 a; forskrift § 3): parent
 * guidance with children under 18; under chapter 6A from 2026 no samfunnskunnskap (§ 37 c).
 * Past the end date of chapter 6A the ordinary content may apply again: ask the kommune.
 */
export function contentFor(a: Pick<Assessment, 'outcome' | 'flags'>, today: string): ContentFor {
  const included: ContentItem[] = ['norwegian', 'society', 'lifeSkills', 'workOrSchool']
  if (a.flags.includes('parent-guidance')) included.push('parentGuidance')
  const leftOut: ContentFor['leftOut'] = []
  if (a.outcome === 'right-temporary-rules' && inForce('CH6A_NO_SOCIAL_STUDIES', today)) {
    included.splice(included.indexOf('society'), 1)
    leftOut.push({
      item: 'society',
      status: a.flags.includes('rules-may-have-changed') ? 'ask' : 'left-out',
      citations: [ilRule('ch6aSocialStudies', today)],
    })
  }
  return { included, leftOut }
}

export interface StipendInfo {
  /** the person's rate, when known */
  share?: Stipend
  /** kroner a year for the person's rate, when known */
  yearly?: number
  /** kroner a year at the full rate */
  fullYearly: number
  g: GInForce
  /** the rate is not known and the person may be under 25: a lower rate is possible */
  mayBeYoung: boolean
}

/** The stønad for the result page (§ 20): the person's rate, or the full rate and whether less is possible. */
export function stipendFor(a: Pick<Assessment, 'stipend'>, answers: unknown, today: string): StipendInfo {
  const g = gInForce(today)
  const fullYearly = stipendYearly('full', today)
  if (a.stipend) return { share: a.stipend, yearly: stipendYearly(a.stipend, today), fullYearly, g, mayBeYoung: false }
  const birth = parsePartialDate(
    typeof answers === 'object' && answers !== null && Object.prototype.hasOwnProperty.call(answers, 'birthDate')
      ? (answers as Record<string, unknown>).birthDate
      : undefined,
  )
  const youngest = birth ? ageOn(birth.latest, today) : 0
  return { fullYearly, g, mayBeYoung: youngest < lawOn('STIPEND_FULL_FROM_AGE', today) }
}
