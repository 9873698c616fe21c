/**
 * From raw answers to "facts": the few yes/no (or small-set) questions the decision procedure
 * asks, such as "was the permit granted before 2021?" or "what age band was the person in on the
 * permit date?".
 *
 * Each fact gets a domain: the values it can still take given the answers. An exact answer gives
 * one value; "don't know", no answer, an invalid answer or a partial date that straddles a limit
 * gives several, and the engine (./engine.ts) then tries each. This is how "decide where the
 * unknown day or month cannot change the outcome" is done for every answer alike.
 */
import type { AnswerKey, Permit, ReferencePermit, Tri } from './types'
import type { DateInterval, IsoDate } from './dates'
import { addYears, ageRange, parsePartialDate, YEAR_MIN } from './dates'
import { integreringslovenFrom, jobRuleOn, lawOn } from './params'
import {
  DATE_KEYS,
  includes,
  PERMITS,
  REFERENCE_PERMITS,
  REFERENCE_PERMITS_A_TO_E,
  TRI_KEYS,
  TRI_VALUES,
} from './values'
import type { DateKey, TriKey } from './values'

/** Answers after validation: an invalid field is simply absent (= not answered). */
export interface Norm {
  today: IsoDate
  permit?: Permit
  referencePermit?: ReferencePermit
  tri: Partial<Record<TriKey, Tri>>
  dates: Partial<Record<DateKey, DateInterval>>
}

/**
 * Reads an own property of anything without throwing on null, numbers or arrays. Own only: an
 * answer inherited from a prototype (Object.create(valid)) was not given.
 */
function field(answers: unknown, key: string): unknown {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined
  if (!Object.prototype.hasOwnProperty.call(answers, key)) return undefined
  return (answers as Record<string, unknown>)[key]
}

/**
 * Validates every answer. Dates: strict partial dates ('YYYY' for the birth date only); a date
 * after `today` has not happened and counts as not answered; a partial date reaching past
 * `today` is cut at `today`.
 */
export function normalize(answers: unknown, today: IsoDate): Norm {
  const norm: Norm = { today, tri: {}, dates: {} }
  const permit = field(answers, 'permit')
  if (includes(PERMITS, permit)) norm.permit = permit
  const ref = field(answers, 'referencePermit')
  if (includes(REFERENCE_PERMITS, ref)) norm.referencePermit = ref
  for (const k of TRI_KEYS) {
    const v = field(answers, k)
    if (includes(TRI_VALUES, v)) norm.tri[k] = v
  }
  for (const k of DATE_KEYS) {
    const i = parsePartialDate(field(answers, k), { allowYearOnly: k === 'birthDate' })
    if (!i || i.earliest > today) continue
    norm.dates[k] = i.latest > today ? { ...i, latest: today } : i
  }
  return norm
}

/** The validated answers to `keys` only (the others not answered). */
export function restrictNorm(norm: Norm, keys: ReadonlySet<AnswerKey>): Norm {
  const out: Norm = { today: norm.today, tri: {}, dates: {} }
  if (keys.has('permit') && norm.permit) out.permit = norm.permit
  if (keys.has('referencePermit') && norm.referencePermit) out.referencePermit = norm.referencePermit
  for (const k of TRI_KEYS) {
    const v = norm.tri[k]
    if (keys.has(k) && v) out.tri[k] = v
  }
  for (const k of DATE_KEYS) {
    const v = norm.dates[k]
    if (keys.has(k) && v) out.dates[k] = v
  }
  return out
}

export type AgeClass = 'under-18' | 'in-range' | 'over-limit-changing' | 'over-limit'
export type ClaimFact = 'none' | 'in-time' | 'late'
export type AgeTodayFact = '25+' | 'under-25' | 'unknown'

export interface FactValues {
  /** permitDate < 2021-01-01 */
  permitBefore2021: boolean
  /** arrivalDate < 2021-01-01 */
  arrivalBefore2021: boolean
  /** declinedOrLeft = yes */
  declined: boolean
  /** startedProgramme = yes */
  started: boolean
  /** the family member in Norway is in § 9 a–e, or someone else */
  refGroup: 'a-e' | 'other'
  /** familyApplicationDate < referenceSettlementDate + 5 years */
  familyWithin5: boolean
  /** age on the permit date: < 18, 18–55, 56–60 (the adopted, not-in-force limit), 61+ */
  ageClass: AgeClass
  settled: boolean
  imdi: boolean
  firstKommune: boolean
  /** today >= settlementDate + 2 years */
  twoYearsPassed: boolean
  /** no claim; a claim before settlementDate + 2 years; a later claim */
  claim: ClaimFact
  /** a job (offer) of 30+ hours a week */
  job: boolean
  /** permitDate >= 2022-03-11 (chapter 6A) */
  sixA: boolean
  children: boolean
  lives: Tri
  /** age on `today` for the stipend */
  ageToday: AgeTodayFact
}

export type FactId = keyof FactValues
export type Domains = { [F in FactId]: readonly FactValues[F][] }

/** The answers each fact is made from. */
export const FACT_FIELDS: { readonly [F in FactId]: readonly AnswerKey[] } = {
  permitBefore2021: ['permitDate'],
  arrivalBefore2021: ['arrivalDate'],
  declined: ['declinedOrLeft'],
  started: ['startedProgramme'],
  refGroup: ['referencePermit'],
  familyWithin5: ['familyApplicationDate', 'referenceSettlementDate'],
  ageClass: ['birthDate', 'permitDate'],
  settled: ['settled'],
  imdi: ['imdiAgreement'],
  firstKommune: ['firstKommune'],
  twoYearsPassed: ['settlementDate'],
  claim: ['claimDate', 'settlementDate'],
  job: ['job30Hours'],
  sixA: ['permitDate'],
  children: ['childrenUnder18'],
  lives: ['livesWithParent'],
  ageToday: ['birthDate'],
}

export const FACT_IDS = Object.keys(FACT_FIELDS) as FactId[]

/**
 * An answer the engine cannot take as exact: "don't know", not answered, invalid, or a partial
 * date. (No claim date is exact: it means "no claim".)
 */
export function isUncertain(norm: Norm, key: AnswerKey): boolean {
  if (key === 'permit') return !norm.permit || norm.permit === 'unknown'
  if (key === 'referencePermit') return !norm.referencePermit || norm.referencePermit === 'unknown'
  if (includes(DATE_KEYS, key)) {
    const d = norm.dates[key]
    if (key === 'claimDate') return d !== undefined && d.earliest !== d.latest
    return !d || d.earliest !== d.latest
  }
  if (includes(TRI_KEYS, key)) {
    const v = norm.tri[key]
    return v !== 'yes' && v !== 'no'
  }
  return true
}

/**
 * The first settlement as answered. Where the answer leaves the day open ("I don't know", or a
 * month or year only), what the other answers imply narrows it: the years in a kommune count
 * from settlement after the permit was granted, and nobody is settled before they arrive
 * (docs/law/two-years.md). The arrival is used only where it was asked (a permit that may be
 * from before 2021). A date still to be asked (relevance, `free`) stays wide open.
 */
export function settlementInterval(norm: Norm, free: boolean, whole: DateInterval): DateInterval {
  const given = norm.dates.settlementDate
  if (free) return given ?? whole
  if (given && given.precision === 'day') return given
  const base = given ?? whole
  const permit = norm.dates.permitDate
  const arrival = norm.dates.arrivalDate
  let floor = permit?.earliest
  if (arrival && (!permit || permit.earliest < integreringslovenFrom()) && (!floor || arrival.earliest > floor)) floor = arrival.earliest
  if (floor && floor > base.earliest && floor <= base.latest) return { ...base, earliest: floor }
  return base
}

function both(canBeTrue: boolean, canBeFalse: boolean): readonly boolean[] {
  if (canBeTrue && !canBeFalse) return [true]
  if (canBeFalse && !canBeTrue) return [false]
  return [true, false]
}

/**
 * The domain of every fact.
 *
 * Answers that only inform (children, living with a parent, the pre-2026 job answer, the age
 * today) are read as given: only 'yes' adds a flag, and an unclear age today or living situation
 * leaves the stipend out instead of making the whole result cannot-tell.
 *
 * `free` (relevance mode, see ./relevance.ts): answers still to be asked. For these, the
 * informing answers are tried with every value instead of the "not answered" default, so a
 * question that can change only a flag or the stipend still counts as relevant.
 */
export function factDomains(norm: Norm, free?: ReadonlySet<AnswerKey>): Domains {
  const today = norm.today
  const isFree = (k: AnswerKey) => free !== undefined && free.has(k)
  const whole: DateInterval = { earliest: `${YEAR_MIN}-01-01`, latest: today, precision: 'year' }
  const date = (k: DateKey): DateInterval => norm.dates[k] ?? whole
  const tri = (k: TriKey): readonly boolean[] => {
    const v = norm.tri[k]
    return v === 'yes' ? [true] : v === 'no' ? [false] : [true, false]
  }
  // Having started, or having declined or left, are exceptions the person knows of: the research's
  // procedure (docs/law/open-points.md) acts on them only when answered 'yes', and its example cases
  // leave them out when they are 'no'. So not answered (or invalid) counts as 'no' here, while an
  // explicit 'unknown' keeps both cases open. The flow always asks them where they matter.
  const exception = (k: TriKey): readonly boolean[] => {
    if (isFree(k)) return [true, false]
    const v = norm.tri[k]
    return v === 'yes' ? [true] : v === 'unknown' ? [true, false] : [false]
  }
  const before = (k: DateKey, limit: IsoDate) => {
    const i = date(k)
    return both(i.earliest < limit, i.latest >= limit)
  }

  const start = integreringslovenFrom()

  // § 9 f: the application before the 5th anniversary of the reference person's first settlement.
  const app = date('familyApplicationDate')
  const refSettled = date('referenceSettlementDate')
  const five = lawOn('FIVE_YEARS', today)
  const familyWithin5 = both(app.earliest < addYears(refSettled.latest, five), app.latest >= addYears(refSettled.earliest, five))

  const ages = ageRange(date('birthDate'), date('permitDate'))
  const ageClass: AgeClass[] = []
  const overlaps = (lo: number, hi: number) => ages.max >= lo && ages.min <= hi
  const ageMin = lawOn('AGE_MIN', today)
  const adopted = lawOn('AGE_MAX_ADOPTED', today)
  if (ages.min < ageMin) ageClass.push('under-18')
  // The upper age in force on the decision day (LAW.AGE_MAX); once the adopted 60 is in force, nobody is 'changing'.
  const ageMax = lawOn('AGE_MAX', today)
  if (overlaps(ageMin, ageMax)) ageClass.push('in-range')
  if (overlaps(ageMax + 1, adopted)) ageClass.push('over-limit-changing')
  if (ages.max > Math.max(adopted, ageMax)) ageClass.push('over-limit')

  // § 8 first paragraph: "less than 2 years" → passed when today >= settlement + 2 years.
  // The 2 years run from the first settlement in any kommune (docs/law/two-years.md).
  const settlement = settlementInterval(norm, isFree('settlementDate'), whole)
  const two = lawOn('TWO_YEARS', today)
  const twoYearsPassed = both(addYears(settlement.earliest, two) <= today, addYears(settlement.latest, two) > today)

  const claim: ClaimFact[] = []
  const claimDate = norm.dates.claimDate
  if (isFree('claimDate') || !claimDate) claim.push('none')
  if (isFree('claimDate') || claimDate) {
    const c = claimDate ?? whole
    if (c.earliest < addYears(settlement.latest, two)) claim.push('in-time')
    if (c.latest >= addYears(settlement.earliest, two)) claim.push('late')
  }

  // From 2026 the job answer decides the right (§ 8 fourth paragraph), so "don't know" is tried
  // both ways; before, it only adds a flag for chapter 6A, read as given.
  const job =
    jobRuleOn(today)
      ? tri('job30Hours')
      : isFree('job30Hours')
        ? [true, false]
        : [norm.tri.job30Hours === 'yes']

  const sixA = before('permitDate', lawOn('CH6A_PERMIT_FROM', today)).map((b) => !b)

  const todayAges = ageRange(date('birthDate'), { earliest: today, latest: today, precision: 'day' })
  const fullFrom = lawOn('STIPEND_FULL_FROM_AGE', today)
  const canBeFull = todayAges.max >= fullFrom
  const canBeYoung = todayAges.min < fullFrom
  let ageToday: AgeTodayFact[]
  if (isFree('birthDate')) {
    // Relevance mode, birth date still to be asked: it may turn out either side of 25.
    ageToday = []
    if (canBeFull) ageToday.push('25+')
    if (canBeYoung) ageToday.push('under-25')
  } else {
    // As answered: a birth date too vague around the 25th birthday leaves the stipend out.
    ageToday = canBeFull && canBeYoung ? ['unknown'] : canBeFull ? ['25+'] : ['under-25']
  }

  const rp = norm.referencePermit
  const refGroup: readonly ('a-e' | 'other')[] = includes(REFERENCE_PERMITS_A_TO_E, rp)
    ? ['a-e']
    : rp === 'other'
      ? ['other']
      : ['a-e', 'other']

  return {
    permitBefore2021: before('permitDate', start),
    arrivalBefore2021: before('arrivalDate', start),
    declined: exception('declinedOrLeft'),
    started: exception('startedProgramme'),
    refGroup,
    familyWithin5,
    ageClass: ageClass.length > 0 ? ageClass : ['in-range'],
    settled: tri('settled'),
    imdi: tri('imdiAgreement'),
    firstKommune: tri('firstKommune'),
    twoYearsPassed,
    claim: claim.length > 0 ? claim : ['none'],
    job,
    sixA,
    children: isFree('childrenUnder18') ? [true, false] : [norm.tri.childrenUnder18 === 'yes'],
    lives: isFree('livesWithParent') ? ['yes', 'no', 'unknown'] : [norm.tri.livesWithParent ?? 'unknown'],
    ageToday: ageToday.length > 0 ? ageToday : ['unknown'],
  }
}

