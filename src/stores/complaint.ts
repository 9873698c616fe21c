/**
 * The complaint helper's answers: like the eligibility answers, kept in sessionStorage only,
 * validated when read back (an invalid entry is dropped, never trusted), cleared on request.
 */
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { COUNTIES, DECISIONS, isAppealable, isPastDeadline, type Decision } from '@/rules/complaintRoute'
import { complaintDeadline } from '@/rules'
import { parseDateParts, toDateParts } from '@/flow/dateParts'
import { localToday } from '@/lib/today'
import { readSession, removeSession, writeSession } from '@/lib/storage'
import { COMPLAINT_KEY } from './saved'

export { COMPLAINT_KEY }

/** Longest accepted text per field: long enough for a real letter, short enough to stay sane. */
export const MAX_LENGTH = { kommuneName: 100, wantedChange: 4000, reasons: 8000, fullName: 200 } as const
export type ComplaintText = keyof typeof MAX_LENGTH

export interface ComplaintAnswers {
  decision?: Decision
  noticeReceived?: string
  kommuneName?: string
  wantedChange?: string
  reasons?: string
  fullName?: string
  interpreter?: 'yes' | 'no'
  county?: string
}

export const STEPS = ['decision', 'notice', 'kommune', 'change', 'name', 'letter'] as const
export type Step = (typeof STEPS)[number]

const filled = (s: unknown, max: number) => typeof s === 'string' && s.trim() !== '' && s.length <= max

export function validateComplaint(raw: unknown, today: string): { answers: ComplaintAnswers; dropped: number } {
  const out: ComplaintAnswers = {}
  let dropped = 0
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { answers: out, dropped: raw == null ? 0 : 1 }
  const r = raw as Record<string, unknown>
  const keep = (ok: boolean, key: keyof ComplaintAnswers) => {
    if (r[key] === undefined) return
    if (ok) (out as Record<string, unknown>)[key] = r[key]
    else dropped++
  }
  keep((DECISIONS as readonly unknown[]).includes(r.decision), 'decision')
  const parsed = typeof r.noticeReceived === 'string' ? parseDateParts(toDateParts(r.noticeReceived), 'month', today) : null
  keep(!!parsed && parsed.ok && parsed.value === r.noticeReceived && r.noticeReceived.length === 10, 'noticeReceived')
  for (const f of Object.keys(MAX_LENGTH) as ComplaintText[]) keep(filled(r[f], MAX_LENGTH[f]), f)
  keep(r.interpreter === 'yes' || r.interpreter === 'no', 'interpreter')
  keep(COUNTIES.some((c) => c.number === r.county), 'county')
  return { answers: out, dropped }
}

/** The first step not yet done: where a deep link to a later step is sent. */
export function firstOpenStep(a: ComplaintAnswers): Step {
  if (!isAppealable(a.decision)) return 'decision'
  if (!a.noticeReceived) return 'notice'
  if (!a.kommuneName) return 'kommune'
  if (!a.wantedChange || !a.reasons) return 'change'
  if (!a.fullName || !a.interpreter) return 'name'
  return 'letter'
}

export const useComplaintStore = defineStore('complaint', () => {
  const today = ref(localToday())
  const text = readSession(COMPLAINT_KEY)
  let initial: ComplaintAnswers = {}
  try {
    initial = text ? validateComplaint(JSON.parse(text), today.value).answers : {}
  } catch {
    removeSession(COMPLAINT_KEY)
  }
  const answers = ref<ComplaintAnswers>(initial)
  watch(
    answers,
    (a) => (Object.keys(a).length ? writeSession(COMPLAINT_KEY, JSON.stringify(a)) : removeSession(COMPLAINT_KEY)),
    { deep: true },
  )

  const deadline = computed(() => (answers.value.noticeReceived ? complaintDeadline(answers.value.noticeReceived) : null))
  const late = computed(() => !!deadline.value?.deadline && isPastDeadline(deadline.value.deadline, today.value))
  const openStep = computed(() => firstOpenStep(answers.value))

  function set(patch: ComplaintAnswers) {
    answers.value = { ...answers.value, ...patch }
  }
  function clear() {
    answers.value = {}
    removeSession(COMPLAINT_KEY)
  }
  return { today, answers, deadline, late, openStep, set, clear }
})
