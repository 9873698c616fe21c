/**
 * The person's own dates (Assessment.keyDates) and the open points of a cannot-tell
 * (Assessment.ifAnswered): a table of cases (month ends, leap days, partial dates, each outcome)
 * and a property: every branch, fed back into assess(), gives the outcome it claims.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assess, branchOutcome } from '@/rules'
import type { Answers, KeyDate, KeyDateKind } from '@/rules'
import { addDays, fromDayNumber, toDayNumber, YEAR_MIN } from '@/rules/dates'
import { DATE_KEYS } from '@/rules/values'
import { scenario } from './arbitraries'

/** A refugee settled by agreement, answered in full: the persona of the issue. */
const settledRefugee: Answers = {
  permit: 'refugee',
  permitDate: '2025-06-20',
  birthDate: '1990-05-01',
  startedProgramme: 'no',
  declinedOrLeft: 'no',
  settled: 'yes',
  settlementDate: '2025-09-01',
  imdiAgreement: 'yes',
  firstKommune: 'yes',
  job30Hours: 'no',
  childrenUnder18: 'no',
}
const TODAY = '2026-12-06'

const dates = (a: Answers, today = TODAY) => Object.fromEntries(assess(a, today).keyDates.map((k) => [k.kind, k])) as Partial<Record<KeyDateKind, KeyDate>>

describe('key dates', () => {
  it('the persona of the issue: the start deadline has passed, the 2 years have not', () => {
    const k = dates(settledRefugee)
    expect(k['start-deadline']).toEqual({
      kind: 'start-deadline',
      date: '2025-12-01',
      passed: true,
      approximate: false,
      rule: [expect.objectContaining({ law: 'integreringsloven', section: '§ 12', paragraph: 'andre ledd' })],
    })
    expect(k['two-year-limit']).toMatchObject({ date: '2027-09-01', passed: false, approximate: false })
    expect(k['two-year-limit']!.rule[0]).toMatchObject({ section: '§ 8', paragraph: 'første ledd' })
    expect(k['family-five-years']).toBeUndefined()
    expect(assess(settledRefugee, TODAY).keyDates.map((d) => d.kind)).toEqual(['start-deadline', 'two-year-limit'])
  })

  it.each([
    // settlement, start deadline: the same day 3 months on, or the month's last day
    ['2025-11-30', '2026-02-28'],
    ['2023-11-30', '2024-02-29'], // leap year
    ['2025-08-31', '2025-11-30'],
    ['2025-12-31', '2026-03-31'],
    ['2025-01-15', '2025-04-15'],
  ])('settled %s: start deadline %s', (settlementDate, deadline) => {
    const a = { ...settledRefugee, permitDate: '2023-06-01', settlementDate }
    // a day within the 2 years (the right still stands)
    expect(dates(a, addDays(settlementDate, 200))['start-deadline']?.date).toBe(deadline)
  })

  it('passed: the start deadline only after its day, the 2-year limit on its day', () => {
    const a = { ...settledRefugee, permitDate: '2024-06-01', settlementDate: '2024-12-06' }
    expect(dates(a, '2025-03-06')['start-deadline']).toMatchObject({ date: '2025-03-06', passed: false })
    expect(dates(a, '2025-03-07')['start-deadline']).toMatchObject({ date: '2025-03-06', passed: true })
    expect(dates(a, '2026-12-05')['two-year-limit']).toMatchObject({ date: '2026-12-06', passed: false })
    // on the day the 2 years have passed: no right any more, but the date is still the person's
    expect(dates(a, '2026-12-06')['two-year-limit']).toMatchObject({ date: '2026-12-06', passed: true })
  })

  it('29 February + 2 years = 28 February', () => {
    const a = { ...settledRefugee, permitDate: '2024-01-10', settlementDate: '2024-02-29' }
    expect(dates(a, '2025-01-01')['two-year-limit']?.date).toBe('2026-02-28')
  })

  it('a partial settlement date: the earliest it can be, approximate', () => {
    const a = { ...settledRefugee, settlementDate: '2025-09' }
    expect(dates(a)['start-deadline']).toMatchObject({ date: '2025-12-01', approximate: true })
    expect(dates(a)['two-year-limit']).toMatchObject({ date: '2027-09-01', approximate: true })
  })

  it('a partial settlement date, narrowed by the permit date (settled after the permit)', () => {
    const a = { ...settledRefugee, permitDate: '2025-09-15', settlementDate: '2025-09' }
    expect(dates(a)['two-year-limit']).toMatchObject({ date: '2027-09-15', approximate: true })
  })

  it('a later written claim moves the start deadline', () => {
    const a = { ...settledRefugee, claimDate: '2025-11-30' }
    expect(dates(a)['start-deadline']?.date).toBe('2026-02-28')
    // a claim before the settlement does not
    expect(dates({ ...a, claimDate: '2025-08-01' })['start-deadline']?.date).toBe('2025-12-01')
  })

  it('no start deadline without a right, without a settlement date, or once started', () => {
    expect(dates({ ...settledRefugee, imdiAgreement: 'no' })['start-deadline']).toBeUndefined() // may-be-offered
    const { settlementDate: _s, ...noDate } = settledRefugee
    expect(dates(noDate)['start-deadline']).toBeUndefined()
    expect(dates(noDate)['two-year-limit']).toBeUndefined()
    expect(dates({ ...settledRefugee, startedProgramme: 'yes' })).toEqual({})
  })

  it('the 2-year limit for every permit the programme can cover, whatever the outcome', () => {
    expect(dates({ ...settledRefugee, imdiAgreement: 'no' })['two-year-limit']?.date).toBe('2027-09-01') // may-be-offered
    const job = assess({ ...settledRefugee, job30Hours: 'yes' }, TODAY)
    expect(job.outcome).toBe('not-in-target-group')
    expect(job.flags).toEqual(['right-returns-if-job-ends'])
    expect(job.keyDates.map((k) => k.kind)).toEqual(['two-year-limit'])
    expect(dates({ ...settledRefugee, permit: 'other-permit' })).toEqual({})
    expect(dates({ ...settledRefugee, settled: 'no' })).toEqual({})
  })

  it('family: the 5 years from the family member’s settlement', () => {
    const family: Answers = {
      permit: 'family-immigration',
      referencePermit: 'refugee',
      referenceSettlementDate: '2019-05-01',
      familyApplicationDate: '2024-04-30',
      permitDate: '2024-10-01',
      birthDate: '1990-05-01',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
      settled: 'yes',
      settlementDate: '2025-06-01',
      firstKommune: 'yes',
      job30Hours: 'no',
      childrenUnder18: 'no',
    }
    expect(assess(family, TODAY).outcome).toBe('right-and-duty')
    expect(dates(family)['family-five-years']).toMatchObject({ date: '2024-05-01', passed: true, approximate: false })
    expect(dates({ ...family, referenceSettlementDate: '2019-05' })['family-five-years']).toMatchObject({ date: '2024-05-01', approximate: true })
    expect(dates({ ...family, referencePermit: 'other' })['family-five-years']).toBeUndefined()
  })
})

describe('open points', () => {
  const family: Answers = {
    permit: 'family-immigration',
    referencePermit: 'refugee',
    referenceSettlementDate: '2019-05-01',
    permitDate: '2024-10-01',
    birthDate: '1990-05-01',
    startedProgramme: 'no',
    declinedOrLeft: 'no',
    settled: 'yes',
    settlementDate: '2025-06-01',
    firstKommune: 'yes',
    job30Hours: 'no',
    childrenUnder18: 'no',
  }

  it('the example of the issue: applied before 1 May 2024 → the right; after → the kommune may offer it', () => {
    const r = assess(family, TODAY)
    expect(r).toMatchObject({ outcome: 'cannot-tell', missing: ['familyApplicationDate'] })
    expect(r.ifAnswered).toEqual([
      {
        field: 'familyApplicationDate',
        answers: [
          { before: '2024-05-01', outcome: 'right-and-duty' },
          { from: '2024-05-01', outcome: 'may-be-offered' },
        ],
      },
    ])
  })

  it('a choice: every value with its outcome', () => {
    const r = assess({ ...settledRefugee, imdiAgreement: 'unknown' }, TODAY)
    expect(r.missing).toEqual(['imdiAgreement'])
    expect(r.ifAnswered).toEqual([
      {
        field: 'imdiAgreement',
        answers: [
          { value: 'yes', outcome: 'right-and-duty' },
          { value: 'no', outcome: 'may-be-offered' },
          { value: 'unknown', outcome: 'cannot-tell' },
        ],
      },
    ])
  })

  it('derives what the answers imply: a permit in June 2025 and no settlement date cannot have used up the 2 years', () => {
    const { settlementDate: _s, ...a } = settledRefugee
    const r = assess({ ...a, permitDate: '2025-06-10' }, TODAY)
    expect(r.outcome).toBe('right-and-duty')
    // an older permit: the 2 years may have run out
    const old = assess({ ...a, permitDate: '2024-06-10' }, TODAY)
    expect(old).toMatchObject({ outcome: 'cannot-tell', missing: ['settlementDate'] })
    expect(old.ifAnswered[0]!.answers).toEqual([
      { before: '2024-12-07', outcome: 'not-in-target-group' },
      { from: '2024-12-07', outcome: 'right-and-duty' },
    ])
  })

  it('nothing open: []', () => {
    expect(assess(settledRefugee, TODAY).ifAnswered).toEqual([])
  })

  it('property: every branch, fed back into assess(), gives the outcome it claims', () => {
    const first = `${YEAR_MIN}-01-01`
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 1_000_000 }), ([a, today], seed) => {
        const r = assess(a, today)
        expect(r.ifAnswered.map((b) => b.field)).toEqual(r.outcome === 'cannot-tell' ? r.missing : [])
        for (const branch of r.ifAnswered) {
          if ((DATE_KEYS as readonly string[]).includes(branch.field)) {
            // Ranges cover every day from the first to today, in order, without gaps.
            expect(branch.answers[0]!.from).toBeUndefined()
            expect(branch.answers.at(-1)!.before).toBeUndefined()
            branch.answers.forEach((b, i) => {
              if (i > 0) expect(b.from).toBe(branch.answers[i - 1]!.before)
              const lo = toDayNumber(b.from ?? first)
              const hi = toDayNumber(b.before ?? addDays(today, 1)) - 1
              // both ends and a day in between
              for (const day of [lo, hi, lo + (seed % (hi - lo + 1))]) {
                const value = fromDayNumber(day)
                expect(branchOutcome(branch, value)).toBe(b.outcome)
                expect(assess({ ...a, [branch.field]: value }, today).outcome, `${branch.field} = ${value}`).toBe(b.outcome)
              }
            })
          } else {
            for (const b of branch.answers) expect(assess({ ...a, [branch.field]: b.value }, today).outcome, `${branch.field} = ${b.value}`).toBe(b.outcome)
          }
        }
      }),
      { numRuns: Number(process.env.OPEN_POINT_RUNS ?? 400) },
    )
  }, 120_000)
})
