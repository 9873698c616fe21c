/**
 * The user's answers: kept in sessionStorage (gone when the tab closes, never in the URL or
 * localStorage), validated when read back, and pruned whenever an earlier answer changes.
 */
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import type { AnswerKey, Assessment } from '@/rules/types'
import { assess } from '@/rules'
import {
  answer as recordAnswer,
  answeredPath,
  canAsk,
  emptyState,
  nextQuestion,
  previousQuestion,
  type FlowState,
} from '@/flow/graph'
import { validateState } from '@/flow/validate'
import { localToday } from '@/lib/today'
import { readSession, removeSession, writeSession } from '@/lib/storage'
import { ANSWERS_KEY, hasSavedAnswers } from './saved'

export const STORAGE_KEY = ANSWERS_KEY

/** Why stored answers could not all be used; the view shows a calm message for it. */
export const LOAD_NOTICES = ['some-dropped', 'unreadable'] as const
export type LoadNotice = 'none' | (typeof LOAD_NOTICES)[number]

function load(today: string): { state: FlowState; notice: LoadNotice } {
  const text = readSession(STORAGE_KEY)
  if (text === null) return { state: emptyState(), notice: 'none' }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    removeSession(STORAGE_KEY)
    return { state: emptyState(), notice: 'unreadable' }
  }
  const { state, dropped } = validateState(raw, today)
  return { state, notice: dropped > 0 ? 'some-dropped' : 'none' }
}

export const useAnswersStore = defineStore('answers', () => {
  const today = ref(localToday())
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
  const next = computed(() => nextQuestion(state.value, today.value))
  const answered = computed(() => answeredPath(state.value, today.value))
  const isComplete = computed(() => next.value === null)
  const hasAnswers = computed(() => answered.value.length > 0)
  const assessment = computed<Assessment>(() => assess(state.value.answers, today.value))

  function setAnswer(key: AnswerKey, value: string | null) {
    state.value = recordAnswer(state.value, key, value, today.value)
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
    clear,
    isUnknown: (key: AnswerKey) => state.value.unknownDates.includes(key),
    canAsk: (key: AnswerKey) => canAsk(state.value, key, today.value),
    previous: (key: AnswerKey) => previousQuestion(state.value, key, today.value),
    dismissNotice: () => {
      loadNotice.value = 'none'
    },
  }
})
