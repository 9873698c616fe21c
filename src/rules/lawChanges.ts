/**
 * Every dated change in the law the engine knows, drawn from the parameter data itself
 * (./params.ts), for the reviewers' page (#/rules, rules-api.md §5): a new dated entry there is
 * a new line here, with no hand-written list to keep in step.
 */
import { DATED, PARAMS, type DatedEntry, type Source } from './params'
import { addMonths } from './dates'

export interface LawChange {
  /** the day the change takes effect */
  date: string
  /** which value changed: a key of DATED or PARAMS (message rulesReview.change.<id>) */
  id: string
  /** 'ends': the value stops on this day (a known end, such as chapter 6A's) */
  kind: 'starts' | 'ends'
  /** the new value, where the change has one (a number of years, hours, kroner) */
  value?: number
  source: Source
  /** the day the entry was checked against its source; null when not checked there */
  checkedOn: string | null
}

export function lawChanges(): LawChange[] {
  const out: LawChange[] = []
  for (const [id, entries] of Object.entries(DATED) as [string, DatedEntry<unknown>[]][]) {
    for (const e of entries) {
      const value = typeof e.value === 'number' ? e.value : undefined
      out.push({ date: e.from, id, kind: 'starts', value, source: e.source, checkedOn: e.checkedOn })
      if (e.until) out.push({ date: e.until, id, kind: 'ends', source: e.source, checkedOn: e.checkedOn })
    }
  }
  const p = PARAMS
  out.push({ date: p.INTEGRERINGSLOVEN_START.value, id: 'INTEGRERINGSLOVEN_START', kind: 'starts', source: p.INTEGRERINGSLOVEN_START.source, checkedOn: p.INTEGRERINGSLOVEN_START.checkedOn })
  out.push({ date: p.AMENDMENTS_2026_FROM.value, id: 'AMENDMENTS_2026_FROM', kind: 'starts', source: p.AMENDMENTS_2026_FROM.source, checkedOn: p.AMENDMENTS_2026_FROM.checkedOn })
  if (p.START_DEADLINE_MONTHS.validFrom)
    out.push({ date: p.START_DEADLINE_MONTHS.validFrom, id: 'START_DEADLINE_MONTHS', kind: 'starts', value: p.START_DEADLINE_MONTHS.value, source: p.START_DEADLINE_MONTHS.source, checkedOn: p.START_DEADLINE_MONTHS.checkedOn })
  for (const g of p.G.value) out.push({ date: g.from, id: 'G', kind: 'starts', value: g.value, source: g.source, checkedOn: p.G.checkedOn })
  const order = (c: LawChange) => `${c.date} ${c.kind === 'ends' ? 0 : 1} ${c.id}`
  return out.sort((a, b) => order(a).localeCompare(order(b)))
}

/** The reasons that show a result turned on the 30-hour job rule. */
const JOB_REASONS = new Set(['job-30-hours-no-right', 'no-job-30-hours', 'missing-job-30-hours', 'job-near-full-time-may-refuse'])

/**
 * The changes in the law, within 12 months either side of `today`, that this result turns on
 * (issue 15: "what changed, for residents"): the job rule where the job answer decided or was
 * asked; the end of chapter 6A ahead for a result under chapter 6A (once it has ended, the
 * result's own notice says so). Each is said in one plain sentence with its date.
 */
export function changesAffecting(a: { outcome: string; reasons: readonly { code: string }[] }, today: string): LawChange[] {
  const turnsOnJob = a.reasons.some((r) => JOB_REASONS.has(r.code))
  const from = addMonths(today, -12)
  const to = addMonths(today, 12)
  return lawChanges().filter((c) => {
    if (c.date <= from || c.date > to) return false
    if (c.id === 'JOB_HOURS' && c.kind === 'starts') return turnsOnJob
    if (c.id === 'CHAPTER_6A' && c.kind === 'ends') return a.outcome === 'right-temporary-rules' && c.date > today
    return false
  })
}
