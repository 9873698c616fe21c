import { describe, expect, it } from 'vitest'
import { lawChanges } from '@/rules/lawChanges'
import { flowGraph, toMermaid, toSvg } from '@/rules/flowGraph'
import { QUESTION_ORDER } from '@/rules/values'
import { assess } from '@/rules/assess'
import { PERMITS } from '@/rules/values'

describe('the changes in the law, from the parameter data (rules-api.md §5)', () => {
  const changes = lawChanges()

  it('holds at least the changes the contract names, each with a source', () => {
    const days = changes.map((c) => c.date)
    for (const day of ['2021-01-01', '2022-06-15', '2025-06-20', '2026-01-01', '2026-05-01', '2026-07-01']) expect(days, day).toContain(day)
    for (const c of changes) expect(c.source.url, `${c.date} ${c.id}`).toMatch(/^https:\/\//)
  })

  it('in date order, the end of chapter 6A as an end', () => {
    expect(changes.map((c) => c.date)).toEqual([...changes.map((c) => c.date)].sort())
    expect(changes.find((c) => c.date === '2026-07-01')).toMatchObject({ id: 'CHAPTER_6A', kind: 'ends' })
  })
})

describe('the question flow, drawn from the code', () => {
  const g = flowGraph('2026-12-06')

  it('names every question by its Answers keys, and ends in outcomes the engine gives', () => {
    for (const n of g.nodes.filter((n) => n.kind === 'question')) {
      const keys = n.label.split(' · ')[0]!.split(' + ')
      for (const k of keys) expect(QUESTION_ORDER as readonly string[], n.label).toContain(k)
    }
    const outcomes = new Set(g.nodes.filter((n) => n.kind === 'outcome').map((n) => n.label))
    // The outcomes of a spread of real answers are all in the picture.
    for (const permit of PERMITS) expect(outcomes).toContain(assess({ permit }, '2026-12-06').outcome)
    for (const o of ['right-and-duty', 'right-temporary-rules', 'right-once-settled', 'may-be-offered', 'not-in-target-group', 'old-law', 'duty-lapsed', 'cannot-tell'])
      expect(outcomes, o).toContain(o)
  })

  it('every arrow joins two nodes; arrows into an outcome carry the deciding rule', () => {
    const ids = new Set(g.nodes.map((n) => n.id))
    for (const e of g.edges) {
      expect(ids.has(e.from) && ids.has(e.to), `${e.from} → ${e.to}`).toBe(true)
      if (e.to.startsWith('o:') && e.to !== 'o:cannot-tell') expect(e.rule, `${e.from} → ${e.to}`).toMatch(/§/)
    }
  })

  it('follows the dated law: the job question leads out of the right only from 2026', () => {
    const jobOut = (day: string) => flowGraph(day).edges.some((e) => e.from === 'q:job' && e.to === 'o:not-in-target-group')
    expect([jobOut('2025-12-31'), jobOut('2026-01-01')]).toEqual([false, true])
  })

  it('prints as Mermaid and draws as plain SVG (no script)', () => {
    const mermaid = toMermaid(g)
    expect(mermaid.split('\n')[0]).toBe('flowchart TD')
    expect(mermaid).toContain('"permit"')
    const svg = toSvg(g, 'Flow <&>')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-label="Flow &lt;&amp;&gt;"/)
    expect(svg).not.toMatch(/<script|on\w+=/i)
    expect(svg.match(/<rect /g)).toHaveLength(g.nodes.length)
  })
})
