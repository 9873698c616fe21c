/**
 * The user's answers: kept in sessionStorage (gone when the tab closes, never in the URL or
 * localStorage), validated when read back, and pruned whenever an earlier answer changes.
 */
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import type { AnswerKey, Assessment } from '@/rules/types'
import { assess } from '@/rules'
import { answer as recordAnswer, emptyState, previousOnPath, walk, type FlowState } from '@/flow/graph'
import { validateState } from '@/flow/validate'
import { getQuestion } from '@/flow/questions'
import { eachWhenIdle } from '@/lib/idle'
import { guideToday } from '@/lib/asOf'
import { readSession, removeSession, writeSession } from '@/lib/storage'
import { ANSWERS_KEY, HANDOVER_KEY, hasSavedAnswers } from './saved'

export const STORAGE_KEY = ANSWERS_KEY

/** How many of a question's choices prepare() works out ahead (see there). */
const GUESS_AT_MOST = 3

/** Why stored answers could not all be used; the view shows a calm message for it. */
export const LOAD_NOTICES = ['some-dropped', 'unreadable', 'handover-unreadable'] as const
export type LoadNotice = 'none' | (typeof LOAD_NOTICES)[number]

function load(today: string): { state: FlowState; notice: LoadNotice } {
  // Answers handed over from another phone (src/lib/takeHandover.ts) are used all or not at all:
  // a changed code is not half-used.
  const handover = readSession(HANDOVER_KEY)
  if (handover !== null) removeSession(HANDOVER_KEY)
  const text = readSession(STORAGE_KEY)
  let checked: ReturnType<typeof validateState> | undefined
  try {
    checked = text === null ? undefined : validateState(JSON.parse(text) as unknown, today)
  } catch {
    checked = undefined
  }
  if (handover !== null) {
    if (handover === 'received' && checked?.dropped === 0 && Object.keys(checked.state.answers).length > 0) return { state: checked.state, notice: 'none' }
    removeSession(STORAGE_KEY)
    return { state: emptyState(), notice: 'handover-unreadable' }
  }
  if (text === null) return { state: emptyState(), notice: 'none' }
  if (!checked) {
    removeSession(STORAGE_KEY)
    return { state: emptyState(), notice: 'unreadable' }
  }
  return { state: checked.state, notice: checked.dropped > 0 ? 'some-dropped' : 'none' }
}

export const useAnswersStore = defineStore('answers', () => {
  const today = ref(guideToday())
  const initial = load(today.value)
  const state = ref<FlowState>(initial.state)
  const loadNotice = ref<LoadNotice>(initial.notice)

  watch(
    state,
    (s) => {
      const empty = Object.keys(s.answers).length === 0 && s.unknownDates.length === 0
      if (empty) removeSession(STORAGE_KEY)
      else writeSession(STORAGE_KEY, JSON.stringify(s))
      hasSavedAnswers.value = !empty
    },
    { deep: true, immediate: true },
  )

  const answers = computed(() => state.value.answers)
  // One walk over the questions per state: next, the path and the answered ones all come from it.
  const flow = computed(() => walk(state.value, today.value))
  const next = computed(() => flow.value.next)
  const answered = computed(() => flow.value.answered)
  const isComplete = computed(() => next.value === null)
  const hasAnswers = computed(() => answered.value.length > 0)
  const assessment = computed<Assessment>(() => assess(state.value.answers, today.value))

  function setAnswer(key: AnswerKey, value: string | null) {
    state.value = recordAnswer(state.value, key, value, today.value)
  }

  /**
   * While the user reads a question, works out in idle moments where its likeliest choices would
   * lead (the engine remembers its answers, src/rules/relevance.ts), and the result once the
   * questions are done: the tap on Continue then finds the work done. Only the first few choices
   * (the permit question has thirteen): each is a piece of work a tap may have to wait for, and
   * a slow phone should not spend seconds guessing. Dates cannot be guessed.
   */
  function prepare(key: AnswerKey | null) {
    const q = key ? getQuestion(key) : undefined
    const works: (() => void)[] = []
    if (q?.kind === 'choice') {
      const at = state.value
      const day = today.value
      for (const option of q.options.slice(0, GUESS_AT_MOST)) works.push(() => void recordAnswer(at, q.id, option, day))
    }
    if (key === null) works.push(() => void assessment.value)
    eachWhenIdle(works)
  }

  function clear() {
    state.value = emptyState()
    loadNotice.value = 'none'
    removeSession(STORAGE_KEY)
    hasSavedAnswers.value = false
  }

  return {
    today,
    state,
    answers,
    loadNotice,
    next,
    answered,
    isComplete,
    hasAnswers,
    assessment,
    setAnswer,
    prepare,
    clear,
    isUnknown: (key: AnswerKey) => state.value.unknownDates.includes(key),
    canAsk: (key: AnswerKey) => flow.value.path.includes(key),
    previous: (key: AnswerKey) => previousOnPath(flow.value.path, key),
    dismissNotice: () => {
      loadNotice.value = 'none'
    },
  }
})
