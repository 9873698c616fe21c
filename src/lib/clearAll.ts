/**
 * "Clear my answers" for a shared device: empties what the guide keeps in this tab at once, and
 * tells the guide's other tabs (a tab opened from the guide starts with a copy of this tab's
 * sessionStorage) to do the same, over a BroadcastChannel of the guide's own origin. Nothing
 * leaves the device.
 */
import { removeSession } from '@/lib/storage'
import { ANSWERS_KEY, COMPLAINT_KEY, hasSavedAnswers } from '@/stores/saved'

const CHANNEL = 'intro-guide'
const CLEAR = 'intro-guide:clear'

/** Empties this tab's storage, then the stores' copies (loaded only here, with the rules engine). */
async function clearHere(): Promise<void> {
  removeSession(ANSWERS_KEY)
  removeSession(COMPLAINT_KEY)
  hasSavedAnswers.value = false
  const [{ useAnswersStore }, { useComplaintStore }] = await Promise.all([import('@/stores/answers'), import('@/complaint/store')])
  useAnswersStore().clear()
  useComplaintStore().clear()
}

function channel(): BroadcastChannel | undefined {
  try {
    return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL)
  } catch {
    return undefined
  }
}

/** Clears this tab and asks the guide's other tabs to clear theirs. */
export async function clearEverywhere(): Promise<void> {
  const c = channel()
  c?.postMessage({ type: CLEAR })
  c?.close()
  await clearHere()
}

/** In every tab: when another tab clears, clear here too and go to the start page. */
export function listenForClear(onCleared: () => void): void {
  const c = channel()
  if (!c) return
  c.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown } | null
    if (data?.type !== CLEAR) return
    void clearHere().then(onCleared)
  })
}
