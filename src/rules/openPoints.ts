/**
 * The open points of a cannot-tell (contract: `Assessment.ifAnswered`): for each answer in
 * `missing`, every possible answer and the outcome it would give, the other answers unchanged.
 * Choice answers are tried value by value. A date is tried on every day where the outcome can
 * change — the legal limits (2021-01-01, 11 March 2022) and the other answers' dates moved by
 * the law's counts of years — and the days in between are merged into ranges [from, before).
 * Each outcome is the engine's own (./engine.ts outcomeOf), so a branch fed back into assess()
 * gives what it claims (test/unit/rules/openPoints.test.ts).
 */
import type { AnswerKey, Branch, BranchAnswer, Outcome } from './types'
import type { DateKey } from './values'
import { DATE_KEYS, PERMITS, REFERENCE_PERMITS, TRI_VALUES, includes } from './values'
import { normalize } from './facts'
import { outcomeOf } from './engine'
import { addDays, addYears, YEAR_MIN } from './dates'
import { integreringslovenFrom, lawOn } from './params'

type Anchor = DateKey | 'today'

/** Where a date answer can change the outcome: [other date, years added to it]. */
function anchorsFor(field: DateKey, today: string): [Anchor, number][] {
  const ages = [lawOn('AGE_MIN', today), lawOn('AGE_MAX', today) + 1, lawOn('AGE_MAX_ADOPTED', today) + 1]
  const two = lawOn('TWO_YEARS', today)
  const five = lawOn('FIVE_YEARS', today)
  switch (field) {
    case 'permitDate':
      // age on the permit date; a permit fixing the earliest settlement (./facts.ts)
      return [...ages.map((y): [Anchor, number] => ['birthDate', y]), ['today', -two], ['settlementDate', 0]]
    case 'arrivalDate':
      return [['today', -two], ['settlementDate', 0]]
    case 'birthDate':
      return [...ages.map((y): [Anchor, number] => ['permitDate', -y]), ['today', -lawOn('STIPEND_FULL_FROM_AGE', today)]]
    case 'settlementDate':
      return [['today', -two], ['claimDate', -two], ['permitDate', 0], ['arrivalDate', 0]]
    case 'referenceSettlementDate':
      return [['familyApplicationDate', -five]]
    case 'familyApplicationDate':
      return [['referenceSettlementDate', five]]
    case 'claimDate':
      return [['settlementDate', two]]
  }
}

/** The law's own dates where an answer's side of them matters. */
const FIXED_LIMITS = (today: string): string[] => [integreringslovenFrom(), lawOn('CH6A_PERMIT_FROM', today)]

function ownCopy(answers: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return out
  for (const key of Object.keys(answers)) out[key] = (answers as Record<string, unknown>)[key]
  return out
}

/** The days a date answer is tried on, in order, from the earliest valid day to today. */
function candidateDays(field: DateKey, answers: Record<string, unknown>, today: string): string[] {
  const norm = normalize(answers, today)
  const first = `${YEAR_MIN}-01-01`
  const days = new Set<string>([first])
  const add = (iso: string) => {
    // Clamping to the last day of a month (29 February) can move a limit a day either way.
    for (const d of [-1, 0, 1, 2]) {
      const day = addDays(iso, d)
      if (day >= first && day <= today) days.add(day)
    }
  }
  for (const limit of FIXED_LIMITS(today)) add(limit)
  for (const [anchor, years] of anchorsFor(field, today)) {
    if (anchor === 'today') {
      add(addYears(today, years))
      continue
    }
    // As the engine reads it (./facts.ts): not answered or in the future = any day up to today.
    const i = norm.dates[anchor] ?? { earliest: first, latest: today }
    add(addYears(i.earliest, years))
    add(addYears(i.latest, years))
    add(addYears(addDays(i.latest, 1), years))
  }
  return [...days].sort()
}

function dateBranches(field: DateKey, answers: Record<string, unknown>, today: string): BranchAnswer[] {
  const days = candidateDays(field, answers, today)
  const outcomes = days.map((day) => outcomeOf(normalize({ ...answers, [field]: day }, today)))
  const out: BranchAnswer[] = []
  days.forEach((day, i) => {
    const outcome = outcomes[i]!
    const last = out[out.length - 1]
    if (last && last.outcome === outcome) return
    if (last) last.before = day
    out.push(i === 0 ? { outcome } : { from: day, outcome })
  })
  return out
}

function choices(field: AnswerKey): readonly string[] {
  if (field === 'permit') return PERMITS
  if (field === 'referencePermit') return REFERENCE_PERMITS
  return TRI_VALUES
}

export function ifAnswered(answers: unknown, today: string, missing: readonly AnswerKey[]): Branch[] {
  const own = ownCopy(answers)
  return missing.map((field): Branch => {
    if (includes(DATE_KEYS, field)) return { field, answers: dateBranches(field, own, today) }
    const answersFor = choices(field).map((value): BranchAnswer => ({
      value,
      outcome: outcomeOf(normalize({ ...own, [field]: value }, today)),
    }))
    return { field, answers: answersFor }
  })
}

/** The outcome a branch claims for one answer value (for the tests and the view). */
export function branchOutcome(branch: Branch, value: string): Outcome | undefined {
  if (!includes(DATE_KEYS, branch.field)) return branch.answers.find((a) => a.value === value)?.outcome
  return branch.answers.find((a) => (a.from === undefined || a.from <= value) && (a.before === undefined || value < a.before))?.outcome
}

/** A branch answer as the page shows it: a group of values, or a range of days. */
export type VisibleBranch =
  | { kind: 'values'; values: string[]; outcome: Outcome }
  | { kind: 'range'; from?: string; before?: string; to?: string; outcome: Outcome }

/**
 * What to show of a branch. Choice answers grouped by outcome ("I don't know" left out: it is
 * the answer given). Date ranges as first and last day, cut to what a partial answer already
 * says (born in 2007: only the ranges within 2007, with no limit shown at its ends).
 */
export function visibleBranch(branch: Branch, answers: unknown, today: string): VisibleBranch[] {
  if (!includes(DATE_KEYS, branch.field)) {
    const out: { kind: 'values'; values: string[]; outcome: Outcome }[] = []
    for (const b of branch.answers) {
      if (b.value === undefined || b.value === 'unknown') continue
      const group = out.find((g) => g.outcome === b.outcome)
      if (group) group.values.push(b.value)
      else out.push({ kind: 'values', values: [b.value], outcome: b.outcome })
    }
    return out
  }
  const norm = normalize(ownCopy(answers), today)
  const given = norm.dates[branch.field]
  const lo = given?.earliest
  const hi = given ? addDays(given.latest, 1) : undefined
  const out: VisibleBranch[] = []
  for (const b of branch.answers) {
    if (lo && b.before !== undefined && b.before <= lo) continue
    if (hi && b.from !== undefined && b.from >= hi) continue
    const from = b.from !== undefined && (!lo || b.from > lo) ? b.from : undefined
    const before = b.before !== undefined && (!hi || b.before < hi) ? b.before : undefined
    const range: VisibleBranch = { kind: 'range', outcome: b.outcome }
    if (from) range.from = from
    if (before) {
      range.before = before
      range.to = addDays(before, -1)
    }
    out.push(range)
  }
  return out
}
