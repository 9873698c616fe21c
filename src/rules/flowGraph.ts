/**
 * The question flow drawn from the code itself (issue 15, rules-api.md §5): the decision
 * procedure (./decide.ts) is run on every value each fact can take, per permit, and what it asks
 * is recorded. Nodes are the questions, named by their Answers keys, and the outcomes; each edge
 * is one answer, and an edge into an outcome carries the rule that decides it. Pure: the
 * reviewers' page draws it (at build time) and `npm run diagram` prints it as Mermaid.
 */
import { decide } from './decide'
import { FACT_FIELDS, factDomains, normalize, type FactId } from './facts'
import { makeReason } from './reasons'
import { formatCitation } from './citations'
import { PERMITS } from './values'
import type { AnswerKey, Answers, Outcome } from './types'

export interface FlowNode {
  id: string
  kind: 'question' | 'outcome'
  /** question: its Answers keys ("permit", "birthDate + permitDate"); outcome: the outcome */
  label: string
}

export interface FlowEdge {
  from: string
  to: string
  /** the answer (a permit, yes / no, a date's side of a limit) */
  label: string
  /** edges into an outcome: the rule that decides it */
  rule?: string
}

export interface FlowGraph {
  nodes: FlowNode[]
  edges: FlowEdge[]
}

class Branch {
  constructor(readonly fact: FactId) {}
}

/** A question node: the answers it reads, and which fact of them (permitDate is read twice: before 2021, and chapter 6A). */
const keysOf = (fact: FactId): string => `${FACT_FIELDS[fact].join(' + ')} · ${fact}`
const valueLabel = (v: unknown): string => (v === true ? 'yes' : v === false ? 'no' : String(v))

export function flowGraph(today: string): FlowGraph {
  const nodes = new Map<string, FlowNode>()
  const edges = new Map<string, FlowEdge>()
  const node = (n: FlowNode) => (nodes.has(n.id) ? nodes.get(n.id)! : (nodes.set(n.id, n), n))
  const edge = (e: FlowEdge) => {
    const key = `${e.from}|${e.label}|${e.to}`
    if (!edges.has(key)) edges.set(key, e)
  }
  const start = node({ id: 'q:permit', kind: 'question', label: 'permit' })
  // (permit itself is read directly by decide(), not asked as a fact: it is the first branch.)
  const free = new Set(Object.values(FACT_FIELDS).flat() as AnswerKey[])

  for (const permit of PERMITS) {
    const norm = normalize({ permit } as Answers, today)
    const domains = factDomains(norm, free)
    // Depth first over the facts decide() asks, in the order it asks them.
    const explore = (assigned: Map<FactId, unknown>, from: string, label: string) => {
      let asked: FactId | undefined
      try {
        const leaf = decide(norm, (fact) => {
          if (assigned.has(fact)) return assigned.get(fact) as never
          throw new Branch(fact)
        })
        const to = node({ id: `o:${leaf.outcome}`, kind: 'outcome', label: leaf.outcome satisfies Outcome })
        const deciding = leaf.reasons[0]
        const rule = deciding ? makeReason(deciding, today).citations.map(formatCitation).join('; ') : undefined
        edge({ from, to: to.id, label, rule: rule || undefined })
        return
      } catch (e) {
        if (!(e instanceof Branch)) throw e
        asked = e.fact
      }
      // A fact asked again on the same path is the same question: continue from where it is.
      const id = `q:${asked}`
      node({ id, kind: 'question', label: keysOf(asked) })
      edge({ from, to: id, label })
      for (const value of domains[asked]) {
        const next = new Map(assigned)
        next.set(asked, value)
        explore(next, id, valueLabel(value))
      }
    }
    explore(new Map(), start.id, permit)
  }
  // One arrow per pair of nodes and rule: its answers joined ("refugee, resettled-refugee, …").
  const merged = new Map<string, FlowEdge>()
  for (const e of edges.values()) {
    const key = `${e.from}|${e.to}|${e.rule ?? ''}`
    const m = merged.get(key)
    if (m) m.label = `${m.label}, ${e.label}`
    else merged.set(key, { ...e })
  }
  return { nodes: [...nodes.values()], edges: [...merged.values()] }
}

/** The graph as Mermaid (a flowchart), for `npm run diagram` and for review in any Mermaid viewer. */
export function toMermaid(g: FlowGraph): string {
  const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]))
  const q = (s: string) => `"${s.replace(/"/g, "'")}"`
  const lines = ['flowchart TD']
  for (const n of g.nodes) lines.push(`  ${ids.get(n.id)}${n.kind === 'outcome' ? `([${q(n.label)}])` : `[${q(n.label)}]`}`)
  for (const e of g.edges) lines.push(`  ${ids.get(e.from)} -->|${q(e.rule ? `${e.label} · ${e.rule}` : e.label)}| ${ids.get(e.to)}`)
  return lines.join('\n')
}

const BOX_W = 300
const BOX_H = 40
const ROW = 64
const LANE = 16
const PAD = 16

/**
 * The graph as an SVG picture, one node per row in the order they can be asked (each node below
 * all that lead to it), the outcomes last. Each arrow leaves its question on the right, runs down
 * its own lane and enters its target from the right, labelled with its answer; its <title> holds
 * the answer and the rule. Plain SVG, no script.
 */
export function toSvg(g: FlowGraph, title: string): string {
  const preds = new Map<string, string[]>(g.nodes.map((n) => [n.id, []]))
  for (const e of g.edges) preds.get(e.to)!.push(e.from)
  const depthOf = new Map<string, number>()
  const depth = (id: string, seen: Set<string>): number => {
    if (depthOf.has(id)) return depthOf.get(id)!
    if (seen.has(id)) return 0 // a cycle would be a bug in the procedure; draw it anyway
    seen.add(id)
    const d = Math.max(-1, ...preds.get(id)!.filter((p) => p !== id).map((p) => depth(p, seen))) + 1
    depthOf.set(id, d)
    return d
  }
  for (const n of g.nodes) depth(n.id, new Set())
  const order = [...g.nodes].sort((a, b) => Number(a.kind === 'outcome') - Number(b.kind === 'outcome') || depthOf.get(a.id)! - depthOf.get(b.id)!)
  const row = new Map(order.map((n, i) => [n.id, i]))
  const edges = [...g.edges].sort((a, b) => row.get(a.from)! - row.get(b.from)! || row.get(a.to)! - row.get(b.to)!)
  const out = new Map<string, number>()
  const into = new Map<string, number>()
  for (const e of edges) {
    out.set(e.from, (out.get(e.from) ?? 0) + 1)
    into.set(e.to, (into.get(e.to) ?? 0) + 1)
  }
  const width = PAD * 2 + BOX_W + (edges.length + 1) * LANE
  const height = PAD * 2 + order.length * ROW - (ROW - BOX_H)
  const top = (id: string) => PAD + row.get(id)! * ROW
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const svg: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${esc(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="#444"/></marker></defs>',
  ]
  const usedOut = new Map<string, number>()
  const usedIn = new Map<string, number>()
  const spread = (id: string, k: number, n: number) => top(id) + 6 + ((BOX_H - 12) * (k + 0.5)) / n
  edges.forEach((e, i) => {
    const ko = usedOut.get(e.from) ?? 0
    usedOut.set(e.from, ko + 1)
    const ki = usedIn.get(e.to) ?? 0
    usedIn.set(e.to, ki + 1)
    const x0 = PAD + BOX_W
    const lane = x0 + (i + 1) * LANE
    const y1 = spread(e.from, ko, out.get(e.from)!)
    const y2 = spread(e.to, ki, into.get(e.to)!)
    const colour = e.rule ? '#0062ba' : '#555'
    svg.push(
      `<g><title>${esc(e.rule ? `${e.label}: ${e.rule}` : e.label)}</title>` +
        `<path d="M${x0} ${y1} H${lane} V${y2} H${x0 + 2}" fill="none" stroke="${colour}" stroke-width="1.2" marker-end="url(#arrow)"/>` +
        `<text x="${lane + 3}" y="${y1 + 11}" fill="#222" font-size="9" paint-order="stroke" stroke="#fff" stroke-width="3">${esc(e.label)}</text></g>`,
    )
  })
  for (const n of order) {
    const y = top(n.id)
    const outcome = n.kind === 'outcome'
    const [main, sub] = n.label.split(' · ') as [string, string | undefined]
    svg.push(
      `<g><rect x="${PAD}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="${outcome ? BOX_H / 2 : 4}" fill="${outcome ? '#e6f0fa' : '#fff'}" stroke="${outcome ? '#0062ba' : '#333'}"/>` +
        `<text x="${PAD + BOX_W / 2}" y="${y + (sub ? 17 : 24)}" text-anchor="middle" fill="#111" font-weight="600">${esc(main)}</text>` +
        (sub ? `<text x="${PAD + BOX_W / 2}" y="${y + 31}" text-anchor="middle" fill="#444" font-size="10">${esc(sub)}</text>` : '') +
        '</g>',
    )
  }
  svg.push('</svg>')
  return svg.join('\n')
}
