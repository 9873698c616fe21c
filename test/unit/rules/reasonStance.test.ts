/**
 * Reasons never contradict the headline: no reason that says "you have the right" under an
 * outcome without a right, and none that says "no right" under one with it — checked on the
 * engine's stance of each reason code over random answers, and on the Bokmål texts themselves.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { assess, REASON_CODES, REASON_STANCE } from '@/rules'
import { contradictions } from './stance'
import { scenario } from './arbitraries'

const nb = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../locales/nb.json'), 'utf8')) as { reason: Record<string, string> }

/** Bokmål that affirms a right to the programme ("Det gir rett til programmet", "har du rett"). */
const AFFIRMS = /(gir (deg )?rett til programmet|har du rett|du har rett)/i
/** Bokmål that denies it ("har du ikke rett", "gir ikke rett"). */
const DENIES = /(ikke rett|gir ikke rett)/i

describe('reasons never contradict the outcome', () => {
  it('by stance, over random answers', () => {
    fc.assert(
      fc.property(scenario, ([a, today]) => {
        expect(contradictions(assess(a, today))).toEqual([])
      }),
      { numRuns: 1500 },
    )
  }, 120_000)

  it('the aged 57 refugee: the permit is not said to give a right under "no right"', () => {
    const r = assess(
      {
        permit: 'refugee',
        permitDate: '2025-03-01',
        birthDate: '1968-01-01',
        startedProgramme: 'no',
        declinedOrLeft: 'no',
        settled: 'yes',
        settlementDate: '2025-06-01',
        imdiAgreement: 'yes',
        firstKommune: 'yes',
      },
      '2026-12-06',
    )
    expect(r.outcome).toBe('may-be-offered')
    for (const reason of r.reasons) expect(nb.reason[reason.code], reason.code).not.toMatch(AFFIRMS)
  })

  it('by text: neutral reasons neither affirm nor deny; "right" ones never deny; "no-right" ones never affirm', () => {
    for (const code of REASON_CODES) {
      const text = nb.reason[code]
      expect(text, code).toBeTypeOf('string')
      const stance = REASON_STANCE[code]
      if (stance === 'neutral') {
        expect(text, code).not.toMatch(AFFIRMS)
        expect(text, code).not.toMatch(DENIES)
      }
      if (stance === 'no-right') expect(text, code).not.toMatch(AFFIRMS)
      if (stance === 'right') expect(text, code).not.toMatch(/har du ikke rett|gir ikke rett/i)
    }
  })
})
