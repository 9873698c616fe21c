import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import { loadPageMessages, type MessagePage } from '@/i18n'
import type { LocaleCode } from '@/i18n/locales'

/**
 * Loads a page's own messages (src/i18n loadPageMessages) for the locale `code` holds, now and
 * whenever it changes; `ready` is true once those of the current locale are in, so the page
 * never shows a message key.
 */
export function usePageMessages(page: MessagePage, code: Ref<LocaleCode> | ComputedRef<LocaleCode>): ComputedRef<boolean> {
  const loaded = ref<LocaleCode | null>(null)
  watch(
    code,
    async (c) => {
      try {
        await loadPageMessages(page, c)
        loaded.value = c
      } catch {
        /* offline without the chunk: the page stays busy; the rest of the guide works */
      }
    },
    { immediate: true },
  )
  return computed(() => loaded.value === code.value)
}
