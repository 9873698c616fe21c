/**
 * Properties of assess and isRelevant over random answers (fast-check).
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assess, isRelevant, FLAGS, OUTCOMES, QUESTION_ORDER, REASON_CODES, RULES_CHECKED_ON, TRI_KEYS } from '@/rules'
import type { Answers, AnswerKey, Assessment } from '@/rules'
import { daysInMonth, formatIso, parsePartialDate } from '@/rules/dates'
import { answers, junkAnswers, junkToday, scenario, VALUE } from './arbitraries'

const RUNS = { numRuns: 2000 }
/** Generous: thousands of runs on a slow CI machine. */
const SLOW = { timeout: 120_000 }
const RELEVANCE_RUNS = { numRuns: 3000 }
const RIGHT = ['right-and-duty', 'right-temporary-rules', 'right-once-settled']
const ANSWER_KEYS = new Set<string>(QUESTION_ORDER)

/** What the user sees of an Assessment, reasons' wording aside. */
const sig = (a: Assessment) => ({ outcome: a.outcome, flags: a.flags, stipend: a.stipend, missing: a.missing })

function checkShape(a: Assessment) {
  expect(OUTCOMES).toContain(a.outcome)
  expect(a.reasons.length).toBeGreaterThan(0)
  for (const r of a.reasons) {
    expect(REASON_CODES).toContain(r.code)
    expect(r.citations.length).toBeGreaterThan(0)
    for (const c of r.citations) {
      expect(c.url).toMatch(/^https:\/\/lovdata\.no\//)
      expect(c.law.length).toBeGreaterThan(0)
    }
  }
  expect(new Set(a.reasons.map((r) => r.code)).size).toBe(a.reasons.length)
  for (const f of a.flags) expect(FLAGS).toContain(f)
  expect(new Set(a.flags).size).toBe(a.flags.length)
  expect(a.missing.length > 0).toBe(a.outcome === 'cannot-tell')
  for (const m of a.missing) expect(ANSWER_KEYS.has(m)).toBe(true)
  expect(new Set(a.missing).size).toBe(a.missing.length)
  if (a.stipend !== undefined) {
    expect(['full', 'two-thirds', 'one-third']).toContain(a.stipend)
    expect(RIGHT).toContain(a.outcome)
  }
  if (a.flags.includes('start-within-3-months') || a.flags.includes('parent-guidance')) expect(RIGHT).toContain(a.outcome)
  if (a.flags.includes('can-complete')) expect(a.outcome).toBe('right-and-duty')
  expect(a.rulesCheckedOn).toBe(RULES_CHECKED_ON)
}

function before(a: Answers, key: AnswerKey): Answers {
  const out: Record<string, unknown> = {}
  for (const k of QUESTION_ORDER) {
    if (k === key) break
    if (a[k] !== undefined) out[k] = a[k]
  }
  return out as Answers
}

const withValue = (a: Answers, k: AnswerKey, v: unknown): Answers => {
  const out: Record<string, unknown> = { ...a }
  if (v === undefined) delete out[k]
  else out[k] = v
  return out as Answers
}

describe('assess is total and well-formed', () => {
  it('on well-typed answers', SLOW, () => {
    fc.assert(
      fc.property(scenario, ([a, t]) => {
        checkShape(assess(a, t))
      }),
      RUNS,
    )
  })

  it('on junk answers and junk todays, without throwing', SLOW, () => {
    fc.assert(
      fc.property(junkAnswers, junkToday, (a, t) => {
        checkShape(assess(a as Answers, t as string))
      }),
      RUNS,
    )
  })

  it('is deterministic (pure)', SLOW, () => {
    fc.assert(
      fc.property(scenario, ([a, t]) => {
        expect(assess(a, t)).toEqual(assess(structuredClone(a), t))
      }),
      { numRuns: 500 },
    )
  })
})

describe('own answers only', () => {
  it('an answer inherited from a prototype was not given (Object.create(valid) has no answers of its own)', () => {
    const valid: Answers = { permit: 'refugee', permitDate: '2025-03-10', birthDate: '1990-05-01', startedProgramme: 'no', declinedOrLeft: 'no', settled: 'yes', settlementDate: '2025-06-01', imdiAgreement: 'yes', firstKommune: 'yes', job30Hours: 'no', childrenUnder18: 'no' }
    expect(assess(valid, '2026-11-23').outcome).toBe('right-and-duty')
    const inherited = assess(Object.create(valid) as Answers, '2026-11-23')
    expect(inherited).toMatchObject({ outcome: 'cannot-tell', missing: ['permit'] })
    expect(inherited.keyDates).toEqual([])
  })
})

describe('answers that only inform', () => {
  it('changing childrenUnder18 never changes the outcome', SLOW, () => {
    fc.assert(
      fc.property(scenario, VALUE.childrenUnder18, ([a, t], v) => {
        expect(assess(withValue(a, 'childrenUnder18', v), t).outcome).toBe(assess(a, t).outcome)
      }),
      RUNS,
    )
  })

  it('changing livesWithParent never changes the outcome', SLOW, () => {
    fc.assert(
      fc.property(scenario, VALUE.livesWithParent, ([a, t], v) => {
        expect(assess(withValue(a, 'livesWithParent', v), t).outcome).toBe(assess(a, t).outcome)
      }),
      RUNS,
    )
  })
})

describe('unknown, unanswered and invalid', () => {
  // Started, and declined or left, are exceptions a person knows of: not answered counts as 'no'
  // (the research's procedure acts only on 'yes'); every other yes/no/unknown question not
  // answered is the same as 'unknown'.
  const EXCEPTIONS = ['startedProgramme', 'declinedOrLeft'] as const
  const OPEN_KEYS = TRI_KEYS.filter((k) => !(EXCEPTIONS as readonly string[]).includes(k))

  it("'unknown' is the same as not answered (except started / declined)", SLOW, () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...OPEN_KEYS), ([a, t], k) => {
        expect(assess(withValue(a, k, 'unknown'), t)).toEqual(assess(withValue(a, k, undefined), t))
      }),
      RUNS,
    )
  })

  it("started / declined not answered is the same as 'no'", SLOW, () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...EXCEPTIONS), ([a, t], k) => {
        expect(assess(withValue(a, k, 'no'), t)).toEqual(assess(withValue(a, k, undefined), t))
      }),
      RUNS,
    )
  })

  it('an invalid value is the same as not answered', SLOW, () => {
    const invalid = fc.constantFrom<unknown>(null, 42, '', 'YES', '2023-02-30', '2023-13', '1899', {}, [], true, '2101-01-01')
    fc.assert(
      fc.property(scenario, fc.constantFrom(...QUESTION_ORDER), invalid, ([a, t], k, bad) => {
        // 'YYYY' is valid for the birth date only.
        expect(assess(withValue(a, k, bad), t)).toEqual(assess(withValue(a, k, undefined), t))
      }),
      RUNS,
    )
  })
})

/** A value that makes an uncertain answer exact: a day inside a partial date, yes/no for unknown. */
function refinements(k: AnswerKey, v: unknown): fc.Arbitrary<unknown> | undefined {
  if (v === 'unknown') return fc.constantFrom('yes', 'no')
  if (typeof v !== 'string') return undefined
  const i = parsePartialDate(v, { allowYearOnly: k === 'birthDate' })
  if (!i || i.precision === 'day') return undefined
  const y = Number(v.slice(0, 4))
  if (i.precision === 'month') {
    const m = Number(v.slice(5, 7))
    return fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => formatIso(y, m, d))
  }
  return fc
    .integer({ min: 1, max: 12 })
    .chain((m) => fc.integer({ min: 1, max: daysInMonth(y, m) }).map((d) => formatIso(y, m, d)))
}

/** The earliest day an unknown or partial settlement date can be, as src/rules/facts.ts reads it. */
function settlementFloor(a: Answers): string | undefined {
  const permit = parsePartialDate(a.permitDate)
  const arrival = parsePartialDate(a.arrivalDate)
  let floor = permit?.earliest
  if (arrival && (!permit || permit.earliest < '2021-01-01') && (!floor || arrival.earliest > floor)) floor = arrival.earliest
  return floor
}

describe('partial and unknown answers', () => {
  it('when assess decides despite a vague answer, every exact answer inside it gives that outcome', SLOW, () => {
    fc.assert(
      fc.property(
        scenario.chain(([a, t]) => {
          const vague = QUESTION_ORDER.filter((k) => refinements(k, a[k]) !== undefined)
          if (vague.length === 0) return fc.constant({ a, t, k: undefined as AnswerKey | undefined, v: undefined as unknown })
          return fc
            .constantFrom(...vague)
            .chain((k) => (refinements(k, a[k]) as fc.Arbitrary<unknown>).map((v) => ({ a, t, k: k as AnswerKey | undefined, v })))
        }),
        ({ a, t, k, v }) => {
          // A day after `today` is not an answer (it has not happened): not a refinement.
          if (!k || (typeof v === 'string' && v.length === 10 && v > t)) return
          // An unknown settlement date means a day no earlier than the permit (nor the arrival,
          // where asked): the engine reads it so (docs/law/two-years.md), so refinements are those days.
          if (k === 'settlementDate' && typeof v === 'string') {
            const floor = settlementFloor(a)
            if (floor && v.length === 10 && v < floor) return
          }
          const vague = assess(a, t)
          if (vague.outcome === 'cannot-tell') return
          const exact = assess(withValue(a, k, v), t)
          // Today's age may become known and add a stipend; the outcome must not move.
          expect(exact.outcome).toBe(vague.outcome)
        },
      ),
      RUNS,
    )
  })
})

describe('isRelevant', () => {
  it('if a question is not relevant, no value of it changes the result (answers before it only)', SLOW, () => {
    let exercised = 0
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom(...QUESTION_ORDER),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 4, maxLength: 4 }),
        ([full, t], k, seeds) => {
          const a = before(full, k)
          if (isRelevant(k, a, t)) return
          exercised++
          const base = sig(assess(a, t))
          const values = [full[k], ...seeds.map((s) => fc.sample(VALUE[k] as fc.Arbitrary<unknown>, { seed: s, numRuns: 1 })[0])]
          for (const v of values) expect(sig(assess(withValue(a, k, v), t))).toEqual(base)
        },
      ),
      RELEVANCE_RUNS,
    )
    expect(exercised).toBeGreaterThan(100)
  })

  it('if a question is not relevant, it changes nothing whatever the later answers are', SLOW, () => {
    let exercised = 0
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom(...QUESTION_ORDER),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
        ([full, t], k, seeds) => {
          if (isRelevant(k, before(full, k), t)) return
          exercised++
          const base = sig(assess(withValue(full, k, undefined), t))
          const values = [full[k], ...seeds.map((s) => fc.sample(VALUE[k] as fc.Arbitrary<unknown>, { seed: s, numRuns: 1 })[0])]
          for (const v of values) expect(sig(assess(withValue(full, k, v), t))).toEqual(base)
        },
      ),
      RELEVANCE_RUNS,
    )
    expect(exercised).toBeGreaterThan(100)
  })

  it('reads only the answers before the question', SLOW, () => {
    fc.assert(
      fc.property(scenario, answers, fc.constantFrom(...QUESTION_ORDER), ([a, t], other, k) => {
        // Same answers before k, anything at and after k.
        const mixed: Record<string, unknown> = { ...before(a, k) }
        let after = false
        for (const q of QUESTION_ORDER) {
          if (q === k) after = true
          if (after && other[q] !== undefined) mixed[q] = other[q]
        }
        expect(isRelevant(k, mixed as Answers, t)).toBe(isRelevant(k, before(a, k), t))
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on junk', SLOW, () => {
    fc.assert(
      fc.property(junkAnswers, junkToday, fc.oneof(fc.constantFrom(...QUESTION_ORDER), fc.string()), (a, t, k) => {
        expect(typeof isRelevant(k as AnswerKey, a as Answers, t as string)).toBe('boolean')
      }),
      { numRuns: 500 },
    )
  })
})
