/**
 * One step of the complaint helper: check what the user sent with the step's own checks
 * (./fields.ts), show the errors in the user's language with an error summary, or keep the
 * answers. Nothing already answered is lost on an error.
 */
import { nextTick, ref } from 'vue'
import { useText } from '@/i18n/useText'
import type { ErrorItem } from '@/components/ErrorSummary.vue'
import { checkStep, type Field, type FieldError, type FormStep, type Raw } from './fields'
import { useComplaintStore } from './store'

/** The id of the control a field's error belongs to. */
export function controlId(e: Pick<FieldError, 'field' | 'part'>): string {
  if (e.part) return `${e.field}-${e.part}`
  if (e.field === 'decision') return 'decision-participation'
  if (e.field === 'interpreter') return 'interpreter-yes'
  return e.field
}

export function useStep(step: FormStep) {
  const store = useComplaintStore()
  const { t } = useText()
  const errors = ref<(ErrorItem & FieldError)[]>([])
  const summary = ref<{ focus(): void } | null>(null)

  /** The message of a field's error, if it has one. */
  const errorOf = (field: Field) => errors.value.find((e) => e.field === field)

  /** Checks and keeps the step; true when it passed. */
  async function send(input: Partial<Record<Field, Raw>>): Promise<boolean> {
    const r = checkStep(step, input, { today: store.today, answers: store.answers })
    if (r.errors.length) {
      errors.value = r.errors.map((e) => ({ ...e, target: controlId(e), message: t(e.key, e.named ?? {}) }))
      await nextTick()
      summary.value?.focus()
      return false
    }
    errors.value = []
    store.set(r.patch, r.cleared)
    return true
  }
  return { store, errors, summary, errorOf, send }
}
