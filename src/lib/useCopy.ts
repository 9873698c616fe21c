/** Copying text to the clipboard, and whether it worked (for a status line next to the button). */
import { ref } from 'vue'

export function useCopy() {
  const state = ref<'' | 'copied' | 'failed'>('')
  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text)
      state.value = 'copied'
      return true
    } catch {
      // No clipboard (an old browser, a denied permission): the caller offers to copy by hand.
      state.value = 'failed'
      return false
    }
  }
  return { state, copy }
}
