/**
 * Facts about the programme for the information pages and the message parameters: durations,
 * start deadline, introduksjonsstønad. All numbers come from ./params.ts, so a change in the law
 * needs no change in any translation.
 */
import type { Assessment, Citation, Stipend } from './types'
import { ageOn, parsePartialDate } from './dates'
import { integreringsloven } from './citations'
import { ageMaxOn, chapter6AEnds, DATED, gInForce, jobHoursOn, PARAMS } from './params'
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
  const d = PARAMS.DURATIONS.value
  return {
    durations: [
      { id: 'higher-education', ...d.withUpperSecondary },
      { id: 'work', ...d.qualifyForWork },
      { id: 'partial-upper-secondary', ...d.partialUpperSecondary },
      { id: 'upper-secondary', ...d.completedUpperSecondary },
      { id: 'vocational', ...d.vocational },
    ],
    durationsFrom: PARAMS.DURATIONS.validFrom,
    startDeadlineMonths: PARAMS.START_DEADLINE_MONTHS.value,
    g: gInForce(today),
    stipendMultipleOfG: PARAMS.STIPEND_G_MULTIPLE.value,
    shares: { ...PARAMS.STIPEND_SHARES.value },
    fullRateFromAge: PARAMS.STIPEND_FULL_FROM_AGE.value,
  }
}

/** Kroner a year (before tax) for a stipend share, with the G in force on `today`, rounded to whole kroner. */
export function stipendYearly(share: Stipend, today: string): number {
  return Math.round(gInForce(today).value * PARAMS.STIPEND_G_MULTIPLE.value * PARAMS.STIPEND_SHARES.value[share])
}

/**
 * Named parameters for every message: "{twoYears} år", never "2 år". Dates are ISO strings
 * (the UI formats them).
 */
export function legalTextParams(today: string): Record<string, string | number> {
  const g = gInForce(today)
  return {
    ageMin: PARAMS.AGE_MIN.value,
    ageMax: ageMaxOn(today),
    ageMaxAdopted: PARAMS.AGE_MAX_ADOPTED.value,
    childAge: PARAMS.CHILD_AGE.value,
    youngAge: PARAMS.STIPEND_FULL_FROM_AGE.value,
    twoYears: PARAMS.TWO_YEARS.value,
    fiveYears: PARAMS.FIVE_YEARS.value,
    jobHours: jobHoursOn(today),
    jobFrom: DATED.JOB_HOURS[0]!.from,
    lawStart: PARAMS.INTEGRERINGSLOVEN_START.value,
    ch6aPermitFrom: PARAMS.CH6A_PERMIT_FROM.value,
    ch6aUntil: chapter6AEnds() ?? '',
    startMonths: PARAMS.START_DEADLINE_MONTHS.value,
    complaintWeeks: PARAMS.COMPLAINT_WEEKS.value,
    largeDeduction: PARAMS.LARGE_DEDUCTION_PERCENT.value,
    stipendG: PARAMS.STIPEND_G_MULTIPLE.value,
    fvlLate: PARAMS.FVL_SECTIONS.value[PARAMS.FVL_ACTIVE.value].late,
    fvlDocuments: PARAMS.FVL_SECTIONS.value[PARAMS.FVL_ACTIVE.value].documents,
    ilAppeal: '47',
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
  if (a.outcome === 'right-temporary-rules' && today >= PARAMS.AMENDMENTS_2026_FROM.value) {
    included.splice(included.indexOf('society'), 1)
    leftOut.push({
      item: 'society',
      status: a.flags.includes('rules-may-have-changed') ? 'ask' : 'left-out',
      citations: [integreringsloven('37 c')],
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
  return { fullYearly, g, mayBeYoung: youngest < PARAMS.STIPEND_FULL_FROM_AGE.value }
}
