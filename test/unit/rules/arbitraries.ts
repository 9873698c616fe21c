/**
 * fast-check generators for answers: well-typed ones (dates clustered around the legal limits, so
 * the interesting boundaries are hit often) and junk.
 */
import fc from 'fast-check'
import type { Answers, AnswerKey } from '@/rules'
import { PERMITS, QUESTION_ORDER, REFERENCE_PERMITS, TRI_VALUES } from '@/rules'
import { addDays, addYears, fromDayNumber, toDayNumber } from '@/rules/dates'

export const TODAYS = ['2022-06-01', '2025-06-01', '2025-12-31', '2026-01-01', '2026-07-01', '2026-11-23', '2027-05-01']

/** Days where some rule changes, and settlement/claim anchors relative to the todays. */
const ANCHORS = [
  '2020-12-31',
  '2021-01-01',
  '2022-03-11',
  '2022-06-01',
  '2023-06-01',
  '2023-11-23',
  '2024-05-01',
  '2024-09-01',
  '2024-11-23',
  '2025-05-01',
  '2025-06-01',
  '2025-09-01',
  '2026-01-01',
  '2026-05-01',
]

const fullDay = fc.integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber)
const nearAnchor = fc
  .tuple(fc.constantFrom(...ANCHORS), fc.integer({ min: -45, max: 45 }))
  .map(([a, d]) => addDays(a, d))
export const day = fc.oneof(nearAnchor, fullDay)

/** 'YYYY-MM-DD' or 'YYYY-MM'. */
export const partialDate = fc.oneof(
  { weight: 3, arbitrary: day },
  { weight: 1, arbitrary: day.map((d) => d.slice(0, 7)) },
)

/** Birth dates around the ages 18, 25, 56 and 61 for permits in the anchor range, plus any. */
const birthDay = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ANCHORS), fc.constantFrom(17, 18, 24, 25, 26, 30, 55, 56, 60, 61), fc.integer({ min: -40, max: 40 }))
    .map(([a, age, d]) => addDays(addYears(a, -age), d)),
  fc.integer({ min: toDayNumber('1940-01-01'), max: toDayNumber('2012-12-31') }).map(fromDayNumber),
)
export const birthDate = fc.oneof(
  { weight: 4, arbitrary: birthDay },
  { weight: 1, arbitrary: birthDay.map((d) => d.slice(0, 7)) },
  { weight: 1, arbitrary: birthDay.map((d) => d.slice(0, 4)) },
)

export const tri = fc.constantFrom(...TRI_VALUES)
/** Permits weighted towards the ones with the most rules behind them. */
export const permit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('refugee', 'collective-protection', 'family-immigration') },
  { weight: 3, arbitrary: fc.constantFrom(...PERMITS) },
)
export const referencePermit = fc.constantFrom(...REFERENCE_PERMITS)

/** A valid value for each answer. */
export const VALUE: { [K in AnswerKey]-?: fc.Arbitrary<NonNullable<Answers[K]>> } = {
  permit,
  referencePermit,
  referenceSettlementDate: partialDate,
  familyApplicationDate: partialDate,
  permitDate: partialDate,
  arrivalDate: partialDate,
  birthDate,
  startedProgramme: tri,
  declinedOrLeft: tri,
  settled: tri,
  settlementDate: partialDate,
  imdiAgreement: tri,
  firstKommune: tri,
  claimDate: partialDate,
  job30Hours: tri,
  childrenUnder18: tri,
  livesWithParent: tri,
}

/** Mostly-answered well-typed answers; each key may be missing. */
export const answers: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(
      QUESTION_ORDER.map((k) => [k, fc.option(VALUE[k] as fc.Arbitrary<unknown>, { freq: 4, nil: undefined })]),
    ) as Record<AnswerKey, fc.Arbitrary<unknown>>,
  )
  .map((r) => {
    const a: Record<string, unknown> = {}
    for (const k of QUESTION_ORDER) if (r[k] !== undefined) a[k] = r[k]
    return a as Answers
  })

export const today = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TODAYS) },
  { weight: 1, arbitrary: fc.integer({ min: toDayNumber('2021-06-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber) },
  { weight: 1, arbitrary: fullDay },
)

/** Wrong types, impossible dates and strange values for every key. */
const junkValue = fc.oneof(
  fc.anything(),
  fc.constantFrom('2023-02-30', '2023-13-01', '2023-00-10', '1899-12-31', '2101-01-01', '2023-2-3', '20230101', '2023-02-29', 'yes ', 'YES', '', 'refugee\u0000'),
  fc.string(),
  fc.integer(),
  fc.constant(null),
)
export const junkAnswers = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom(...QUESTION_ORDER, 'other', '__proto__', 'constructor'), junkValue),
  fc.tuple(answers, fc.dictionary(fc.constantFrom(...QUESTION_ORDER), junkValue)).map(([a, j]) => ({ ...a, ...j })),
)

export const junkToday = fc.oneof(today, fc.anything(), fc.constantFrom('2026-02-30', '', 'today', '2026-11'))

const triMostly = (likely: 'yes' | 'no') =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(likely) }, { weight: 2, arbitrary: fc.constantFrom('yes', 'no') }, { weight: 1, arbitrary: fc.constant('unknown') })

/** Sometimes only 'YYYY-MM' of a day. */
const vague = (d: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 5, arbitrary: d }, { weight: 1, arbitrary: d.map((x) => x.slice(0, 7)) })

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { freq: 12, nil: undefined })

/**
 * Coherent situations around `today`: a permit some months or years back, settlement after it,
 * ages and settlement dates near the limits. These reach every outcome often.
 */
export function situationAt(t: string): fc.Arbitrary<Answers> {
  const permitDate = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 * 365 }).map((d) => addDays(t, -d)) },
    { weight: 2, arbitrary: nearAnchor },
  )
  const likelyPermit = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('refugee', 'collective-protection', 'family-immigration', 'resettled-refugee', 'independent-after-abuse') },
    { weight: 2, arbitrary: permit },
  )
  return permitDate.chain((p) => {
    const age = fc.oneof(fc.constantFrom(17, 18, 24, 25, 26, 30, 40, 55, 56, 60, 61), fc.integer({ min: 10, max: 70 }))
    const birth = fc
      .tuple(age, fc.integer({ min: -40, max: 40 }))
      .map(([y, d]) => addDays(addYears(p, -y), d))
    const birthAny = fc.oneof(
      { weight: 5, arbitrary: birth },
      { weight: 1, arbitrary: birth.map((b) => b.slice(0, 7)) },
      { weight: 1, arbitrary: birth.map((b) => b.slice(0, 4)) },
    )
    const settlement = fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((d) => addDays(p, d)),
      fc.integer({ min: -30, max: 30 }).map((d) => addDays(addYears(t, -2), d)),
    )
    return fc
      .record({
        permit: likelyPermit,
        referencePermit: maybe(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('refugee', 'collective-protection') }, { weight: 2, arbitrary: referencePermit })),
        refSettled: fc.integer({ min: 0, max: 8 * 365 }).map((d) => addDays(p, -d)),
        appOffset: fc.oneof(fc.integer({ min: -60, max: 60 }).map((d) => 5 * 365 + d), fc.integer({ min: 0, max: 7 * 365 })),
        arrival: fc.oneof(fc.constant(p), fc.integer({ min: -200, max: 400 }).map((d) => addDays(p, d))),
        birthDate: maybe(birthAny),
        startedProgramme: maybe(triMostly('no')),
        declinedOrLeft: maybe(triMostly('no')),
        settled: maybe(triMostly('yes')),
        settlement,
        imdiAgreement: maybe(triMostly('yes')),
        firstKommune: maybe(triMostly('yes')),
        claimOffset: fc.option(fc.integer({ min: -90, max: 60 }), { freq: 1, nil: undefined }),
        job30Hours: maybe(triMostly('no')),
        childrenUnder18: maybe(tri),
        livesWithParent: maybe(tri),
        vaguePermit: fc.boolean(),
        vagueOther: fc.integer({ min: 0, max: 5 }),
        dropPermitDate: fc.integer({ min: 0, max: 15 }),
      })
      .map((r) => {
        const cut = (d: string, n: number) => (r.vagueOther === n ? d.slice(0, 7) : d)
        const a: Record<string, unknown> = {
          permit: r.permit,
          referencePermit: r.referencePermit,
          referenceSettlementDate: cut(r.refSettled, 1),
          familyApplicationDate: cut(addDays(r.refSettled, r.appOffset), 2),
          permitDate: r.dropPermitDate === 0 ? undefined : r.vaguePermit && r.vagueOther === 0 ? p.slice(0, 7) : p,
          arrivalDate: cut(r.arrival, 3),
          birthDate: r.birthDate,
          startedProgramme: r.startedProgramme,
          declinedOrLeft: r.declinedOrLeft,
          settled: r.settled,
          settlementDate: cut(r.settlement, 4),
          imdiAgreement: r.imdiAgreement,
          firstKommune: r.firstKommune,
          claimDate: r.claimOffset === undefined ? undefined : cut(addDays(addYears(r.settlement, 2), r.claimOffset), 5),
          job30Hours: r.job30Hours,
          childrenUnder18: r.childrenUnder18,
          livesWithParent: r.livesWithParent,
        }
        for (const k of Object.keys(a)) if (a[k] === undefined) delete a[k]
        return a as Answers
      })
  })
}

/** [answers, today]: coherent situations and free random answers. */
export const scenario: fc.Arbitrary<[Answers, string]> = fc.oneof(
  { weight: 3, arbitrary: today.chain((t) => situationAt(t).map((a) => [a, t] as [Answers, string])) },
  { weight: 1, arbitrary: fc.tuple(answers, today) },
)
