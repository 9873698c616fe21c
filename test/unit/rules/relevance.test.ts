/**
 * isRelevant: the requirements of the issue, one by one. The general guarantee (a question marked
 * not relevant can never change the result) is a property in properties.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { assess, isRelevant, QUESTION_ORDER } from '@/rules'
import type { AnswerKey, Answers } from '@/rules'

const T2025 = '2025-06-01'
const T2026 = '2026-11-23'

/** Every question after `from` that is relevant. */
function relevantAfter(a: Answers, from: AnswerKey, today: string): AnswerKey[] {
  const i = QUESTION_ORDER.indexOf(from as (typeof QUESTION_ORDER)[number])
  return QUESTION_ORDER.slice(i + 1).filter((k) => isRelevant(k, a, today))
}

/** A refugee in the target group, answered up to the settlement. */
const refugee: Answers = {
  permit: 'refugee',
  permitDate: '2025-05-01',
  arrivalDate: '2025-05-01',
  birthDate: '1990-02-02',
  startedProgramme: 'no',
  declinedOrLeft: 'no',
  settled: 'yes',
  settlementDate: '2025-09-01',
  imdiAgreement: 'yes',
  firstKommune: 'yes',
}

describe('QUESTION_ORDER', () => {
  it('holds every answer once', () => {
    expect(new Set(QUESTION_ORDER).size).toBe(17)
  })
})

describe('an open point does not stop the questions that decide the rest', () => {
  it('permit from 2020, arrival date unknown: the new-law questions are still asked, and the result says what each arrival gives', () => {
    const a: Answers = { permit: 'refugee', permitDate: '2020-12' }
    // Under the new law (arrival from 2021) these decide the outcome: asked.
    expect(relevantAfter(a, 'arrivalDate', T2026)).toEqual(
      expect.arrayContaining(['birthDate', 'startedProgramme', 'declinedOrLeft', 'settled', 'settlementDate', 'job30Hours']),
    )
    const full: Answers = { ...refugee, permitDate: '2020-12', job30Hours: 'no' }
    delete full.arrivalDate
    const r = assess(full, T2026)
    expect(r).toMatchObject({ outcome: 'cannot-tell', missing: ['arrivalDate'] })
    expect(r.ifAnswered).toEqual([
      {
        field: 'arrivalDate',
        answers: [
          { before: '2021-01-01', outcome: 'old-law' },
          { from: '2021-01-01', outcome: 'right-and-duty' },
        ],
      },
    ])
  })

  it('birth year that straddles the 18th birthday: in reception, only what can still add to the result is asked', () => {
    const a: Answers = { permit: 'refugee', permitDate: '2025-03-01', birthDate: '2007' }
    expect(relevantAfter(a, 'birthDate', T2026)[0]).toBe('startedProgramme')
    // Still in reception: under 18 on the permit date → not in the target group; 18 →
    // right-once-settled, where children (parent guidance) and living with a parent (the
    // stipend, 19 today) still add to the result.
    const b: Answers = { ...a, startedProgramme: 'no', declinedOrLeft: 'no', settled: 'no' }
    expect(relevantAfter(b, 'settled', T2026)).toEqual(['childrenUnder18', 'livesWithParent'])
    const r = assess(b, T2026)
    expect(r).toMatchObject({ outcome: 'cannot-tell', missing: ['birthDate'] })
    // Born on or after 2 March 2007: 17 on 1 March 2025.
    expect(r.ifAnswered[0]?.answers).toContainEqual({ from: '1969-03-02', before: '2007-03-02', outcome: 'right-once-settled' })
    expect(r.ifAnswered[0]?.answers).toContainEqual({ from: '2007-03-02', outcome: 'not-in-target-group' })
  })

  it('regression: a question not asked cannot change missing (independent permit)', () => {
    const a: Answers = {
      permit: 'independent-other',
      permitDate: '2025-03-04',
      birthDate: '2007-03-04',
      startedProgramme: 'no',
      declinedOrLeft: 'no',
    }
    // The ground of the permit is open; the 2 years could still decide it (not in the target group).
    expect(relevantAfter(a, 'declinedOrLeft', '2026-01-01')).toEqual(['settled', 'settlementDate'])
    const inReception = { ...a, settled: 'no' } as const
    expect(isRelevant('settlementDate', inReception, '2026-01-01')).toBe(false)
    const without = assess(inReception, '2026-01-01')
    expect(without).toMatchObject({ outcome: 'cannot-tell', missing: ['permit'] })
    expect(assess({ ...inReception, settlementDate: '2025-03-04' }, '2026-01-01')).toEqual(without)
  })
})

describe('nobody is asked what cannot matter', () => {
  it.each(['eea-nordic', 'asylum-seeker', 'other-permit', 'humanitarian-no-asylum', 'unknown'] as const)(
    'permit %s: nothing more is asked',
    (permit) => {
      expect(relevantAfter({ permit }, 'permit', T2026)).toEqual([])
    },
  )

  it('the permit is always asked', () => {
    expect(isRelevant('permit', {}, T2026)).toBe(true)
  })

  it('family questions only for family immigration', () => {
    expect(isRelevant('referencePermit', { permit: 'family-immigration' }, T2026)).toBe(true)
    for (const permit of ['refugee', 'collective-protection', 'independent-after-abuse'] as const) {
      expect(isRelevant('referencePermit', { permit }, T2026)).toBe(false)
      expect(isRelevant('referenceSettlementDate', { permit }, T2026)).toBe(false)
      expect(isRelevant('familyApplicationDate', { permit }, T2026)).toBe(false)
    }
  })

  it('the two family dates only when the reference person may be in a–e', () => {
    const fam = (referencePermit: Answers['referencePermit']): Answers => ({ permit: 'family-immigration', referencePermit })
    expect(isRelevant('referenceSettlementDate', fam('refugee'), T2026)).toBe(true)
    expect(isRelevant('familyApplicationDate', { ...fam('collective-protection'), referenceSettlementDate: '2020-01-01' }, T2026)).toBe(true)
    // Settled 2023-01-01: any application up to today is within 5 years, so its date cannot matter.
    expect(isRelevant('familyApplicationDate', { ...fam('collective-protection'), referenceSettlementDate: '2023-01-01' }, T2026)).toBe(false)
    expect(isRelevant('referenceSettlementDate', fam('other'), T2026)).toBe(false)
    expect(isRelevant('familyApplicationDate', fam('other'), T2026)).toBe(false)
    // "Don't know" the reference permit: the dates can still decide it (5 years or more → may be
    // offered whoever the reference person is), so they are asked.
    expect(isRelevant('referenceSettlementDate', fam('unknown'), T2026)).toBe(true)
  })

  it('the arrival date only when the permit is (or may be) from before 2021', () => {
    expect(isRelevant('arrivalDate', { permit: 'refugee', permitDate: '2020-12-31' }, T2026)).toBe(true)
    expect(isRelevant('arrivalDate', { permit: 'refugee', permitDate: '2020-12' }, T2026)).toBe(true)
    expect(isRelevant('arrivalDate', { permit: 'refugee' }, T2026)).toBe(true) // permit date not known
    expect(isRelevant('arrivalDate', { permit: 'refugee', permitDate: '2021-01-01' }, T2026)).toBe(false)
    expect(isRelevant('arrivalDate', { permit: 'refugee', permitDate: '2021-01' }, T2026)).toBe(false)
    expect(isRelevant('arrivalDate', { permit: 'collective-protection', permitDate: '2023-04-01' }, T2026)).toBe(false)
  })

  it('old law: nothing after the arrival date', () => {
    expect(relevantAfter({ permit: 'refugee', permitDate: '2019-05-01', arrivalDate: '2019-01-01' }, 'arrivalDate', T2026)).toEqual([])
  })

  it('under 18 on the permit date: only whether they started (lead: started beats age), then nothing', () => {
    const young: Answers = { permit: 'refugee', permitDate: '2024-05-01', arrivalDate: '2024-05-01', birthDate: '2007-01-01' }
    expect(isRelevant('startedProgramme', young, T2026)).toBe(true)
    expect(relevantAfter({ ...young, startedProgramme: 'no' }, 'startedProgramme', T2026)).toEqual([])
  })

  it('the IMDi agreement only for letters a–e', () => {
    const upToSettlement = (a: Answers) => ({ ...refugee, ...a })
    expect(isRelevant('imdiAgreement', refugee, T2026)).toBe(true)
    expect(isRelevant('imdiAgreement', upToSettlement({ permit: 'collective-protection' }), T2026)).toBe(true)
    expect(isRelevant('imdiAgreement', upToSettlement({ permit: 'independent-after-abuse' }), T2026)).toBe(false)
    expect(
      isRelevant(
        'imdiAgreement',
        upToSettlement({
          permit: 'family-immigration',
          referencePermit: 'refugee',
          referenceSettlementDate: '2022-01-01',
          familyApplicationDate: '2024-01-01',
        }),
        T2026,
      ),
    ).toBe(false)
  })

  it('the claim date only when the 2 years have run out (or may have)', () => {
    const older: Answers = { ...refugee, permitDate: '2024-01-01', arrivalDate: '2024-01-01' }
    expect(isRelevant('claimDate', older, T2026)).toBe(false) // settled 2025-09-01
    expect(isRelevant('claimDate', { ...older, settlementDate: '2024-11-23' }, T2026)).toBe(true) // exactly 2 years
    // "May have": the settlement date is vague around the limit; once it is known, a claim in time
    // could matter, so the claim is asked.
    expect(isRelevant('claimDate', { ...older, settlementDate: '2024-11' }, T2026)).toBe(true)
    // Vague, but the whole month is less than 2 years ago: the 2 years cannot have run out.
    expect(isRelevant('claimDate', { ...older, settlementDate: '2024-12' }, T2026)).toBe(false)
  })

  it('the settlement date for everyone settled who could otherwise have a right', () => {
    // Not tied to the permit date: someone who changed permit may have been settled before it.
    expect(isRelevant('settlementDate', refugee, T2026)).toBe(true)
    expect(isRelevant('settlementDate', { ...refugee, settled: 'no' }, T2026)).toBe(false)
  })

  it('settlement questions not for someone still in reception', () => {
    const a: Answers = { ...refugee, settled: 'no' }
    for (const k of ['settlementDate', 'imdiAgreement', 'firstKommune', 'claimDate'] as const) expect(isRelevant(k, a, T2026)).toBe(false)
  })

  it('the job question from 2026 for everyone who could still get the right', () => {
    expect(isRelevant('job30Hours', refugee, T2026)).toBe(true)
    expect(isRelevant('job30Hours', { ...refugee, permit: 'independent-after-abuse' }, T2026)).toBe(true)
    // IMDi agreement unknown: with an agreement, the job decides the outcome → asked.
    expect(isRelevant('job30Hours', { ...refugee, imdiAgreement: 'unknown' }, T2026)).toBe(true)
    // ... but with the first kommune unknown too, a move would make it may-be-offered either way.
    expect(isRelevant('firstKommune', { ...refugee, imdiAgreement: 'unknown' }, T2026)).toBe(true)
    // already decided otherwise: may-be-offered, not settled, started, 2 years passed
    expect(isRelevant('job30Hours', { ...refugee, imdiAgreement: 'no' }, T2026)).toBe(false)
    expect(isRelevant('job30Hours', { ...refugee, settled: 'no' }, T2026)).toBe(false)
    expect(isRelevant('job30Hours', { ...refugee, startedProgramme: 'yes' }, T2026)).toBe(false)
    expect(isRelevant('job30Hours', { ...refugee, permitDate: '2022-06-01', arrivalDate: '2022-06-01', settlementDate: '2023-01-01' }, T2026)).toBe(false)
  })

  it('before 2026 the job question only for collective protection under chapter 6A', () => {
    const early = { ...refugee, permitDate: '2024-05-01', arrivalDate: '2024-05-01', settlementDate: '2024-09-01' }
    expect(isRelevant('job30Hours', early, T2025)).toBe(false)
    expect(isRelevant('job30Hours', { ...early, permit: 'collective-protection' }, T2025)).toBe(true)
    expect(isRelevant('job30Hours', { ...early, permit: 'collective-protection', permitDate: '2022-03-10' }, T2025)).toBe(false)
  })

  it('children under 18 for everyone whose outcome can give a right', () => {
    expect(isRelevant('childrenUnder18', { ...refugee, job30Hours: 'no' }, T2026)).toBe(true)
    // The job not answered (from 2026): without a job the right (and parent guidance) applies → asked.
    expect(isRelevant('childrenUnder18', refugee, T2026)).toBe(true)
    expect(isRelevant('childrenUnder18', { ...refugee, settled: 'no' }, T2026)).toBe(true)
    expect(isRelevant('childrenUnder18', { ...refugee, startedProgramme: 'yes' }, T2026)).toBe(true)
    expect(isRelevant('childrenUnder18', { ...refugee, job30Hours: 'yes' }, T2026)).toBe(false)
    expect(isRelevant('childrenUnder18', { ...refugee, imdiAgreement: 'no' }, T2026)).toBe(false)
    expect(isRelevant('childrenUnder18', { ...refugee, declinedOrLeft: 'yes' }, T2026)).toBe(false)
  })

  it('living with a parent only for people now under 25', () => {
    const right = { ...refugee, job30Hours: 'no', childrenUnder18: 'no' } as const
    expect(isRelevant('livesWithParent', right, T2026)).toBe(false) // born 1990
    expect(isRelevant('livesWithParent', { ...right, birthDate: '2004-01-01' }, T2026)).toBe(true)
    expect(isRelevant('livesWithParent', { ...right, birthDate: '2004-01' }, T2026)).toBe(true)
    // 24 or 25 today: the rate cannot be told whatever the answer (the stipend is left out).
    expect(isRelevant('livesWithParent', { ...right, birthDate: '2001' }, T2026)).toBe(false)
    expect(isRelevant('livesWithParent', { ...right, birthDate: '2004-01-01', job30Hours: 'yes' }, T2026)).toBe(false)
  })

  it('started: later questions that cannot change anything are skipped', () => {
    const started: Answers = { ...refugee, startedProgramme: 'yes' }
    expect(isRelevant('declinedOrLeft', started, T2026)).toBe(true) // leaving beats starting
    const after = relevantAfter({ ...started, declinedOrLeft: 'no' }, 'declinedOrLeft', T2026)
    expect(after).toEqual(['childrenUnder18'])
  })
})
