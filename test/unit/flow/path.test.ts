/**
 * The path test (after Rechtsantragstelle): every persona walks the flow forwards to an outcome
 * and back again. It fails when a persona is asked something it has no answer for (a question
 * that should not be asked) or not asked something it has (a question skipped), and when any
 * question, outcome or flag is reached by no persona.
 */
import { describe, expect, it } from 'vitest'
import { assess, OUTCOMES } from '@/rules'
import { QUESTION_ORDER } from '@/rules/relevance'
import type { AnswerKey, Flag, Outcome } from '@/rules/types'
import { answer, emptyState, nextQuestion, previousQuestion, type FlowState } from '@/flow/graph'
import { PERSONAS, type Persona } from './personas'

function walk(p: Persona): { asked: AnswerKey[]; state: FlowState } {
  let state = emptyState()
  const asked: AnswerKey[] = []
  for (let step = 0; step < 40; step++) {
    const q = nextQuestion(state, p.today)
    if (q === null) return { asked, state }
    if (!(q in p.answers)) throw new Error(`${p.name}: asked "${q}", which this persona should not be asked`)
    asked.push(q)
    state = answer(state, q, p.answers[q] ?? null, p.today)
  }
  throw new Error(`${p.name}: the flow did not end`)
}

const ALL_OUTCOMES: readonly Outcome[] = OUTCOMES

describe('personas walk the flow', () => {
  for (const p of PERSONAS) {
    it(`${p.name} → ${p.outcome}`, () => {
      const { asked, state } = walk(p)
      expect(asked.sort()).toEqual(Object.keys(p.answers).sort())
      const result = assess(state.answers, p.today)
      expect(result.outcome).toBe(p.outcome)
      for (const f of p.flags ?? []) expect(result.flags).toContain(f)
      if (p.stipend) expect(result.stipend).toBe(p.stipend)
    })

    it(`${p.name}: walks back from the last question to the first`, () => {
      const { asked, state } = walk(p)
      const inOrder = QUESTION_ORDER.filter((k) => asked.includes(k))
      const back: AnswerKey[] = []
      let k: AnswerKey | null = inOrder[inOrder.length - 1] ?? null
      while (k) {
        back.push(k)
        k = previousQuestion(state, k, p.today)
      }
      expect(back.reverse()).toEqual(inOrder)
    })
  }

  it('reaches every question, every outcome and every flag of the post-2026 law', () => {
    const asked = new Set<AnswerKey>()
    const outcomes = new Set<Outcome>()
    const flags = new Set<Flag>()
    for (const p of PERSONAS) {
      const { asked: a, state } = walk(p)
      a.forEach((k) => asked.add(k))
      const r = assess(state.answers, p.today)
      outcomes.add(r.outcome)
      r.flags.forEach((f) => flags.add(f))
    }
    expect(QUESTION_ORDER.filter((q) => !asked.has(q))).toEqual([])
    expect(ALL_OUTCOMES.filter((o) => !outcomes.has(o))).toEqual([])
    // may-refuse-if-job belongs to the law before 2026; the rules table covers it with an earlier `today`.
    const expectedFlags: Flag[] = [
      'can-complete',
      'parent-guidance',
      'right-returns-if-job-ends',
      'age-limit-changing',
      'rules-may-have-changed',
      'start-within-3-months',
    ]
    expect(expectedFlags.filter((f) => !flags.has(f))).toEqual([])
  })
})

describe('changing an earlier answer', () => {
  const today = '2026-11-23'
  it('drops the family questions when the permit changes from family immigration to refugee', () => {
    let s = emptyState()
    s = answer(s, 'permit', 'family-immigration', today)
    s = answer(s, 'referencePermit', 'refugee', today)
    s = answer(s, 'referenceSettlementDate', '2022-01-10', today)
    expect(s.answers.referencePermit).toBe('refugee')
    s = answer(s, 'permit', 'refugee', today)
    expect(s.answers.referencePermit).toBeUndefined()
    expect(s.answers.referenceSettlementDate).toBeUndefined()
    expect(nextQuestion(s, today)).toBe('permitDate')
  })

  it('drops the arrival date when the permit date moves to 2021 or later', () => {
    let s = emptyState()
    s = answer(s, 'permit', 'refugee', today)
    s = answer(s, 'permitDate', '2020-06-01', today)
    expect(nextQuestion(s, today)).toBe('arrivalDate')
    s = answer(s, 'arrivalDate', '2021-02-01', today)
    s = answer(s, 'permitDate', '2022-06-01', today)
    expect(s.answers.arrivalDate).toBeUndefined()
  })

  it('keeps the later answers while a new follow-up question is still open, then judges them', () => {
    let s = emptyState()
    const full: [string, string][] = [
      ['permit', 'refugee'],
      ['permitDate', '2025-03-10'],
      ['birthDate', '1990-05-01'],
      ['startedProgramme', 'no'],
      ['declinedOrLeft', 'no'],
      ['settled', 'yes'],
      ['settlementDate', '2025-06-01'],
      ['imdiAgreement', 'yes'],
      ['firstKommune', 'yes'],
      ['job30Hours', 'no'],
      ['childrenUnder18', 'yes'],
    ]
    for (const [k, v] of full) s = answer(s, k as never, v, today)
    expect(nextQuestion(s, today)).toBeNull()
    s = answer(s, 'permit', 'family-immigration', today)
    expect(nextQuestion(s, today)).toBe('referencePermit')
    expect(s.answers.childrenUnder18).toBe('yes') // not judged yet: referencePermit is open
    s = answer(s, 'referencePermit', 'refugee', today)
    s = answer(s, 'referenceSettlementDate', '2020-02', today)
    s = answer(s, 'familyApplicationDate', '2024-05', today)
    expect(nextQuestion(s, today)).toBeNull()
    expect(s.answers.imdiAgreement).toBeUndefined() // family immigrants need no IMDi agreement: dropped
    expect(s.answers).toMatchObject({ job30Hours: 'no', childrenUnder18: 'yes', firstKommune: 'yes' })
  })

  it('keeps answers the change does not touch', () => {
    let s = emptyState()
    s = answer(s, 'permit', 'refugee', today)
    s = answer(s, 'permitDate', '2025-03-10', today)
    s = answer(s, 'birthDate', '1990-05-01', today)
    s = answer(s, 'permit', 'resettled-refugee', today)
    expect(s.answers).toMatchObject({ permit: 'resettled-refugee', permitDate: '2025-03-10', birthDate: '1990-05-01' })
  })

  it('an EEA citizen is asked nothing after the permit, and a "don\'t know" date is remembered as answered', () => {
    let s = answer(emptyState(), 'permit', 'eea-nordic', today)
    expect(nextQuestion(s, today)).toBeNull()
    s = answer(emptyState(), 'permit', 'refugee', today)
    s = answer(s, 'permitDate', null, today)
    expect(s.unknownDates).toContain('permitDate')
    expect(nextQuestion(s, today)).not.toBe('permitDate')
  })
})
