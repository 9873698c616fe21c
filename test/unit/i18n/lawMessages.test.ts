/**
 * A change in the law is data only (issue 15): every value in LAW already has its sentence on
 * the reviewers' page, in Bokmål and so (by the completeness check) in every locale. A new dated
 * entry of any of them needs no new message.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { LAW } from '@/rules/params'
import { lawChanges, lawInForce } from '@/rules/lawChanges'

// Read as text: an import of the locale would get the messages compiled by the i18n plugin.
const nb = JSON.parse(readFileSync('locales/reviewers/nb.json', 'utf8')) as { rulesReview: { change: Record<string, string> } }
const change = nb.rulesReview.change

describe('the reviewers\' page has a sentence for every value of the law', () => {
  it.each(Object.keys(LAW))('%s', (name) => {
    expect(change[name], name).toBeTruthy()
  })

  it('and for every known end', () => {
    for (const c of lawChanges().filter((c) => c.kind === 'ends')) expect(change[`${c.id}_ends`], c.id).toBeTruthy()
  })

  it('a number with a unit is said with the unit words ({valueText}), not a bare {value}', () => {
    for (const c of [...lawChanges(), ...lawInForce('2026-12-06')]) {
      if (c.unit) expect(change[c.id], c.id).toContain('{valueText}')
    }
  })
})
