/**
 * The law as dated data (issue 15): the engine takes the entry in force on the decision day, so
 * a change in the law is tested on the day before it and on the day itself — before it arrives.
 * And a change is data only: the age-60 test below adds a dated entry and nothing else.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { assess } from '@/rules'
import type { Answers, Assessment, Flag, Outcome } from '@/rules'
import { DATED, entryOn, type DatedEntry } from '@/rules/params'
import { addDays } from '@/rules/dates'
import { lawChanges } from '@/rules/lawChanges'
import { adultRefugee } from '../flow/personas'

// A refugee settled by agreement on 1 June 2025, in the first kommune, no children.
const refugee = { ...adultRefugee, childrenUnder18: 'no' } as Answers
// Collective protection with a permit after 11 March 2022 (chapter 6A), settled 2025.
const sixA: Answers = { ...refugee, permit: 'collective-protection', permitDate: '2025-02-01', settlementDate: '2025-09-01', job30Hours: 'no' }
// The same, settled just before chapter 6A came into force.
const sixAEarly: Answers = { ...refugee, permit: 'collective-protection', permitDate: '2022-05-01', settlementDate: '2022-05-20', job30Hours: 'no' }

interface Row {
  what: string
  answers: Answers
  day: string
  outcome: Outcome
  /** the flags, exactly */
  flags: Flag[]
}

/** The day before a change and the day of it, for every change date the engine knows. */
const TABLE: Row[] = [
  // § 8 fourth paragraph in force 2026-01-01: a 30-hour job takes the right away.
  { what: 'job 30 hours, day before the job rule', answers: { ...refugee, job30Hours: 'yes' }, day: '2025-12-31', outcome: 'right-and-duty', flags: ['start-within-3-months'] },
  { what: 'job 30 hours, day of the job rule', answers: { ...refugee, job30Hours: 'yes' }, day: '2026-01-01', outcome: 'not-in-target-group', flags: ['right-returns-if-job-ends'] },
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
      expect(seen(assess(row.answers, row.day))).toEqual({ outcome: row.outcome, flags: [...row.flags].sort() })
    })
  }

  it('the table covers every dated entry’s start and end', () => {
    const days = new Set(TABLE.map((r) => r.day))
    for (const [name, entries] of Object.entries(DATED) as [string, DatedEntry<unknown>[]][]) {
      for (const e of entries) {
        // The first entries of the 2021 act are the act itself (tested by the case table).
        if (e.from > '2021-01-01') expect([days.has(addDays(e.from, -1)), days.has(e.from)], `${name} from ${e.from}`).toEqual([true, true])
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
    DATED.AGE_MAX.splice(DATED.AGE_MAX.indexOf(added), 1)
  })

  it('the age-60 change, added as one dated entry, applies from its day and not before', () => {
    // 58 on the permit date: over today's 55, under the adopted 60.
    const answers: Answers = { ...refugee, birthDate: '1967-01-01', job30Hours: 'no' }
    const before = assess(answers, '2027-02-28')
    expect(before.outcome).toBe('may-be-offered')
    expect(before.flags).toContain('age-limit-changing')

    DATED.AGE_MAX.push(added)
    // The settlement is then more than 2 years back, so ask within them: settled 2025-06-01 → 2027-05-31.
    expect(seen(assess(answers, '2027-02-28'))).toEqual(seen(before))
    const after = assess(answers, '2027-03-01')
    expect(after.outcome).toBe('right-and-duty')
    expect(after.flags).not.toContain('age-limit-changing')
    expect(entryOn(DATED.AGE_MAX, '2027-03-01')).toBe(added)
    // …and the reviewers' page lists it, from the same data.
    expect(lawChanges().some((c) => c.date === '2027-03-01' && c.id === 'AGE_MAX' && c.value === 60)).toBe(true)
  })
})
