import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assess, engineChecks, isEngineError } from '@/rules/assess'
import type { Answers } from '@/rules/types'

describe('an error inside the engine (issue 15: tests that can fail)', () => {
  it('throws in tests, so no test passes over a crash', () => {
    expect(engineChecks.strict).toBe(true)
    // A getter that throws stands in for any bug in the engine.
    const broken = { get permit(): never { throw new Error('boom') } } as unknown as Answers
    expect(() => assess(broken, '2026-12-06')).toThrow('boom')
  })

  it('gives the user a calm "cannot tell" instead', () => {
    engineChecks.strict = false
    try {
      const broken = { get permit(): never { throw new Error('boom') } } as unknown as Answers
      const a = assess(broken, '2026-12-06')
      expect(a.outcome).toBe('cannot-tell')
      expect(isEngineError(a)).toBe(true)
    } finally {
      engineChecks.strict = true
    }
  })

  it('never happens for any answers at all, on any day', () => {
    const date = fc.integer({ min: 0, max: 365 * 12 }).map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
    const value = fc.oneof(date, fc.constantFrom('yes', 'no', 'unknown', 'refugee', 'collective', 'family', 'other', 'eea', ''), fc.constant(null), fc.string({ maxLength: 12 }))
    const keys = ['permit', 'permitDate', 'arrivalDate', 'birthDate', 'settled', 'settlementDate', 'imdiAgreement', 'firstKommune', 'startedProgramme', 'declinedOrLeft', 'job30Hours', 'childrenUnder18', 'livesWithParent', 'familyReunifiedWith', 'referenceSettledDate', 'upperSecondary']
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value), date, (answers, today) => {
        expect(isEngineError(assess(answers as Answers, today))).toBe(false)
      }),
      { numRuns: 3000 },
    )
  })
})
