/**
 * Every dated change in the law the engine knows, and the rules in force on a day, drawn from the
 * parameter data itself (./params.ts), for the reviewers' page (#/rules, rules-api.md §5): a new
 * dated entry there is a new line here, with no hand-written list to keep in step. Each name of
 * LAW has its sentence (message rulesReview.change.<name>, with `_ends` where an entry ends).
 */
import { entryOn, integreringslovenFrom, LAW, LAW_UNITS, type DatedEntry, type LawName, type LawUnit, type Source } from './params'
import { addMonths } from './dates'

export interface LawChange {
  /** the day the change takes effect */
  date: string
  /** which value changed: a name of LAW (message rulesReview.change.<id>) */
  id: LawName
  /** 'ends': the value stops on this day (a known end, such as chapter 6A's) */
  kind: 'starts' | 'ends'
  /** the new value where it is one number (years, hours, kroner) or text (a date, an act's year) */
  value?: number | string
  /** the unit of a number, so that the page says it in the reader's grammar ("55 år", "55 лет") */
  unit?: LawUnit
  source: Source
  /** the day the entry was checked against its source; null when not checked there */
  checkedOn: string | null
}

const simple = (v: unknown): number | string | undefined => (typeof v === 'number' || typeof v === 'string' ? v : undefined)

const entries = (): [LawName, readonly DatedEntry<unknown>[]][] => Object.entries(LAW) as [LawName, readonly DatedEntry<unknown>[]][]

function change(id: LawName, e: DatedEntry<unknown>, kind: LawChange['kind']): LawChange {
  const c: LawChange = { date: kind === 'ends' ? e.until! : e.from, id, kind, source: e.source, checkedOn: e.checkedOn }
  const value = simple(e.value)
  if (kind === 'starts' && value !== undefined) c.value = value
  const unit = LAW_UNITS[id]
  if (unit && typeof c.value === 'number') c.unit = unit
  return c
}

const order = (c: LawChange) => `${c.date} ${c.kind === 'ends' ? 0 : 1} ${c.id}`

/**
 * The changes since integreringsloven came into force (the act's own start is one line; the
 * values it started with are not changes), and every known end.
 */
export function lawChanges(): LawChange[] {
  const start = integreringslovenFrom()
  const out: LawChange[] = []
  for (const [id, list] of entries()) {
    for (const e of list) {
      if (e.from > start || id === 'INTEGRERINGSLOVEN') out.push(change(id, e, 'starts'))
      if (e.until) out.push(change(id, e, 'ends'))
    }
  }
  return out.sort((a, b) => order(a).localeCompare(order(b)))
}

/**
 * Every value in force on `day` that one sentence can state (a number, a date, a rule that
 * applies), in the order of LAW; tables of durations and section numbers are in the changes.
 */
export function lawInForce(day: string): LawChange[] {
  const out: LawChange[] = []
  for (const [id, list] of entries()) {
    const e = entryOn(list, day)
    if (e && (simple(e.value) !== undefined || e.value === true)) out.push(change(id, e, 'starts'))
  }
  return out
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
