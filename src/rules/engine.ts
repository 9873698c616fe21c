/**
 * Runs the decision procedure over every situation the answers leave open, and combines the
 * results:
 *  - all situations give the same outcome and flags (and stipend) → that is the result: the
 *    unknown part of an answer cannot change it (contract: "where it would not differ, decide");
 *  - otherwise cannot-tell. The result is read as the flow reaches it: at the first question after
 *    which the answers so far make it cannot-tell whatever the later answers are (the flow stops
 *    asking there, ./relevance.ts). `missing` = the uncertain answers up to there that change the
 *    result (found by varying one fact at a time over every situation of the others), plus any
 *    answer a legally open question points at (e.g. the claim date, docs/law/two-years.md).
 *
 * Situations are enumerated lazily: a fact is branched on only when the procedure asks for it, so
 * an answer that cannot matter on a path costs nothing there.
 */
import type { AnswerKey, Assessment, Flag, Outcome, Reason } from './types'
import type { Ask, Leaf } from './decide'
import { decide } from './decide'
import type { Domains, FactId, Norm } from './facts'
import { FACT_FIELDS, factDomains, isUncertain, restrictNorm } from './facts'
import { makeReason } from './reasons'
import type { ReasonCode } from './reasons'
import { RULES_CHECKED_ON } from './params'
import { engineChecks } from './checks'
import { FLAGS, QUESTION_ORDER, questionIndex } from './values'

interface Step {
  fact: FactId
  index: number
  size: number
}

/** More situations than this means a bug (a real tree has at most a few thousand). */
const MAX_SITUATIONS = 200_000

/**
 * Depth-first over every combination of fact values that `evaluate` asks for. Each situation is
 * evaluated from the start, replaying the choices made so far (the procedure is deterministic).
 * `visit` returning true stops the walk.
 */
export function explore<T>(domains: Domains, evaluate: (ask: Ask) => T, visit: (result: T, path: readonly Step[]) => boolean | void): void {
  let prefix: number[] = []
  for (let n = 0; n < MAX_SITUATIONS; n++) {
    const path: Step[] = []
    const chosen = new Map<FactId, unknown>()
    const ask = (<F extends FactId>(fact: F) => {
      if (chosen.has(fact)) return chosen.get(fact)
      const dom = domains[fact] as readonly unknown[]
      let value: unknown = dom[0]
      if (dom.length > 1) {
        const index = path.length < prefix.length ? (prefix[path.length] ?? 0) : 0
        path.push({ fact, index, size: dom.length })
        value = dom[index]
      }
      chosen.set(fact, value)
      return value
    }) as Ask
    const result = evaluate(ask)
    if (visit(result, path) === true) return
    let j = path.length - 1
    while (j >= 0 && (path[j]?.index ?? 0) + 1 >= (path[j]?.size ?? 0)) j--
    if (j < 0) return
    prefix = path.slice(0, j).map((s) => s.index)
    prefix.push((path[j]?.index ?? 0) + 1)
  }
  throw new Error('rules engine: too many situations')
}

function canonicalFlags(flags: readonly Flag[]): Flag[] {
  return FLAGS.filter((f) => flags.includes(f))
}

function sortKeys(keys: Iterable<AnswerKey>): AnswerKey[] {
  return [...new Set(keys)].sort((a, b) => questionIndex(a) - questionIndex(b))
}

/** What a result is compared on: everything the user sees but the wording of the reasons. */
export function leafKey(l: Leaf): string {
  return [l.outcome, canonicalFlags(l.flags).join(' '), l.stipend ?? '', sortKeys(l.missing).join(' ')].join('|')
}

/**
 * Does the value of `fact` change the result in some situation? Each situation of the other facts
 * is evaluated once per value of `fact`.
 */
export function factMatters(fact: FactId, domains: Domains, evaluate: (ask: Ask) => Leaf): boolean {
  const values = domains[fact] as readonly unknown[]
  if (values.length < 2) return false
  let differs = false
  explore(
    domains,
    (ask) => {
      const keys = new Set<string>()
      for (const v of values) {
        const fixed = (<F extends FactId>(f: F) => (f === fact ? v : ask(f))) as Ask
        keys.add(leafKey(evaluate(fixed)))
      }
      return keys.size > 1
    },
    (d) => {
      if (d) differs = true
      return d
    },
  )
  return differs
}

const MISSING_REASON: Partial<Record<AnswerKey, ReasonCode>> = {
  permit: 'missing-permit',
  referencePermit: 'missing-reference-permit',
  referenceSettlementDate: 'missing-reference-settlement-date',
  familyApplicationDate: 'missing-family-application-date',
  permitDate: 'missing-permit-date',
  arrivalDate: 'missing-arrival-date',
  birthDate: 'missing-birth-date',
  startedProgramme: 'missing-started-programme',
  declinedOrLeft: 'missing-declined-or-left',
  settled: 'missing-settled',
  settlementDate: 'missing-settlement-date',
  imdiAgreement: 'missing-imdi-agreement',
  firstKommune: 'missing-first-kommune',
  claimDate: 'missing-claim-date',
  job30Hours: 'missing-job-30-hours',
}

function toReasons(codes: readonly ReasonCode[], today: string): Reason[] {
  return [...new Set(codes)].map((c) => makeReason(c, today))
}

/** What the decision procedure gives; ./assess.ts adds the person's dates and the open points. */
export type CoreAssessment = Omit<Assessment, 'keyDates' | 'ifAnswered'>

function toAssessment(l: Leaf, reasons: readonly ReasonCode[], today: string): CoreAssessment {
  const a: CoreAssessment = {
    outcome: l.outcome,
    reasons: toReasons(reasons, today),
    flags: canonicalFlags(l.flags),
    missing: l.outcome === 'cannot-tell' ? sortKeys(l.missing) : [],
    rulesCheckedOn: RULES_CHECKED_ON,
  }
  if (l.stipend) a.stipend = l.stipend
  return a
}

interface Analysis {
  leaves: Leaf[]
  branched: Set<FactId>
}

function analyse(domains: Domains, evaluate: (ask: Ask) => Leaf): Analysis {
  const leaves: Leaf[] = []
  const branched = new Set<FactId>()
  explore(domains, evaluate, (l, path) => {
    leaves.push(l)
    for (const s of path) branched.add(s.fact)
  })
  return { leaves, branched }
}

/**
 * The cannot-tell result: `missing` = the uncertain answers (within `allowed`) whose value changes
 * the result in some situation, plus the answers an open legal question points at.
 */
function cannotTell(norm: Norm, domains: Domains, evaluate: (ask: Ask) => Leaf, a: Analysis, allowed: ReadonlySet<AnswerKey>): CoreAssessment {
  const missing = new Set<AnswerKey>()
  for (const fact of a.branched) {
    // Only facts wholly made of the allowed answers: a fact also made of a later answer is one
    // that answer could still settle.
    if (!FACT_FIELDS[fact].every((k) => allowed.has(k))) continue
    const fields = FACT_FIELDS[fact].filter((k) => isUncertain(norm, k))
    if (fields.length === 0 || !factMatters(fact, domains, evaluate)) continue
    for (const k of fields) missing.add(k)
  }
  // Reasons ordered by the question they concern; an open legal question keeps its own reason.
  const pairs: { key: AnswerKey; code: ReasonCode }[] = []
  const covered = new Set<AnswerKey>()
  const seen = new Set<string>()
  for (const l of a.leaves) {
    if (l.outcome !== 'cannot-tell' || !l.missing.every((m) => allowed.has(m))) continue
    const k = leafKey(l)
    if (seen.has(k)) continue
    seen.add(k)
    for (const m of l.missing) {
      missing.add(m)
      covered.add(m)
    }
    const key = sortKeys(l.missing)[0] ?? 'permit'
    for (const code of l.reasons) pairs.push({ key, code })
  }
  if (missing.size === 0) {
    // Should not happen; never return a cannot-tell without something to clarify.
    for (const f of a.branched) for (const k of FACT_FIELDS[f]) if (allowed.has(k)) missing.add(k)
    if (missing.size === 0) missing.add('permit')
  }
  for (const k of missing) {
    const code = MISSING_REASON[k]
    if (code && !covered.has(k)) pairs.push({ key: k, code })
  }
  pairs.sort((x, y) => questionIndex(x.key) - questionIndex(y.key))
  const reasons = pairs.map((p) => p.code)
  if (reasons.length === 0) {
    if (engineChecks.strict) throw new Error('cannot-tell with no open question: the engine lost track of why')
    reasons.push('engine-error')
  }
  return toAssessment({ outcome: 'cannot-tell', flags: [], missing: [...missing], reasons }, reasons, norm.today)
}

/**
 * The outcome alone, as assessNorm would give it, without working out `missing` and the
 * reasons: it stops at the first two situations that disagree (used to try many answers, for
 * the open points of a cannot-tell).
 */
export function outcomeOf(norm: Norm): Outcome {
  const domains = factDomains(norm)
  let first: Leaf | undefined
  let firstKey = ''
  let agree = true
  explore(
    domains,
    (ask) => decide(norm, ask),
    (l) => {
      if (!first) {
        first = l
        firstKey = leafKey(l)
        return false
      }
      if (leafKey(l) !== firstKey) agree = false
      return !agree
    },
  )
  return first && agree && first.outcome !== 'cannot-tell' ? first.outcome : 'cannot-tell'
}

/** The assessment of validated answers (without the person's dates and the open points: ./assess.ts). */
export function assessNorm(norm: Norm): CoreAssessment {
  const domains = factDomains(norm)
  const evaluate = (ask: Ask) => decide(norm, ask)
  const a = analyse(domains, evaluate)
  const first = a.leaves[0]
  if (!first) throw new Error('rules engine: no situation')
  const keys = new Set(a.leaves.map(leafKey))

  if (keys.size === 1 && first.outcome !== 'cannot-tell') {
    // Decided. The reasons of the first situation, keeping those every situation shares.
    const shared = first.reasons.filter((c) => a.leaves.every((l) => l.reasons.includes(c)))
    return toAssessment(first, shared.length > 0 ? shared : first.reasons, norm.today)
  }

  // Cannot tell: `missing` = every uncertain answer whose value changes the result. The flow has
  // asked every question that could matter once these are known (./relevance.ts), so each of
  // them decides something, and the open points (./openPoints.ts) can say what.
  return cannotTell(norm, domains, evaluate, a, new Set(QUESTION_ORDER))
}
