/**
 * The law as dated data (issue 15): the engine takes the entry in force on the decision day, so
 * a change in the law is tested on the day before it and on the day itself — before it arrives.
 * And a change is data only: the age-60 test below adds a dated entry and nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { assess } from '@/rules'
import type { Answers, Assessment, Flag, Outcome } from '@/rules'
import { LAW, entryOn, type DatedEntry } from '@/rules/params'
import { formatCitation } from '@/rules/citations'
import { stipendYearly } from '@/rules/programme'
import { addDays } from '@/rules/dates'
import { lawChanges } from '@/rules/lawChanges'
import { adultRefugee } from '../flow/personas'

// A refugee settled by agreement on 1 June 2025, in the first kommune, no children.
const refugee = { ...adultRefugee, childrenUnder18: 'no' } as Answers
// Collective protection with a permit after 11 March 2022 (chapter 6A), settled 2025.
const sixA: Answers = { ...refugee, permit: 'collective-protection', permitDate: '2025-02-01', settlementDate: '2025-09-01', job30Hours: 'no' }
// A refugee settled in 2023 (for the changes of 2024 and 2025), and the same at 58 on the permit date.
const early: Answers = { ...refugee, permitDate: '2023-06-01', settlementDate: '2023-09-01', job30Hours: 'no' }
const early58: Answers = { ...early, birthDate: '1965-01-01' }
// The same, settled just before chapter 6A came into force.
const sixAEarly: Answers = { ...refugee, permit: 'collective-protection', permitDate: '2022-05-01', settlementDate: '2022-05-20', job30Hours: 'no' }

interface Row {
  what: string
  answers: Answers
  day: string
  outcome: Outcome
  /** the flags, exactly */
  flags: Flag[]
  /** a citation one of the reasons gives (formatted), and one none of them gives */
  cites?: string
  notCites?: string
  /** the full stønad a year, in kroner, on the day */
  fullStipend?: number
}

/** The day before a change and the day of it, for every change date the engine knows. */
const TABLE: Row[] = [
  // A proposed couple share (5/6) from June 2024: never computed, so nothing changes.
  { what: 'refugee, day before the couple-share proposal', answers: early, day: '2024-05-31', outcome: 'right-and-duty', flags: ['start-within-3-months'], fullStipend: 260320 },
  { what: 'refugee, day of the couple-share proposal', answers: early, day: '2024-06-01', outcome: 'right-and-duty', flags: ['start-within-3-months'], fullStipend: 260320 },
  // The first G the guide holds (1 May 2025): before it, the same first G.
  { what: 'refugee, day before the G of 2025', answers: early, day: '2025-04-30', outcome: 'right-and-duty', flags: ['start-within-3-months'], fullStipend: 260320 },
  { what: 'refugee, day of the G of 2025', answers: early, day: '2025-05-01', outcome: 'right-and-duty', flags: ['start-within-3-months'], fullStipend: 260320 },
  // 20 June 2025: the 3 months in § 12 second paragraph; the age-60 change enacted (not in force).
  { what: 'refugee, day before § 12 second paragraph', answers: early, day: '2025-06-19', outcome: 'right-and-duty', flags: ['start-within-3-months'], cites: 'integreringsloven § 12', notCites: 'integreringsloven § 12 andre ledd' },
  { what: 'refugee, day of § 12 second paragraph', answers: early, day: '2025-06-20', outcome: 'right-and-duty', flags: ['start-within-3-months'], cites: 'integreringsloven § 12 andre ledd' },
  { what: '58 on the permit date, day before the age-60 change was enacted (flagged already: the bill)', answers: early58, day: '2025-06-19', outcome: 'may-be-offered', flags: ['age-limit-changing'] },
  { what: '58 on the permit date, day the age-60 change was enacted', answers: early58, day: '2025-06-20', outcome: 'may-be-offered', flags: ['age-limit-changing'] },
  // The G of 2026 (1 May 2026).
  { what: 'refugee, day before the G of 2026', answers: { ...refugee, job30Hours: 'no' }, day: '2026-04-30', outcome: 'right-and-duty', flags: ['start-within-3-months'], fullStipend: 260320 },
  { what: 'refugee, day of the G of 2026', answers: { ...refugee, job30Hours: 'no' }, day: '2026-05-01', outcome: 'right-and-duty', flags: ['start-within-3-months'], fullStipend: 273098 },
  // § 8 fourth paragraph in force 2026-01-01: a 30-hour job takes the right away.
  { what: 'job 30 hours, day before the job rule', answers: { ...refugee, job30Hours: 'yes' }, day: '2025-12-31', outcome: 'right-and-duty', flags: ['start-within-3-months'] },
  { what: 'job 30 hours, day of the job rule', answers: { ...refugee, job30Hours: 'yes' }, day: '2026-01-01', outcome: 'not-in-target-group', flags: ['right-returns-if-job-ends'], cites: 'integreringsloven § 8 fjerde ledd' },
  // The same day: the EEA exclusion moves to § 8 fifth paragraph; under chapter 6A, § 37 c leaves samfunnskunnskap out.
  { what: 'EEA citizen, day before the renumbering', answers: { permit: 'eea-nordic' }, day: '2025-12-31', outcome: 'not-in-target-group', flags: [], cites: 'integreringsloven § 8 fjerde ledd' },
  { what: 'EEA citizen, day of the renumbering', answers: { permit: 'eea-nordic' }, day: '2026-01-01', outcome: 'not-in-target-group', flags: [], cites: 'integreringsloven § 8 femte ledd' },
  { what: 'collective protection, day before the new § 37 c', answers: sixA, day: '2025-12-31', outcome: 'right-temporary-rules', flags: ['start-within-3-months'], notCites: 'integreringsloven § 37 c' },
  { what: 'collective protection, day of the new § 37 c', answers: sixA, day: '2026-01-01', outcome: 'right-temporary-rules', flags: ['start-within-3-months'], cites: 'integreringsloven § 37 c' },
  // Chapter 6A ends 2026-07-01 as enacted: still the right, flagged.
  {
    what: 'collective protection, day before 6A ends',
    answers: sixA,
    day: '2026-06-30',
    outcome: 'right-temporary-rules',
    flags: ['start-within-3-months'],
  },
  {
    what: 'collective protection, day 6A ends',
    answers: sixA,
    day: '2026-07-01',
    outcome: 'right-temporary-rules',
    flags: ['rules-may-have-changed', 'start-within-3-months'],
  },
  // Chapter 6A in force 2022-06-15: before it, the ordinary rules.
  {
    what: 'collective protection, day before 6A came into force',
    answers: sixAEarly,
    day: '2022-06-14',
    outcome: 'right-and-duty',
    flags: ['start-within-3-months'],
  },
  {
    what: 'collective protection, day 6A came into force',
    answers: sixAEarly,
    day: '2022-06-15',
    outcome: 'right-temporary-rules',
    flags: ['start-within-3-months'],
  },
]

const seen = (a: Assessment) => ({ outcome: a.outcome, flags: [...a.flags].sort() })

describe('each known change, the day before and the day of', () => {
  for (const row of TABLE) {
    it(`${row.what} (${row.day})`, () => {
      const a = assess(row.answers, row.day)
      expect(seen(a)).toEqual({ outcome: row.outcome, flags: [...row.flags].sort() })
      const cited = a.reasons.flatMap((r) => r.citations.map(formatCitation))
      if (row.cites) expect(cited).toContain(row.cites)
      if (row.notCites) expect(cited).not.toContain(row.notCites)
      if (row.fullStipend !== undefined) expect(stipendYearly('full', row.day)).toBe(row.fullStipend)
    })
  }

  it('the table covers every dated entry’s start and end', () => {
    const days = new Set(TABLE.map((r) => r.day))
    for (const [name, entries] of Object.entries(LAW) as [string, DatedEntry<unknown>[]][]) {
      for (const e of entries) {
        // The values the 2021 act started with are the act itself (tested by the case table).
        if (e.from > LAW.INTEGRERINGSLOVEN[0]!.from) expect([days.has(addDays(e.from, -1)), days.has(e.from)], `${name} from ${e.from}`).toEqual([true, true])
        if (e.until) expect([days.has(addDays(e.until, -1)), days.has(e.until)], `${name} until ${e.until}`).toEqual([true, true])
      }
    }
  })
})

describe('a change in the law is data only', () => {
  const added: DatedEntry<number> = {
    from: '2027-03-01',
    value: 60,
    source: { name: 'lov 20. juni 2025 nr. 35 (in force by a decision not yet made: a test)', url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35' },
    checkedOn: null,
    note: 'Test only: the age-60 change put in force from a future day.',
  }
  afterEach(() => {
    LAW.AGE_MAX.splice(LAW.AGE_MAX.indexOf(added), 1)
  })

  it('the age-60 change, added as one dated entry, applies from its day and not before', () => {
    // 58 on the permit date: over today's 55, under the adopted 60.
    const answers: Answers = { ...refugee, birthDate: '1967-01-01', job30Hours: 'no' }
    const before = assess(answers, '2027-02-28')
    expect(before.outcome).toBe('may-be-offered')
    expect(before.flags).toContain('age-limit-changing')

    LAW.AGE_MAX.push(added)
    // The settlement is then more than 2 years back, so ask within them: settled 2025-06-01 → 2027-05-31.
    expect(seen(assess(answers, '2027-02-28'))).toEqual(seen(before))
    const after = assess(answers, '2027-03-01')
    expect(after.outcome).toBe('right-and-duty')
    expect(after.flags).not.toContain('age-limit-changing')
    expect(entryOn(LAW.AGE_MAX, '2027-03-01')).toBe(added)
    // …and the reviewers' page lists it, from the same data.
    expect(lawChanges().some((c) => c.date === '2027-03-01' && c.id === 'AGE_MAX' && c.value === 60)).toBe(true)
  })
})
