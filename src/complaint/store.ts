/**
 * The complaint helper's answers: like the eligibility answers, kept in sessionStorage only,
 * validated when read back with the same checks as the steps (./fields.ts), cleared on request.
 */
import { computed, ref, watch } from 'vue'
import { defineStore } from 'pinia'
import { firstOpenStep, validateStored, type ComplaintAnswers, type Field } from './fields'
import { isPastDeadline } from './decisions'
import { complaintDeadline } from './deadline'
import { guideToday } from '@/lib/asOf'
import { readSession, removeSession, writeSession } from '@/lib/storage'
import { COMPLAINT_KEY } from '@/stores/saved'

export { COMPLAINT_KEY }

export const useComplaintStore = defineStore('complaint', () => {
  const today = ref(guideToday())
  const text = readSession(COMPLAINT_KEY)
  let initial: ComplaintAnswers = {}
  try {
    initial = text ? validateStored(JSON.parse(text), today.value).answers : {}
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

  /** Keeps `patch`, and forgets the optional fields the user emptied. */
  function set(patch: ComplaintAnswers, cleared: readonly Field[] = []) {
    const next: ComplaintAnswers = { ...answers.value, ...patch }
    for (const f of cleared) delete next[f]
    answers.value = next
  }
  function clear() {
    answers.value = {}
    removeSession(COMPLAINT_KEY)
  }
  return { today, answers, deadline, late, openStep, set, clear }
})
